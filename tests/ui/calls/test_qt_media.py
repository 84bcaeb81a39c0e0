"""The Qt media adapters and frame conversion, without devices (this machine has none).

The camera adapter is fed through its real QVideoSink (where QCamera would render), and
its aiortc track is pulled on a real network loop; the microphone adapter gets PCM as its
QAudioSource would deliver it. Missing devices must give their codes, never an exception
that stops a call.
"""

from __future__ import annotations

import av
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QWidget

from desktop.ui.calls.frame_image import fit, frame_to_qimage, qimage_to_frame
from desktop.ui.calls.qt_media import (
    SAMPLES,
    PcmConverter,
    QtCamera,
    QtMicrophone,
    SpeakerPlayback,
)
from desktop.ui.calls.quality_indicator import QualityIndicator
from desktop.ui.calls.staff_banner import StaffBanner
from desktop.video.media import open_source
from desktop.video.tracks import SyntheticVideoTrack, read_frame_counter


def rgb_at(frame: av.VideoFrame, x: int, y: int) -> tuple[int, int, int]:
    rgb = frame.reformat(format="rgb24")
    plane = rgb.planes[0]
    offset = y * plane.line_size + x * 3
    return tuple(bytes(plane)[offset : offset + 3])


def two_colour_image() -> QImage:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(255, 0, 0))
    for x in range(32, 64):
        for y in range(48):
            image.setPixelColor(x, y, QColor(0, 0, 255))
    return image


def test_camera_pictures_reach_the_call_track_with_their_pixels(qtbot, net):
    camera = QtCamera()
    shown: list[QImage] = []
    camera.picture.connect(shown.append)
    track = net.submit(_make(camera.track_factory)).result(60)
    camera.sink.setVideoFrame(QVideoFrame(two_colour_image()))
    frame = net.submit(track.recv()).result(60)
    assert (frame.width, frame.height) == (64, 48)
    assert rgb_at(frame, 5, 5)[0] > 240 and rgb_at(frame, 5, 5)[2] < 15
    assert rgb_at(frame, 60, 40)[2] > 240 and rgb_at(frame, 60, 40)[0] < 15
    assert len(shown) == 1 and shown[0].pixelColor(60, 5).blue() == 255
    camera.set_enabled(False)  # camera off: nothing more is sent
    camera.sink.setVideoFrame(QVideoFrame(two_colour_image()))
    assert len(shown) == 1
    track.stop()


async def _make(factory):
    return factory()


def test_missing_devices_give_codes_and_no_exception(qtbot):
    camera, microphone = QtCamera(), QtMicrophone()
    problems: list[str] = []
    camera.problem_changed.connect(problems.append)
    assert camera.open() == "camera_missing"
    assert microphone.open() == "microphone_missing"
    assert problems == ["camera_missing"]
    assert open_source("video", camera.track_factory) == (None, "camera_missing")
    assert open_source("audio", microphone.track_factory) == (None, "microphone_missing")
    speaker = SpeakerPlayback()
    assert speaker.problem == "speaker_missing"
    speaker.play(b"\0" * 1920)  # nothing to play to: silently dropped
    assert speaker.bytes_played == 0


def test_microphone_sound_is_cut_into_20_ms_frames(qtbot, net):
    microphone = QtMicrophone()
    track = net.submit(_make(microphone.track_factory)).result(60)
    pcm = bytes(range(256)) * 23  # 5888 bytes: 3 frames and a remainder
    assert microphone.feed(pcm) == 3
    assert microphone.feed(b"\0" * (SAMPLES * 2 - len(pcm) % (SAMPLES * 2))) == 1
    frames = [net.submit(track.recv()).result(60) for _ in range(4)]
    assert [f.samples for f in frames] == [SAMPLES] * 4
    assert [f.pts for f in frames] == [0, 960, 1920, 2880]
    assert bytes(frames[0].planes[0])[: SAMPLES * 2] == pcm[: SAMPLES * 2]
    track.stop()


def test_received_audio_becomes_mono_48k_pcm():
    stereo = av.AudioFrame(format="s16", layout="stereo", samples=960)
    stereo.planes[0].update(b"\x10\x00" * 960 * 2)
    stereo.sample_rate = 48_000
    stereo.pts = 0
    pcm = PcmConverter().convert(stereo)
    assert len(pcm) == 960 * 2
    assert set(pcm[100:200:2]) != {0}


def test_frames_become_images_with_their_pixels_and_aspect():
    frame = SyntheticVideoTrack(640, 480, 30).make_frame(1234)
    image = frame_to_qimage(frame, QSize(400, 400))
    assert (image.width(), image.height()) == (400, 300)
    assert image.format() == QImage.Format.Format_RGB32
    back = qimage_to_frame(image).reformat(format="yuv420p")
    assert read_frame_counter(back) == 1234
    assert fit(640, 480, QSize(1920, 1080)) == (640, 480)  # never upscaled


def test_staff_banner_and_quality_indicator_say_it_in_words(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    banner = StaffBanner(holder)
    holder.show()
    assert not banner.isVisible()
    banner.set_present("s1", "Dominique", True)
    banner.set_present("s2", "", True)
    assert banner.isVisible()
    assert banner.label.text() == (
        "Staff: Dominique is in this call\nStaff: a staff member is in this call"
    )
    banner.set_present("s1", "Dominique", False)
    banner.set_present("s2", "", False)
    assert not banner.isVisible()
    quality = QualityIndicator()
    qtbot.addWidget(quality)
    quality.set_quality("poor")
    assert quality.accessibleName() == "Connection: poor"
    quality.set_quality("bogus")
    assert quality.quality == "unknown"
