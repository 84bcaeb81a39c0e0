"""Look: text scaling and the high-contrast theme, applied to the whole application.

The base font is remembered on first use so scaling is always relative to the platform's
default and never compounds. Runs on the UI thread.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

MIN_SCALE, MAX_SCALE = 1.0, 2.0
_base: dict[str, object] = {}


def clamp_scale(value: object) -> float:
    try:
        scale = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return MIN_SCALE
    return min(MAX_SCALE, max(MIN_SCALE, scale))


def high_contrast_palette() -> QPalette:
    """White on black with yellow focus and selection: well above WCAG AA contrast."""
    p = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role in (
        QPalette.ColorRole.Window,
        QPalette.ColorRole.Base,
        QPalette.ColorRole.Button,
        QPalette.ColorRole.AlternateBase,
        QPalette.ColorRole.ToolTipBase,
    ):
        p.setColor(role, black)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.ToolTipText,
        QPalette.ColorRole.BrightText,
        QPalette.ColorRole.PlaceholderText,
    ):
        p.setColor(role, white)
    p.setColor(QPalette.ColorRole.Highlight, yellow)
    p.setColor(QPalette.ColorRole.HighlightedText, black)
    p.setColor(QPalette.ColorRole.Link, yellow)
    disabled = QColor("#c0c0c0")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p  # fmt: skip


HIGH_CONTRAST_QSS = """
* { outline: none; }
QWidget:focus { border: 3px solid #ffff00; }
QPushButton, QLineEdit, QComboBox, QListWidget, QSpinBox, QDoubleSpinBox {
    border: 2px solid #ffffff; padding: 4px;
}
"""


def apply_theme(
    app: QApplication, *, text_scale: object = 1.0, high_contrast: bool = False
) -> None:
    """Scale the application font and switch the high-contrast palette on or off."""
    if not _base:
        _base["font"] = QFont(app.font())
        _base["palette"] = QPalette(app.palette())
        _base["style_sheet"] = app.styleSheet()
    font = QFont(_base["font"])  # type: ignore[arg-type]
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * clamp_scale(text_scale))
    app.setFont(font)
    if high_contrast:
        app.setPalette(high_contrast_palette())
        app.setStyleSheet(HIGH_CONTRAST_QSS)
    else:
        app.setPalette(QPalette(_base["palette"]))  # type: ignore[arg-type]
        app.setStyleSheet(str(_base["style_sheet"]))


def apply_to_running_app(*, text_scale: object = 1.0, high_contrast: bool = False) -> None:
    """`apply_theme` on the running QApplication, if there is one (controllers call this)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, text_scale=text_scale, high_contrast=high_contrast)


def heading(scale: float = 1.4, parent: QWidget | None = None) -> QLabel:
    """A bold, larger label for page titles; grows with the text scale like everything else."""
    label = QLabel(parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label
