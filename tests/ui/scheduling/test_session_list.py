"""The session list and its dialogs, driven by keyboard on real widgets over a real profile."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.models.tables import Pair
from desktop.runtime.events import ChangeKind
from desktop.services import scheduling as sch
from desktop.ui import i18n
from desktop.ui.accessibility import unnamed_focusable
from desktop.ui.scheduling import SessionListWidget
from jumelage_protocol import Scope
from tests.services.conftest import PAIR_ID, PEOPLE
from tests.ui.scheduling.conftest import TORONTO, activate

START = datetime(2025, 10, 22, 22, 0, tzinfo=UTC)  # 6 p.m. in Toronto


def make_list(qtbot, service, events=None, **kwargs) -> SessionListWidget:
    widget = SessionListWidget(service, PAIR_ID, events=events, zone=TORONTO, **kwargs)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)


def test_plan_a_weekly_series_with_the_keyboard_only(qtbot, service):
    widget = make_list(qtbot, service)
    widget.plan_button.setFocus()
    press(qtbot, widget.plan_button, Qt.Key.Key_Space)
    dialog = widget.dialog
    activate(qtbot, dialog)

    focus = QApplication.focusWidget()
    assert focus is dialog.when
    press(qtbot, focus, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focus, "2025-10-28 18:00")
    press(qtbot, focus, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert focus is dialog.duration
    press(qtbot, focus, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focus, "45")
    press(qtbot, focus, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.kind
    press(qtbot, dialog.kind, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.repeat
    assert not dialog.count.isEnabled()
    press(qtbot, dialog.repeat, Qt.Key.Key_Down)  # every week
    assert dialog.count.isEnabled()
    press(qtbot, dialog.repeat, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert focus is dialog.count
    press(qtbot, focus, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focus, "3")
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        press(qtbot, focus, Qt.Key.Key_Return)

    made = service.upcoming(PAIR_ID)
    assert [s.starts_at.astimezone(TORONTO).strftime("%m-%d %H:%M") for s in made] == [
        "10-28 18:00", "11-04 18:00", "11-11 18:00",
    ]  # the local hour holds across the DST change  # fmt: skip
    assert {(s.duration_minutes, s.kind) for s in made} == {(45, "video")}
    assert widget.upcoming_list.count() == 3
    first = widget.upcoming_list.item(0).text()
    assert "October 28, 2025" in first and "6:00" in first and "every week" in first
    assert "3" in widget.status.text()


def test_a_refused_plan_is_explained_and_keeps_what_was_typed(qtbot, service, world):
    with world.profiles["mentor"].sessionmaker.begin() as s:
        s.get(Pair, PAIR_ID).status = "closed"
    widget = make_list(qtbot, service)
    dialog = widget.open_plan_dialog()
    dialog.duration.setValue(90)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.error.isVisible() and "closed" in dialog.error.text()
    assert dialog.duration.value() == 90
    assert service.upcoming(PAIR_ID) == []


def test_join_is_enabled_from_ten_minutes_before_and_asks_for_the_call(qtbot, service, clock):
    (made,) = service.plan(pair_id=PAIR_ID, starts_at=START, duration_minutes=30, kind="video")
    clock.now = START - timedelta(minutes=11)
    widget = make_list(qtbot, service)
    assert widget.selected() == made
    assert not widget.join_button.isEnabled()

    clock.now = START - timedelta(minutes=10)
    widget.timer.timeout.emit()
    assert widget.join_button.isEnabled()
    with qtbot.waitSignal(widget.join_requested) as joined:
        widget.join_button.click()
    assert joined.args == [made.meeting_id]

    clock.now = START + timedelta(minutes=30)  # over: it moves to the past list
    widget.timer.timeout.emit()
    assert not widget.join_button.isEnabled()
    assert widget.past_list.item(0).data(Qt.ItemDataRole.UserRole) == made.meeting_id
    assert "Outcome to record" in widget.past_list.item(0).text()


def test_after_a_session_the_outcome_is_recorded_by_keyboard(qtbot, service, clock, world):
    (made,) = service.plan(pair_id=PAIR_ID, starts_at=START, duration_minutes=60, kind="video")
    clock.now = START + timedelta(hours=2)
    widget = make_list(qtbot, service)
    widget.past_list.setFocus()
    widget.past_list.setCurrentRow(0)
    assert widget.outcome_button.isEnabled() and not widget.cancel_button.isEnabled()
    dialog = widget.open_outcome_dialog()
    activate(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.choices["held"]
    press(qtbot, dialog.choices["held"], Qt.Key.Key_Down)
    assert dialog.outcome() == "missed" and not dialog.minutes.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Return)

    assert service.session(made.meeting_id).outcome == "missed"
    assert "Missed" in widget.past_list.item(0).text()
    world.relay("mentor", "staff")
    (record,) = sch.session_records(world.profiles["staff"], pair_id=PAIR_ID)
    assert record.held is False


def test_cancelling_a_session_updates_the_list(qtbot, service, events):
    service.plan(pair_id=PAIR_ID, starts_at=START, duration_minutes=60, kind="in_person",
                 recurrence="weekly", count=2)  # fmt: skip
    widget = make_list(qtbot, service, events=events)
    assert not widget.join_button.isEnabled()  # in person: nothing to join
    widget.cancel_selected(whole_series=True)
    assert service.upcoming(PAIR_ID) == []
    assert widget.past_list.count() == 2
    assert all("Cancelled" in widget.past_list.item(i).text() for i in range(2))
    assert "2" in widget.status.text()


def test_the_calendar_export_says_it_is_not_encrypted_and_names_nobody(qtbot, service, tmp_path):
    service.plan(pair_id=PAIR_ID, starts_at=START, duration_minutes=60, kind="video")
    widget = make_list(qtbot, service, language=lambda: "fr")
    target = tmp_path / "out.ics"
    assert widget.write_calendar(target)
    data = target.read_bytes().decode("utf-8")
    assert "SUMMARY;LANGUAGE=fr-CA:Rencontre Jumelage" in data
    assert not any(name in data for _pid, name in PEOPLE.values())
    assert "not encrypted" in widget.status.text()
    assert "not encrypted" in widget.export_button.toolTip()
    assert not widget.write_calendar(tmp_path / "missing" / "out.ics")
    assert "could not be saved" in widget.status.text()


def test_a_meeting_synced_in_refreshes_the_list(qtbot, world, events, clock):
    mentee = sch.SchedulingService(world.profiles["mentee"], events=events, clock=clock)
    widget = make_list(qtbot, mentee, events=events)
    assert mentee.upcoming(PAIR_ID) == []
    sch.plan_session(world.profiles["mentor"], pair_id=PAIR_ID, starts_at=START,
                     duration_minutes=60, kind="video", now=clock.now)  # fmt: skip
    world.relay("mentor", "mentee")
    events.emit_change(ChangeKind.MEETING, Scope.pair(PAIR_ID))
    assert widget.upcoming_list.count() == 1
    assert widget.upcoming_list.item(0).data(Qt.ItemDataRole.UserRole) is not None


def test_every_control_has_an_accessible_name(qtbot, service, clock):
    (made,) = service.plan(pair_id=PAIR_ID, starts_at=START, duration_minutes=60, kind="video")
    widget = make_list(qtbot, service)
    assert unnamed_focusable(widget) == []
    plan = widget.open_plan_dialog()
    assert unnamed_focusable(plan) == []
    plan.reject()
    move = widget.open_move_dialog()
    assert not move.repeat.isVisibleTo(move)
    assert unnamed_focusable(move) == []
    move.reject()
    clock.now = START + timedelta(hours=2)
    widget.reload()
    widget.past_list.setCurrentRow(0)
    outcome = widget.open_outcome_dialog()
    assert unnamed_focusable(outcome) == []
    assert outcome.minutes.value() == made.duration_minutes


def test_the_list_follows_a_switch_to_french(qtbot, qapp, service):
    service.plan(pair_id=PAIR_ID, starts_at=START, duration_minutes=60, kind="video")
    widget = make_list(qtbot, service)
    i18n.install_language(qapp, "fr")
    assert widget.plan_button.text() == "&Planifier une rencontre"
    assert widget.join_button.accessibleName() == "Rejoindre"  # starts as it shows (2.5.3)
    assert "Vidéo" in widget.upcoming_list.item(0).text()
    assert "chiffré" in widget.export_button.toolTip()
    # the date too, and in 24-hour time (issue 11, defect 5)
    first = widget.upcoming_list.item(0).text().replace("\xa0", " ").replace("\u202f", " ")
    assert first.startswith("mercredi 22 octobre 2025, 18 h 00")


def test_an_outcome_saved_during_the_session_moves_it_to_past(qtbot, service, clock):
    """Issue 11, defect 7: after "Outcome saved." the session stayed under Upcoming, and the
    minutes proposed were the plan's 60 after a one-minute call."""
    (made,) = service.plan(pair_id=PAIR_ID, starts_at=START, duration_minutes=60, kind="video")
    clock.now = START + timedelta(minutes=3)  # still within the planned hour
    service.record_call_end(made.meeting_id, 70, "hangup")  # a short call: no outcome yet
    widget = make_list(qtbot, service)
    assert widget.upcoming_list.item(0).data(Qt.ItemDataRole.UserRole) == made.meeting_id
    dialog = widget.open_outcome_dialog()
    assert dialog.minutes.value() == 1
    dialog.choices["held"].setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.accept()
    assert widget.status.text() == "Outcome saved."
    assert widget.upcoming_list.item(0).data(Qt.ItemDataRole.UserRole) is None  # placeholder
    assert widget.past_list.item(0).data(Qt.ItemDataRole.UserRole) == made.meeting_id
    assert "Held (1 min)" in widget.past_list.item(0).text()


def test_the_sessions_page_says_sessions_once_and_the_list_takes_the_height(qtbot, service):
    from PySide6.QtWidgets import QLabel

    from desktop.ui.sessions_page import SessionsPage

    service.plan(pair_id=PAIR_ID, starts_at=START, duration_minutes=60, kind="video")
    page = SessionsPage(service, lambda: PAIR_ID)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    page.refresh()
    qtbot.waitExposed(page)
    titles = [w for w in page.findChildren(QLabel) if w.isVisible() and w.text() == "Sessions"]
    assert titles == [page.heading]
    qtbot.waitUntil(lambda: page.sessions.height() > 0.7 * page.height())


def test_the_calendar_file_is_offered_in_the_documents_folder(qapp):
    """Issue 11, defect 11: the save dialog opened in the program's folder."""
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths

    from desktop.ui.scheduling.session_list import calendar_default_path

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = calendar_default_path()
    assert path.name == "jumelage.ics" and path.is_absolute()
    assert path.parent == Path(documents or Path.home())
    assert path.parent != Path.cwd()
