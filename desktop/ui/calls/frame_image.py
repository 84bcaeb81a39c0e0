"""Decoded video frames (`av.VideoFrame`) to `QImage`, and back for the camera.

Runs on the network loop thread for received frames (QImage is safe off the UI thread, and
the conversion costs far less there than on the UI thread that also paints): libswscale
converts and scales in one pass to 32-bit BGRX, which is Qt's native `Format_RGB32` on
little-endian machines, so painting needs no further conversion. The camera direction
(`qimage_to_frame`) runs on the UI thread, where Qt hands us the camera picture.
"""

from __future__ import annotations

import sys

import av
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

# Qt's RGB32 is 0xffRRGGBB per pixel: bytes B, G, R, X on little-endian machines.
_AV_FORMAT = "bgra" if sys.byteorder == "little" else "argb"


def fit(width: int, height: int, bound: QSize | None) -> tuple[int, int]:
    """The largest even size within `bound` that keeps the picture's aspect (never upscales)."""
    if bound is None or bound.width() <= 0 or bound.height() <= 0:
        return width, height
    scale = min(bound.width() / width, bound.height() / height, 1.0)
    return max(2, int(width * scale) & ~1), max(2, int(height * scale) & ~1)


def frame_to_qimage(frame: av.VideoFrame, bound: QSize | None = None) -> QImage:
    """A `QImage` that owns its pixels (no reference to the frame), scaled to fit `bound`."""
    width, height = fit(frame.width, frame.height, bound)
    rgb = frame.reformat(width=width, height=height, format=_AV_FORMAT)
    plane = rgb.planes[0]
    image = QImage(bytes(plane), width, height, plane.line_size, QImage.Format.Format_RGB32)
    return image.copy()  # detach from the temporary buffer


def qimage_to_frame(image: QImage) -> av.VideoFrame:
    """A camera picture as an `av.VideoFrame` the encoder can take (even width and height)."""
    if image.format() != QImage.Format.Format_RGB32:
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width() & ~1, image.height() & ~1
    if (width, height) != (image.width(), image.height()):
        image = image.copy(0, 0, width, height)
    frame = av.VideoFrame(width, height, _AV_FORMAT)
    plane = frame.planes[0]
    data = image.constBits()
    stride = image.bytesPerLine()
    raw = bytes(data)[: stride * height]
    if plane.line_size == stride:
        plane.update(raw)
    else:
        row = width * 4
        plane.update(
            b"".join(
                raw[y * stride : y * stride + row] + b"\0" * (plane.line_size - row)
                for y in range(height)
            )
        )
    return frame
