"""The call window: camera preview and device pickers, then the call itself beside the chat.

Runs on the UI thread. It is built with a `CallsService` (its `loop` is the app's network
loop) and the pair it is for; no globals. Before joining: preview, pickers, Join. In the call:
the other person's video, staff video thumbnails, the staff banner, mute (M), camera (V),
a mode choice, the connection-quality indicator, hang up (Ctrl+W or Esc, with confirmation).
The right side of a splitter is a slot for the pair's conversation (`set_side_panel`).
Devices that fail are explained in plain words and the call goes on with what works; a peer
that drops shows "connection lost, reconnecting…" until the engine gives up (30 s).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.runtime.loop import AsyncBridge
from desktop.services.calls import CallEndReport, CallSession, CallsService
from desktop.ui.accessibility import describe
from desktop.ui.calls.call_bridge import QtCallListener
from desktop.ui.calls.device_pickers import DevicePickers
from desktop.ui.calls.messages import end_message, error_message, media_message
from desktop.ui.calls.preview import CameraPreview
from desktop.ui.calls.qt_media import QtCamera, QtMicrophone, SpeakerPlayback
from desktop.ui.calls.quality_indicator import QualityIndicator
from desktop.ui.calls.staff_banner import StaffBanner
from desktop.ui.calls.video_view import VideoView
from jumelage_protocol import Role, error_code

MODES = ("auto", "video", "low_video", "audio")


class CallWindow(QWidget):
    """One pair's call. `ended(CallEndReport)` fires once when the call is over; `closed` when
    the window closes (its owner then drops it, so Join builds a fresh one)."""

    ended = Signal(object)
    closed = Signal()

    def __init__(
        self,
        calls: CallsService,
        *,
        pair_id: str,
        members: Sequence[str],
        other_name: str = "",
        meeting_id: str | None = None,
        track_factories: tuple[Any, Any] | None = None,
        speaker_factory: Callable[[Any], SpeakerPlayback] = SpeakerPlayback,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.calls, self.pair_id, self.members = calls, pair_id, tuple(members)
        self.meeting_id, self.other_name = meeting_id, other_name
        self.session: CallSession | None = None
        self.report: CallEndReport | None = None
        self._track_factories = track_factories
        self._speaker_factory = speaker_factory
        self._speaker_device: Any = None
        self._speakers: dict[str, SpeakerPlayback] = {}
        self._problems: list[str] = []
        self._missing: set[str] = set()  # device codes reported: their buttons are off
        self._state = "idle"
        self._main_id: str | None = None
        self._extra_views: dict[str, VideoView] = {}
        self._remote_note = ""
        self._bridge = AsyncBridge(calls.loop, self)
        self.listener = QtCallListener(self)
        self.camera = QtCamera(self)
        self.microphone = QtMicrophone(self)
        self._build()
        self._connect()
        self.retranslate()

    # --- construction ------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = StaffBanner(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setVisible(False)
        self.preview = CameraPreview(self)
        self.preview.attach(self.camera)
        self.pickers = DevicePickers(self)
        self.join_button = QPushButton(self)
        self.join_button.setDefault(True)
        prejoin = QWidget(self)
        pre = QVBoxLayout(prejoin)
        pre.addWidget(self.preview, 1)
        pre.addWidget(self.pickers)
        pre.addWidget(self.join_button)

        self.remote_view = VideoView(self)
        self.extra_row = QHBoxLayout()
        self.self_view = CameraPreview(self)
        self.self_view.attach(self.camera)
        self.self_view.setFixedSize(QSize(160, 120))
        self.mute_button = QPushButton(self)
        self.mute_button.setCheckable(True)
        self.camera_button = QPushButton(self)
        self.camera_button.setCheckable(True)
        self.mode_box = QComboBox(self)
        # Wide enough for its longest choice in either language ("Automat…" was cut).
        self.mode_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.quality = QualityIndicator(self)
        self.hang_up_button = QPushButton(self)
        self.hang_up_button.setStyleSheet("QPushButton { background: #b3261e; color: white; }")
        controls = QHBoxLayout()
        controls.addWidget(self.self_view)
        for widget in (self.mute_button, self.camera_button, self.mode_box):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.hang_up_button)
        in_call = QWidget(self)
        inside = QVBoxLayout(in_call)
        inside.addWidget(self.remote_view, 1)
        inside.addLayout(self.extra_row)
        inside.addLayout(controls)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(prejoin)
        self.pages.addWidget(in_call)
        self.call_area = QWidget(self)
        area = QVBoxLayout(self.call_area)
        area.addWidget(self.banner)
        top = QHBoxLayout()  # the status and the link's quality share a line: the controls
        top.addWidget(self.status, 1)  # row stays narrow enough for a 1366-pixel screen
        top.addWidget(self.quality)
        area.addLayout(top)
        area.addWidget(self.pages, 1)
        area.addWidget(self.problems)
        self.side_slot = QWidget(self)
        QVBoxLayout(self.side_slot).setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.call_area)
        self.splitter.addWidget(self.side_slot)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.side_slot.setVisible(False)
        QVBoxLayout(self).addWidget(self.splitter)
        self.resize(1000, 640)

    def _connect(self) -> None:
        self.join_button.clicked.connect(self.join)
        self.mute_button.toggled.connect(self._mute)
        self.camera_button.toggled.connect(self._camera_off)
        self.hang_up_button.clicked.connect(self.ask_hang_up)
        self.mode_box.activated.connect(self._mode_chosen)
        self.pickers.camera_chosen.connect(self.camera.open)
        self.pickers.microphone_chosen.connect(self.microphone.open)
        self.pickers.speaker_chosen.connect(self._speaker_chosen)
        self.camera.problem_changed.connect(self._device_problem)
        self.microphone.problem_changed.connect(self._device_problem)
        self.remote_view.resized.connect(self.listener.set_bound)
        s = self.listener.signals
        s.state.connect(self._on_state)
        s.video_ready.connect(self._on_video)
        s.audio.connect(self._on_audio)
        s.stats.connect(self._on_stats)
        s.presence.connect(self._on_presence)
        s.media_error.connect(self._device_problem)
        s.mode.connect(self._on_mode)
        s.remote_mute.connect(self._on_remote_mute)
        s.ended.connect(self._on_ended)
        keys = (
            ("M", self.mute_button.toggle, Qt.ShortcutContext.WidgetWithChildrenShortcut),
            ("V", self.camera_button.toggle, Qt.ShortcutContext.WidgetWithChildrenShortcut),
            ("Ctrl+W", self.ask_hang_up, Qt.ShortcutContext.WindowShortcut),
            ("Esc", self.ask_hang_up, Qt.ShortcutContext.WindowShortcut),
        )
        self.shortcuts = {}
        for key, slot, context in keys:
            # M and V only while the focus is in the call area: typing in the chat stays typing.
            parent = self.call_area if context != Qt.ShortcutContext.WindowShortcut else self
            shortcut = QShortcut(QKeySequence(key), parent, context=context)
            shortcut.activated.connect(slot)
            self.shortcuts[key] = shortcut

    # --- public ------------------------------------------------------------------------------

    def set_side_panel(self, widget: QWidget) -> None:
        """Put the pair's conversation beside the video (the lead's `ui/conversation` widget)."""
        layout = self.side_slot.layout()
        while layout.count():
            old = layout.takeAt(0).widget()
            if old is not None:
                old.setParent(None)
        layout.addWidget(widget)
        self.side_slot.setVisible(True)

    def open_devices(self) -> None:
        """Start the camera and microphone for the preview (real devices; not with factories)."""
        if self._track_factories is None:
            self.camera.open(self.pickers.current(self.pickers.camera))
            self.microphone.open(self.pickers.current(self.pickers.microphone))

    def join(self) -> None:
        if self.session is not None or self._state == "joining":
            return
        if self._track_factories is not None:
            self.calls.set_devices(*self._track_factories)
        else:
            self.calls.set_devices(self.camera.track_factory, self.microphone.track_factory)
        self._state = "joining"
        width = self.width()
        self.pages.setCurrentIndex(1)
        self.join_button.setEnabled(False)
        coro = self.calls.join(
            self.pair_id, self.members, self.listener, meeting_id=self.meeting_id
        )
        self._bridge.run(coro, on_success=self._joined, on_failure=self._join_failed)
        self.retranslate()
        self.resize(width, self.height())  # joining never widens the window off the screen
        self.remote_view.setFocus()

    def ask_hang_up(self) -> None:
        """Esc / Ctrl+W / the button: confirm, then leave. Before or after a call: just close."""
        if self.session is None or self.report is not None:
            self.close()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Leave the call?"))
        box.setText(self.tr("Do you want to leave this call?"))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAccessibleName(self.tr("Leave the call?"))
        box.finished.connect(lambda result: self._confirmed(result, box))
        self.confirm_box = box
        box.open()

    def hang_up(self) -> None:
        if self.session is not None and self.report is None:
            self._bridge.run(self.session.hang_up(), on_failure=lambda exc: None)

    # --- slots -------------------------------------------------------------------------------

    def _confirmed(self, result: int, box: QMessageBox) -> None:
        if result == QMessageBox.StandardButton.Yes:
            self.hang_up()
        box.deleteLater()

    def _joined(self, session: CallSession) -> None:
        self.session = session
        self._state = "waiting"
        self.retranslate()

    def _join_failed(self, exc: BaseException) -> None:
        self._state = "idle"
        self.pages.setCurrentIndex(0)
        self.join_button.setEnabled(True)
        self._add_problem(error_message(error_code(exc) or ""))

    def _is_main(self, person_id: str) -> bool:
        if self._main_id is None and person_id in self.members:
            self._main_id = person_id
        if self._main_id is None and self.session is not None and self.session.is_staff:
            self._main_id = person_id  # staff see the first participant large
        return person_id == self._main_id

    def _on_state(self, person_id: str, state: str, reason: str) -> None:
        if self._is_main(person_id):
            self._state = state
            if state == "ended":
                self.remote_view.clear()
            self.retranslate()
        elif state == "ended":
            view = self._extra_views.pop(person_id, None)
            if view is not None:
                view.deleteLater()
            speaker = self._speakers.pop(person_id, None)
            if speaker is not None:
                speaker.close()

    def _view_for(self, person_id: str) -> VideoView:
        if self._is_main(person_id):
            return self.remote_view
        view = self._extra_views.get(person_id)
        if view is None:
            view = self._extra_views[person_id] = VideoView(self)
            view.setFixedSize(QSize(213, 160))
            view.setAccessibleName(self.tr("Video of a staff member"))
            self.extra_row.addWidget(view)
        return view

    def _on_video(self, person_id: str) -> None:
        image = self.listener.take_image(person_id)
        if image is not None and self.report is None:
            self._view_for(person_id).show_image(image)

    def _on_audio(self, person_id: str, pcm: bytes) -> None:
        speaker = self._speakers.get(person_id)
        if speaker is None:
            speaker = self._speakers[person_id] = self._speaker_factory(self._speaker_device)
            if speaker.problem:
                self._device_problem(speaker.problem)
        speaker.play(pcm)

    def _on_stats(self, person_id: str, stats: Any) -> None:
        if self._is_main(person_id):
            self.quality.set_quality(stats.quality)

    def _on_presence(self, person_id: str, name: str, role: str, present: bool) -> None:
        if role == Role.STAFF:
            self.banner.set_present(person_id, name, present)

    def _on_mode(self, person_id: str, mode: str, by: str, reason: str) -> None:
        if by == "local" and reason != "manual":
            notes = {
                "low_video": self.tr("Your connection is weak: sending smaller video."),
                "audio": self.tr("Your connection is weak: sending sound only."),
                "text": self.tr("Your connection is too weak for sound: use the chat.")
                if self.side_slot.isVisibleTo(self)
                else self.tr("Your connection is too weak for sound."),  # staff: no chat here
            }
            self._remote_note = notes.get(mode, "")
            self.retranslate()

    def _on_remote_mute(self, person_id: str, audio_muted: bool, video_off: bool) -> None:
        if self._is_main(person_id):
            if video_off:
                self.remote_view.clear(self.tr("The other person turned their camera off."))
            self._remote_note = self.tr("The other person is muted.") if audio_muted else ""
            self.retranslate()

    def _on_ended(self, report: CallEndReport) -> None:
        self.report = report
        self._state = "ended"
        for speaker in self._speakers.values():
            speaker.close()
        self._speakers.clear()
        for pid in list(self.banner.present):
            self.banner.set_present(pid, "", False)
        self.retranslate()
        self.ended.emit(report)

    def _mute(self, muted: bool) -> None:
        if self.session is not None and self.report is None:
            self._bridge.run(self.session.set_muted(muted))
        self.retranslate()

    def _camera_off(self, off: bool) -> None:
        self.camera.set_enabled(not off)
        self.self_view.set_camera_off(off)
        self.preview.set_camera_off(off)
        if self.session is not None and self.report is None:
            self._bridge.run(self.session.set_camera_enabled(not off))
        self.retranslate()

    def _mode_chosen(self, index: int) -> None:
        if self.session is not None and self.report is None:
            self._bridge.run(self.session.set_mode(MODES[index]))

    def _speaker_chosen(self, device: Any) -> None:
        self._speaker_device = device
        for speaker in self._speakers.values():
            speaker.close()
        self._speakers.clear()

    def _device_problem(self, code: str) -> None:
        if not code:
            return
        self._missing.add(code)
        both = {"camera_missing", "microphone_missing"}
        if code in both and both <= self._missing:
            # Neither is there: "the others will hear you" would not be true.
            for alone in ("camera_missing", "microphone_missing"):
                text = media_message(alone)
                if text in self._problems:
                    self._problems.remove(text)
            self._add_problem(media_message("no_camera_no_microphone"))
        else:
            self._add_problem(media_message(code))
        self.retranslate()

    def _add_problem(self, text: str) -> None:
        if text not in self._problems:
            self._problems.append(text)
        self.problems.setText("\n".join(self._problems))
        self.problems.setAccessibleName(self.problems.text())
        self.problems.setVisible(True)

    # --- texts -------------------------------------------------------------------------------

    def _status_text(self) -> str:
        name = self.other_name or self.tr("the other person")
        texts = {
            "idle": self.tr("Check your camera and sound, then join."),
            "joining": self.tr("Joining…"),
            "waiting": self.tr("Waiting for %1 to join…").replace("%1", name),
            "connecting": self.tr("Connecting…"),
            "connected": self.tr("In the call with %1.").replace("%1", name),
            "reconnecting": self.tr("Connection lost, reconnecting…"),
        }
        if self._state == "ended":
            return end_message(self.report.reason) if self.report else self.tr("Call ended.")
        return texts.get(self._state, "")

    def retranslate(self) -> None:
        title = self.tr("Call with %1").replace("%1", self.other_name) if self.other_name else ""
        self.setWindowTitle(title or self.tr("Call"))
        status = self._status_text()
        if self._remote_note and self._state == "connected":
            status = self._remote_note
        self.status.setText(status)
        self.status.setAccessibleName(status or self.tr("Call status"))
        self.remote_view.set_placeholder(status)
        self.remote_view.setAccessibleName(self.tr("Video of the other person"))
        self.join_button.setText(self.tr("&Join the call"))
        describe(self.join_button, self.tr("Join the call"))
        muted, off = self.mute_button.isChecked(), self.camera_button.isChecked()
        self.mute_button.setText(self.tr("Unmute (M)") if muted else self.tr("Mute (M)"))
        describe(
            self.mute_button,
            self.tr("Microphone muted") if muted else self.tr("Mute microphone"),
            self.tr("Press M to mute or unmute"),
        )
        self.camera_button.setText(
            self.tr("Turn camera on (V)") if off else self.tr("Turn camera off (V)")
        )
        describe(
            self.camera_button,
            self.tr("Camera off") if off else self.tr("Camera on"),
            self.tr("Press V to turn the camera on or off"),
        )
        current = self.mode_box.currentIndex()
        self.mode_box.clear()
        self.mode_box.addItems(
            [self.tr("Automatic"), self.tr("Video"), self.tr("Low video"), self.tr("Sound only")]
        )
        self.mode_box.setCurrentIndex(max(current, 0))
        describe(self.mode_box, self.tr("Call mode"), self.tr("Choose less video on a weak link"))
        self.hang_up_button.setText(self.tr("&Hang up"))
        describe(self.hang_up_button, self.tr("Hang up"), self.tr("Ctrl+W or Esc to leave"))
        self.side_slot.setAccessibleName(self.tr("Conversation"))
        ended = self._state == "ended"
        self.mute_button.setEnabled(not ended and "microphone_missing" not in self._missing)
        self.camera_button.setEnabled(not ended and "camera_missing" not in self._missing)
        self.mode_box.setEnabled(not ended)
        self.hang_up_button.setText(self.tr("&Close") if ended else self.hang_up_button.text())

    # --- Qt events ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.hang_up()  # closing the window is leaving the call; no second question
        for speaker in self._speakers.values():
            speaker.close()
        self.camera.close()
        self.microphone.close()
        super().closeEvent(event)
        self.closed.emit()
