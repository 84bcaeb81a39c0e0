"""In-app reminders: the notifier announces each reminder once; the banner offers Join in time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.ui.accessibility import unnamed_focusable
from desktop.ui.scheduling import ReminderBanner, ReminderNotifier
from tests.services.conftest import PAIR_ID, PEOPLE
from tests.ui.scheduling.conftest import TORONTO

START = datetime(2025, 10, 22, 22, 0, tzinfo=UTC)


def test_the_notifier_announces_each_reminder_once(qtbot, service, clock, events):
    service.plan(pair_id=PAIR_ID, starts_at=START, duration_minutes=60, kind="video")
    notifier = ReminderNotifier(service, events=events, zone=TORONTO)
    messages: list[str] = []
    notifier.message.connect(messages.append)

    clock.now = START - timedelta(hours=23)
    with qtbot.waitSignal(notifier.reminder_due) as due:
        notifier.timer.timeout.emit()
    assert due.args[0].lead_minutes == 1440
    assert messages[0].startswith("Reminder: Jumelage session on Wednesday, October 22, 2025")
    assert "6:00" in messages[0]  # local time in Toronto, not 22:00 UTC
    notifier.timer.timeout.emit()
    assert len(messages) == 1

    clock.now = START - timedelta(minutes=12)
    notifier.start()
    assert messages[1] == "Your Jumelage session starts in 12 min."
    notifier.check()
    assert len(messages) == 2
    assert not any(name in " ".join(messages) for _pid, name in PEOPLE.values())
    notifier.stop()


def test_the_banner_offers_join_only_in_the_join_window(qtbot, service, clock):
    (made,) = service.plan(pair_id=PAIR_ID, starts_at=START, duration_minutes=60, kind="video")
    banner = ReminderBanner(service, zone=TORONTO)
    qtbot.addWidget(banner)
    notifier = ReminderNotifier(service, zone=TORONTO)
    notifier.reminder_due.connect(banner.show_reminder)

    clock.now = START - timedelta(hours=20)
    notifier.check()
    assert banner.isVisible() and not banner.join_button.isVisible()

    clock.now = START - timedelta(minutes=5)
    notifier.check()
    assert banner.join_button.isVisible()
    assert unnamed_focusable(banner) == []
    with qtbot.waitSignal(banner.join_requested) as joined:
        banner.join_button.click()
    assert joined.args == [made.meeting_id]
    assert not banner.isVisible()
