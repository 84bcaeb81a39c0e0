"""The call window with a real aiortc peer in another process: pictures, staff, keys, no devices.

The remote peer draws its frame number as black/white blocks along the top of each picture,
with a white then a black marker block after the 16 counter bits; these tests read those
blocks back from the QImage the window displayed *and* from the widget as painted.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from desktop.ui.accessibility import unnamed_focusable
from desktop.ui.calls.call_window import CallWindow
from desktop.video.tracks import SyntheticAudioTrack, SyntheticVideoTrack
from tests.support.call_age import CallAge

pytestmark = pytest.mark.slow
MEMBERS = ("mentor-1", "mentee-1")
WAIT_MS = 60_000  # bounds a hang; a machine busy with other work may be many times slower


def grey(image: QImage, x: float, y: float) -> int:
    c = image.pixelColor(int(x), int(y))
    return (c.red() + c.green() + c.blue()) // 3


def read_counter(image: QImage, left: int = 0, top: int = 0, width: int | None = None,
                 height: int | None = None) -> int | None:  # fmt: skip
    """The synthetic frame number drawn in the top row of 20 blocks, or None without markers."""
    width = width or image.width()
    height = height or image.height()
    block = width / 20
    y = top + block * 0.4 * (height / width) * (4 / 3)  # middle of the (square) top blocks

    def bit(i: int) -> int:
        return 1 if grey(image, left + (i + 0.5) * block, y) > 128 else 0

    if grey(image, left + 16.5 * block, y) < 170 or grey(image, left + 17.5 * block, y) > 80:
        return None
    return sum(bit(i) << i for i in range(16))


def make_window(qtbot, calls, **kwargs) -> CallWindow:
    window = CallWindow(calls, pair_id="pair-1", members=MEMBERS, other_name="Alex", **kwargs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_remote_pictures_staff_banner_keys_and_hang_up(qtbot, calls, relay, peers):
    window = make_window(
        qtbot,
        calls,
        track_factories=(lambda: SyntheticVideoTrack(320, 240, 15), SyntheticAudioTrack),
    )
    assert unnamed_focusable(window) == []
    width = window.width()
    window.join()
    assert window.width() == width  # joining does not widen the window (issue 11, defect 6)
    assert window.minimumSizeHint().width() < 1366 // 2
    qtbot.waitUntil(lambda: window.session is not None and relay.clients == 1, timeout=WAIT_MS)
    assert "Waiting for Alex" in window.status.text()
    mentor = peers("--id", "mentor-1", "--remote", "mentee-1", "--offer")

    # The remote pictures: converted to QImage off the UI thread, then painted.
    qtbot.waitUntil(lambda: window.remote_view.frames_shown > 10, timeout=WAIT_MS)
    assert window.status.text() == "In the call with Alex."
    first = read_counter(window.remote_view.image)
    qtbot.waitUntil(lambda: (read_counter(window.remote_view.image) or -1) > (first or 0) + 5,
                    timeout=WAIT_MS)  # fmt: skip
    assert first is not None
    painted = window.remote_view.grab().toImage()
    rect = window.remote_view.image_rect()
    assert not rect.isEmpty()
    counter = read_counter(painted, rect.x(), rect.y(), rect.width(), rect.height())
    assert counter is not None and counter >= first
    assert unnamed_focusable(window) == []

    # A staff member joins: both participants see the banner for as long as they are there.
    staff = peers("--id", "staff-1", "--role", "staff", "--remote", "mentee-1", "--offer",
                  "--call-id", "staff-call")  # fmt: skip
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=WAIT_MS)
    assert window.banner.label.text() == "Staff: Dominique is in this call"
    assert window.banner.accessibleName() == "Staff: Dominique is in this call"
    staff.send("hangup")
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=WAIT_MS)

    # Keyboard: M mutes, V turns the camera off; the other side is told.
    window.activateWindow()
    window.remote_view.setFocus()
    qtbot.keyClick(window.remote_view, Qt.Key.Key_M)
    assert window.mute_button.isChecked()
    mentor.wait_for(lambda e: e["event"] == "remote_mute" and e["audio"] is True)
    qtbot.keyClick(window.remote_view, Qt.Key.Key_V)
    assert window.camera_button.isChecked()
    mentor.wait_for(lambda e: e["event"] == "remote_mute" and e["video"] is True)

    # Esc asks first; "No" keeps the call, "Yes" leaves it (> 1 s into the call by its clock).
    (call,) = [c for c in window.session.manager.calls.values() if c.remote_id == "mentor-1"]
    age = CallAge(call)
    qtbot.waitUntil(lambda: age.at_least(0.5), timeout=WAIT_MS)
    qtbot.keyClick(window.remote_view, Qt.Key.Key_Escape)
    window.confirm_box.button(QMessageBox.StandardButton.No).click()
    assert window.report is None
    qtbot.keyClick(window.remote_view, Qt.Key.Key_Escape)
    with qtbot.waitSignal(window.ended, timeout=WAIT_MS) as ended:
        window.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert ended.args[0].reason == "hung_up" and ended.args[0].duration_s > 0.5
    assert window.status.text() == "You left the call."
    assert mentor.wait_state("ended")["reason"] == "remote_hung_up"


def test_without_camera_microphone_or_speaker_the_call_goes_on(qtbot, calls, relay, peers):
    window = make_window(qtbot, calls)  # the real Qt adapters: this machine has no devices
    window.open_devices()
    text = window.problems.text()
    assert "No camera or microphone was found." in text
    assert "will hear you" not in text  # not true without a microphone (issue 11, defect 6)
    assert not window.mute_button.isEnabled() and not window.camera_button.isEnabled()
    mode = window.mode_box
    assert mode.width() >= mode.fontMetrics().horizontalAdvance("Automatic") + 16
    assert not window.pickers.camera.isEnabled()
    assert window.pickers.camera.currentText() == "No camera found"
    window.join()
    qtbot.waitUntil(lambda: window.session is not None and relay.clients == 1, timeout=WAIT_MS)
    mentor = peers("--id", "mentor-1", "--remote", "mentee-1", "--offer")
    qtbot.waitUntil(lambda: window.remote_view.frames_shown > 5, timeout=WAIT_MS)
    assert read_counter(window.remote_view.image) is not None
    qtbot.waitUntil(lambda: "No speaker or headphones" in window.problems.text(), timeout=WAIT_MS)
    # We send nothing, so the link is measured from what we receive (it said "measuring…").
    qtbot.waitUntil(lambda: window.quality.quality != "unknown", timeout=WAIT_MS)
    assert window.session.remotes == ["mentor-1"]  # still in the call
    mentor.send("hangup")
    with qtbot.waitSignal(window.ended, timeout=WAIT_MS) as ended:
        pass
    assert ended.args[0].reason == "remote_hung_up"
    assert window.status.text() == "The other person left the call."
    assert not window.mute_button.isEnabled()
