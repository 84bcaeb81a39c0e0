"""Sync in the running app: signed in against a real server, the conversation arrives, a message
written by the mentor reaches the mentee's app, the indicator says so, "… is typing" travels
from one app to the other, the mentor's scheduling and the sync engine's burst of incoming
messages share one gate (no "database is locked"), and lock ends the sync task and closes the
database. Two session controllers share one process and one network loop, as two PCs would
share the server."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import event

from desktop.ui.accessibility import unnamed_focusable

POLL = 2.0  # seconds between polls; the live channel normally brings news sooner


def signed_in(qtbot, make_controller, sign_in, network, account, settings=None):
    controller = make_controller(settings, network=network, sync_poll_interval=POLL)
    sign_in(controller, account.username, account.passphrase)
    qtbot.addWidget(controller.main_window)
    return controller


def bodies(page: Any) -> list[str]:
    return [page.model.item(r).body for r in range(page.model.rowCount())]


def wait_synced(qtbot, controller) -> None:
    indicator = controller.main_window.sync_indicator
    qtbot.waitUntil(lambda: indicator.state() == "synced", timeout=60_000)


def test_mentor_sees_the_conversation_and_the_indicator_says_synced(
    qtbot, demo, make_controller, sign_in, network
):
    controller = signed_in(qtbot, make_controller, sign_in, network, demo["marc"])
    wait_synced(qtbot, controller)
    window = controller.main_window
    assert window.sync_indicator.text() == "Synced"
    assert window.sync_indicator.accessibleName() == "Synced"
    home = window.pages["pairs"]
    assert "Est-ce qu'on pourrait aussi parler des camps d'été?" in bodies(home)
    residency = window.pages["settings"].residency.text()
    assert residency == "This server does not say where it stores data."
    assert unnamed_focusable(window) == []


def test_a_message_from_the_mentor_reaches_the_mentee_app(
    qtbot, demo, make_controller, sign_in, network
):
    mentor = signed_in(qtbot, make_controller, sign_in, network, demo["marc"])
    mentee = signed_in(qtbot, make_controller, sign_in, network, demo["lea"])
    wait_synced(qtbot, mentor)
    wait_synced(qtbot, mentee)
    text = "Bravo pour ton dessin, il est vraiment beau! 🎨"
    mentor.main_window.pages["pairs"].send(text)  # the page's own send path (safety check first)
    page = mentee.main_window.pages["pairs"]
    # The change event from sync refreshes the open conversation by itself.
    qtbot.waitUntil(lambda: text in bodies(page), timeout=60_000)
    item = next(page.model.item(r) for r in range(page.model.rowCount())
                if page.model.item(r).body == text)  # fmt: skip
    assert item.author_name == "Marc Gagnon" and not item.mine
    sent = mentor.main_window.pages["pairs"]
    qtbot.waitUntil(lambda: any(sent.model.item(r).body == text and
                                sent.model.item(r).state != "pending"
                                for r in range(sent.model.rowCount())), timeout=60_000)  # fmt: skip


def test_lock_ends_the_sync_task_before_closing_the_database(
    qtbot, demo, make_controller, sign_in, network
):
    controller = signed_in(qtbot, make_controller, sign_in, network, demo["priya"])
    wait_synced(qtbot, controller)
    session, profile = controller.session, controller.profile
    runner = session.sync
    assert runner.running and runner.engine is not None
    with qtbot.waitSignal(controller.locked, timeout=60_000):
        controller.main_window.lock_requested.emit()
    assert not runner.running and runner.engine is None
    assert not profile.is_open and controller.session is None


def test_a_required_canadian_server_that_does_not_declare_canada_stops_sync(
    qtbot, demo, make_controller, make_settings, sign_in, network
):
    settings = make_settings(require_canadian_hosting=True)
    controller = signed_in(qtbot, make_controller, sign_in, network, demo["lea"], settings)
    indicator = controller.main_window.sync_indicator
    qtbot.waitUntil(lambda: indicator.state() == "error", timeout=60_000)
    assert indicator.text().startswith("Sync stopped: Your organisation requires a server hosted")
    assert controller.session.sync.engine is None or not controller.session.sync.running


def test_sign_in_on_a_new_pc_restores_the_profile_from_the_server(
    qtbot, demo, demo_world, data_dir, make_controller, make_settings, sign_in, network
):
    from desktop.services.profiles import ProfileDirectory
    from desktop.vault.kdf import KdfParams

    directory = ProfileDirectory(data_dir, kdf_params_factory=KdfParams.fast_for_tests)
    directory.wipe(demo["jayden"].person_id)  # this PC never saw Jayden
    settings = make_settings(server_url=demo_world.server.base_url)
    controller = make_controller(settings, network=network)
    progress: list[str] = []
    window = controller.sign_in_window
    window.progress.valueChanged.connect(lambda _v: progress.append(window.message.text()))
    sign_in(controller, "jayden", demo["jayden"].passphrase)
    assert controller.profile.display_name == "Jayden Thompson"
    assert any(text.startswith("Restoring your conversations…") for text in progress)
    home = controller.main_window.pages["pairs"]
    assert "Can we meet at the community centre on Saturday?" in bodies(home)


def live_connected(controller) -> bool:
    engine = controller.session.sync.engine
    live = getattr(engine, "live", None)
    return live is not None and live.connected.is_set() and controller.session.typing.attached


def test_typing_in_the_mentor_app_shows_in_the_mentee_app(
    qtbot, demo, make_controller, sign_in, network
):
    mentor = signed_in(qtbot, make_controller, sign_in, network, demo["marc"])
    mentee = signed_in(qtbot, make_controller, sign_in, network, demo["lea"])
    for controller in (mentor, mentee):
        wait_synced(qtbot, controller)
        qtbot.waitUntil(lambda c=controller: live_connected(c), timeout=60_000)
    writing, reading = mentor.main_window.pages["pairs"], mentee.main_window.pages["pairs"]
    assert writing.pairs.current_pair_id() == reading.pairs.current_pair_id() is not None
    assert reading.typing.text() == ""

    def keep_typing() -> bool:
        # Marc keeps typing (the page re-sends every few seconds while keys are pressed): a
        # sync round that brings news for the pair clears the line, as their message would.
        qtbot.keyClicks(writing.composer.box, "a")
        return reading.typing.text() == "Marc Gagnon is typing…"

    qtbot.waitUntil(keep_typing, timeout=60_000)
    writing.composer.set_text("")  # emptied: "stopped" goes out at once
    qtbot.waitUntil(lambda: reading.typing.text() == "", timeout=60_000)


BURST = 25


def test_scheduling_while_sync_applies_a_burst_of_messages_goes_through_one_gate(
    qtbot, demo, make_controller, sign_in, network, caplog
):
    mentor = signed_in(qtbot, make_controller, sign_in, network, demo["marc"])
    mentee = signed_in(qtbot, make_controller, sign_in, network, demo["lea"])
    wait_synced(qtbot, mentor)
    wait_synced(qtbot, mentee)
    session, page = mentor.session, mentor.main_window.pages["pairs"]
    pair_id = page.pairs.current_pair_id()
    gate = session.gate
    assert session.messaging.gate is gate
    commits: list[tuple[str, bool]] = []  # (thread, gate held) for each commit on Marc's PC

    def on_commit(_conn) -> None:
        commits.append((threading.current_thread().name, gate.held_here()))

    event.listen(mentor.profile.engine, "commit", on_commit)
    errors: list[Any] = []
    session.sync.status_changed.connect(
        lambda view: errors.append(view.error_code) if view.state == "error" else None
    )
    caplog.set_level(logging.ERROR)
    texts = [f"Rafale {i} ✨" for i in range(BURST)]
    for text in texts:  # the mentee's app pushes them as they are written
        mentee.session.messaging.send(pair_id, text)
    start = datetime.now(UTC) + timedelta(days=3)
    planned: list[str] = []

    def plan_one_and_check() -> bool:
        """Marc plans a session on the UI thread while his engine applies the burst."""
        if len(planned) < 2 * BURST:
            made = session.scheduling.plan(pair_id=pair_id, starts_at=start + timedelta(
                hours=len(planned)), duration_minutes=30, kind="video")  # fmt: skip
            planned.extend(s.meeting_id for s in made)
        return set(texts) <= set(bodies(page))

    qtbot.waitUntil(plan_one_and_check, timeout=30_000)
    event.remove(mentor.profile.engine, "commit", on_commit)
    assert planned
    upcoming = {s.meeting_id for s in session.scheduling.upcoming(pair_id)}
    assert set(planned) <= upcoming
    ui = threading.current_thread().name
    writer = [held for name, held in commits if name.startswith("db-")]
    on_ui = [held for name, held in commits if name == ui]
    assert writer and on_ui  # both writers wrote
    assert all(writer) and all(on_ui)  # each while holding the profile's one gate
    assert errors == []
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
