"""Opening calls from the app: staff join a pair's call from supervision, a mentor joins from a
scheduled session, and without a server connection the person is told plainly. Real server,
real sync; the machine has no camera or microphone, which the call window explains."""

from __future__ import annotations

from desktop.ui.accessibility import unnamed_focusable
from desktop.ui.conversation import PairHomePage
from tests.ui.test_sync_in_app import signed_in, wait_synced


def test_staff_join_a_pairs_call_from_supervision(qtbot, demo, make_controller, sign_in, network):
    staff = signed_in(qtbot, make_controller, sign_in, network, demo["sophie"])
    wait_synced(qtbot, staff)
    staff.main_window.show_page("supervision")  # staff open on the dashboard
    page = staff.main_window.pages["supervision"]
    qtbot.waitUntil(lambda: len(page.pairs.rows()) == 2, timeout=60_000)
    assert not page.join_call.isEnabled()
    page.pairs.list.setCurrentRow(0)
    assert page.join_call.isEnabled()
    page.join_call.click()
    launcher = staff.session.calls
    pair_id = page.pairs.rows()[0].pair_id
    window = launcher.windows[pair_id]
    qtbot.addWidget(window)
    assert window.members == (page.pairs.rows()[0].mentor_id, page.pairs.rows()[0].mentee_id)
    assert unnamed_focusable(window) == []
    assert window.side_slot.findChild(PairHomePage) is None  # staff get no unaudited chat
    row = page.pairs.rows()[0]  # titled with both names, not "Call" (issue 11, defect 6)
    assert window.windowTitle() == f"Call with {row.mentor_name} and {row.mentee_name}"
    with qtbot.waitSignal(staff.locked, timeout=60_000):
        staff.main_window.lock_requested.emit()
    assert launcher.windows == {}


def test_a_mentor_joins_from_a_scheduled_session(qtbot, demo, make_controller, sign_in, network):
    mentor = signed_in(qtbot, make_controller, sign_in, network, demo["marc"])
    wait_synced(qtbot, mentor)
    home = mentor.main_window.pages["pairs"]
    pair_id = home.pairs.current_pair_id()
    assert pair_id is not None
    sessions = mentor.main_window.pages["sessions"]
    sessions.refresh()
    sessions.sessions.join_requested.emit("meeting-1")
    window = mentor.session.calls.windows[pair_id]
    qtbot.addWidget(window)
    assert window.meeting_id == "meeting-1"
    assert window.other_name == "Léa Bouchard"
    chat = window.side_slot.findChild(PairHomePage)  # the conversation beside the video
    assert chat is not None
    qtbot.waitUntil(lambda: not chat.loading)
    assert chat.model.rowCount() > 0
    assert chat.pairs.pair_model.rowCount() == 1 and not chat.search.isVisibleTo(chat)


def test_without_a_server_the_person_is_told(
    qtbot, demo, make_controller, sign_in, network
):
    mentor = signed_in(qtbot, make_controller, sign_in, network, demo["marc"])
    launcher = mentor.session.calls
    launcher._sync.stop()  # as when the server cannot be reached: no live channel
    pair_id = mentor.main_window.pages["pairs"].pairs.current_pair_id()
    assert launcher.open(pair_id) is None
    assert launcher.windows == {}
    assert "need a connection" in launcher.notice.text()
    launcher.notice.close()


def test_a_call_can_be_joined_again_after_hanging_up_and_closing(
    qtbot, demo, make_controller, sign_in, network
):
    """Issue 11, defect 1: Join after closing the call window used to raise a hidden window."""
    mentor = signed_in(qtbot, make_controller, sign_in, network, demo["marc"])
    wait_synced(qtbot, mentor)
    launcher = mentor.session.calls
    pair_id = mentor.main_window.pages["pairs"].pairs.current_pair_id()
    first = launcher.open(pair_id)
    first.join()
    qtbot.waitUntil(lambda: first.session is not None, timeout=60_000)
    first.hang_up()
    qtbot.waitUntil(lambda: first.report is not None, timeout=60_000)
    first.close()
    assert launcher.windows == {}
    again = launcher.open(pair_id)
    assert again is not None and again is not first and again.isVisible()
    assert launcher.windows == {pair_id: again}
    again.join()
    qtbot.waitUntil(lambda: again.session is not None, timeout=60_000)
    assert again.session.ended is None
    again.close()
