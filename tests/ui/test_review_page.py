"""The staff "Review" page on real profiles.

In the running app against a real server: a mentee's report becomes an urgent item and a
notification (the `urgent_item` signal and, offscreen, the banner) on the signed-in staff
client within one sync; staff pause the pair from the queue, the mentor's app stops sending
and says why, and resuming lifts it. On one staff profile: 1,234 held messages (a bad word
list) are read a page at a time off the UI thread, counted and filtered, with each item shown
in context.
"""

from __future__ import annotations

from typing import Any

from desktop.services.review_queue import PAGE_SIZE, ReviewQueue
from desktop.sync.apply import apply_ops
from desktop.sync.hlc import HlcClock
from desktop.sync.ops import PlainOp, uuid7
from desktop.ui.accessibility import unnamed_focusable
from desktop.ui.review_page import ReviewPage
from jumelage_protocol import Scope
from tests.services.conftest import PAIR_ID, PROGRAM_ID, checker, world_factory  # noqa: F401

WAIT_MS = 60_000
NOW_MS = 1_760_000_000_000


def signed_in(qtbot, make_controller, sign_in, network, account):
    controller = make_controller(None, network=network, sync_poll_interval=2.0)
    sign_in(controller, account.username, account.passphrase)
    qtbot.addWidget(controller.main_window)
    indicator = controller.main_window.sync_indicator
    qtbot.waitUntil(lambda: indicator.state() == "synced", timeout=WAIT_MS)
    return controller


def texts(view: Any) -> list[str]:
    return [view.item(r).text() for r in range(view.count())]


def test_report_notifies_staff_and_a_pause_stops_the_mentor_until_resumed(
    qtbot, demo, make_controller, sign_in, network
):
    staff = signed_in(qtbot, make_controller, sign_in, network, demo["sophie"])
    mentee = signed_in(qtbot, make_controller, sign_in, network, demo["lea"])
    mentor = signed_in(qtbot, make_controller, sign_in, network, demo["marc"])
    review: ReviewPage = staff.main_window.pages["review"]
    urgent: list[str] = []
    review.urgent_item.connect(urgent.append)
    qtbot.waitUntil(lambda: not review.loading, timeout=WAIT_MS)
    assert unnamed_focusable(review) == []
    home = mentee.main_window.pages["pairs"]
    pair_id = home.pairs.current_pair_id()
    assert pair_id is not None

    report = mentee.session.messaging.report(pair_id, reason="unsafe", note="Il insiste")
    qtbot.waitUntil(lambda: report.report_id in urgent, timeout=WAIT_MS)
    assert review.banner.text().startswith("New urgent items in the review queue: ")
    assert review.banner.isVisibleTo(review)  # on the review page, and on every page:
    assert staff.main_window.statusBar().currentMessage() == review.banner.text()
    qtbot.waitUntil(lambda: any("Urgent report by Léa Bouchard" in t for t in texts(review.items)),
                    timeout=WAIT_MS)  # fmt: skip
    row = next(i for i, t in enumerate(texts(review.items)) if "Léa Bouchard" in t)
    review.items.setCurrentRow(row)
    assert "Reason: does not feel safe." in review.what.text()
    assert "In their words: “Il insiste”" in review.what.text()
    qtbot.waitUntil(lambda: review.context.count() > 0, timeout=WAIT_MS)

    review.ask_pause()
    assert review.dialog is not None
    review.dialog.setTextValue("à vérifier")
    review.dialog.accept()
    assert review.status.text() == "The pair is paused. The mentor cannot send until you resume it."

    writer = mentor.main_window.pages["pairs"]
    qtbot.waitUntil(lambda: writer.paused_notice.isVisible(), timeout=WAIT_MS)
    assert not writer.composer.isEnabled()
    assert writer.paused_notice.text() == (
        "Program staff have paused this pair while they review the conversation: you cannot "
        "send messages until they resume it. Contact your program staff if you have questions."
    )
    writer.send("Tu es là?")  # the page's own path still refuses, with the same sentence
    assert writer.status.text() == writer.paused_notice.text()

    qtbot.waitUntil(lambda: review.current_item() is not None
                    and review.current_item().pair_paused, timeout=WAIT_MS)  # fmt: skip
    assert review.pause_button.text() == "Resume the &pair"
    review.ask_pause()
    assert review.status.text() == "The pair is resumed: the mentor can send messages again."
    qtbot.waitUntil(lambda: writer.composer.isEnabled(), timeout=WAIT_MS)
    assert not writer.paused_notice.isVisible()
    writer.send("Me revoilà, désolé pour l'attente!")
    got = lambda: [home.model.item(r).body for r in range(home.model.rowCount())]  # noqa: E731
    qtbot.waitUntil(lambda: "Me revoilà, désolé pour l'attente!" in got(), timeout=WAIT_MS)


def _held_flood(world: Any, count: int) -> None:
    """`count` held messages from the mentor, as the mentor's sealed ops land on staff's PC."""
    clock = HlcClock("m1")
    ops = [PlainOp(uuid7(), Scope.program(PROGRAM_ID), clock.now(), "m1", "held_message", "",
                   {"pair_id": PAIR_ID, "body": f"appelle-moi au 514-555-{n:04d}",
                    "created_at": NOW_MS + n}) for n in range(count)]  # fmt: skip
    ops = [PlainOp(o.op_id, o.scope, o.hlc, o.author, o.entity, o.op_id, o.fields) for o in ops]
    with world.profiles["staff"].sessionmaker.begin() as s:
        apply_ops(s, ops)


def test_thousands_of_items_are_paged_counted_and_filtered(qtbot, world_factory):  # noqa: F811
    world = world_factory(staff_key=True)
    _held_flood(world, 1234)
    report = world.services["mentee"].report(PAIR_ID, reason="other")
    world.relay("mentee", "staff")
    queue = ReviewQueue(world.profiles["staff"], world.service("staff"), checker=checker())
    page = ReviewPage(queue)
    qtbot.addWidget(page)
    page.show()
    assert page.loading  # the first page is read off the UI thread
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT_MS)
    assert page.summary.text() == "Items waiting: 1,235. Urgent: 1."
    assert page.items.count() == PAGE_SIZE
    assert texts(page.items)[0].startswith("Urgent report by Sam")
    assert page.position.text() == "1–50 of 1,235"
    assert not page.previous_button.isEnabled() and page.next_button.isEnabled()

    page.next_button.click()
    qtbot.waitUntil(lambda: not page.loading and page.position.text() == "51–100 of 1,235",
                    timeout=WAIT_MS)  # fmt: skip
    page.items.setCurrentRow(0)
    assert page.what.text().startswith("Held by the safety rules: a phone number.")
    qtbot.waitUntil(lambda: page.context.count() > 1, timeout=WAIT_MS)
    subject = [t for t in texts(page.context) if t.startswith("▶ ")]
    assert len(subject) == 1 and "514-555-0049" in subject[0]

    page.filter.setCurrentIndex(1)  # urgent only
    qtbot.waitUntil(lambda: not page.loading and page.position.text() == "1–1 of 1",
                    timeout=WAIT_MS)  # fmt: skip
    assert page.current_item().item_id == report.report_id
    assert not page.approve_button.isEnabled()  # a report is dismissed, not approved
    page.dismiss("")
    assert page.status.text() == "Write a reason to dismiss this item."
    page.dismiss("Parlé avec Sam au téléphone, tout va bien.")
    qtbot.waitUntil(lambda: not page.loading and page.summary.text() ==
                    "Nothing is waiting for review.", timeout=WAIT_MS)  # fmt: skip
    page.filter.setCurrentIndex(2)  # held messages
    qtbot.waitUntil(lambda: not page.loading and page.position.text() == "1–50 of 1,234",
                    timeout=WAIT_MS)  # fmt: skip
    page.escalate()
    assert page.status.text() == (
        "This program has no safeguarding lead yet. Name one in the program settings."
    )
