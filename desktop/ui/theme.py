"""Look: the colour themes (light, dark, high contrast), text scaling, and the style that draws
borders and focus with the theme's colours, applied to the whole application.

Every colour that carries text, a border or the focus is a named field of `Theme`, so the contrast
test can compute WCAG ratios from exactly what is painted (4.5:1 text, 3:1 borders and focus).
Fusion's own borders are derived from the window colour (about 2:1) and its focus looks like its
selection; `ThemedStyle` redraws those few primitives. The base font is remembered on first use
so scaling is always relative to the platform's default and never compounds. Runs on the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

MIN_SCALE, MAX_SCALE = 1.0, 2.0
_base: dict[str, QFont] = {}
Role = QPalette.ColorRole


@dataclass(frozen=True)
class Theme:
    """One colour theme. `border` outlines fields, lists and check boxes; `focus` rings the focused
    control and differs in hue from `highlight` (selection) so focus never looks like selection."""

    name: str
    window: str
    base: str
    alternate: str
    button: str
    text: str
    placeholder: str
    highlight: str
    highlighted_text: str
    link: str
    border: str
    focus: str
    disabled: str

    def palette(self) -> QPalette:
        p = QPalette()
        colours = {
            Role.Window: self.window, Role.Base: self.base, Role.AlternateBase: self.alternate,
            Role.Button: self.button, Role.ToolTipBase: self.base,
            Role.WindowText: self.text, Role.Text: self.text, Role.ButtonText: self.text,
            Role.ToolTipText: self.text, Role.BrightText: self.text,
            Role.PlaceholderText: self.placeholder, Role.Highlight: self.highlight,
            Role.HighlightedText: self.highlighted_text, Role.Link: self.link,
            Role.LinkVisited: self.link, Role.Mid: self.border, Role.Dark: self.border,
            Role.Shadow: self.border, Role.Light: self.base, Role.Midlight: self.alternate,
            Role.Accent: self.highlight,
        }  # fmt: skip
        for role, colour in colours.items():
            p.setColor(role, QColor(colour))
        for role in (Role.WindowText, Role.Text, Role.ButtonText):
            p.setColor(QPalette.ColorGroup.Disabled, role, QColor(self.disabled))
        return p


LIGHT = Theme(
    "light", window="#f4f5f7", base="#ffffff", alternate="#eef1f5", button="#e8ebef",
    text="#1b1b1f", placeholder="#5c6370", highlight="#1d5aa6", highlighted_text="#ffffff",
    link="#0b57d0", border="#767676", focus="#b3400a", disabled="#6b6e75",
)  # fmt: skip
DARK = Theme(
    "dark", window="#1e1f22", base="#16171a", alternate="#24262a", button="#2b2d31",
    text="#e8e8ea", placeholder="#a0a4ab", highlight="#4d8fe0", highlighted_text="#000000",
    link="#8ab4f8", border="#8a8f98", focus="#ffb454", disabled="#9a9ea6",
)  # fmt: skip
HIGH_CONTRAST = Theme(
    "high_contrast", window="#000000", base="#000000", alternate="#000000", button="#000000",
    text="#ffffff", placeholder="#ffffff", highlight="#ffff00", highlighted_text="#000000",
    link="#ffff00", border="#ffffff", focus="#00ffff", disabled="#c0c0c0",
)  # fmt: skip
THEMES = (LIGHT, DARK, HIGH_CONTRAST)


def clamp_scale(value: object) -> float:
    try:
        scale = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return MIN_SCALE
    return min(MAX_SCALE, max(MIN_SCALE, scale))


def high_contrast_palette() -> QPalette:
    """White on black, yellow selection, cyan focus: well above WCAG AA contrast."""
    return HIGH_CONTRAST.palette()


def system_theme(app: QGuiApplication) -> Theme:
    """Light or dark, following the platform's colour scheme."""
    dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return DARK if dark else LIGHT


class ThemedStyle(QProxyStyle):
    """Fusion, with field, list and check-box borders and focus rings in the theme's colours.

    A scroll area (list, conversation, message box) shows focus by its whole frame turning the
    focus colour, so tabbing into an empty list or one without a current row is still visible.
    """

    def __init__(self, theme: Theme) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.theme = theme

    def polish(self, arg: object) -> None:
        super().polish(arg)  # type: ignore[call-overload]  # one of its overloads' types
        if isinstance(arg, QFrame):
            arg.installEventFilter(self)

    def unpolish(self, arg: object) -> None:
        if isinstance(arg, QFrame):
            arg.removeEventFilter(self)
        super().unpolish(arg)  # type: ignore[call-overload]  # one of its overloads' types

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Frames repaint their ring on focus; a list tabbed into gets a current row, so the
        row that arrow keys and Enter act on is shown at once (without selecting it)."""
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and isinstance(watched, QFrame):
            watched.update()
        if (
            kind == QEvent.Type.FocusIn
            and isinstance(watched, QAbstractItemView)
            and isinstance(event, QFocusEvent)
            and event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        ):
            show_current_row(watched)
        return False

    def _ring(self, painter: QPainter, rect: QRectF, colour: str, width: float) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(colour), width))
        half = width / 2
        painter.drawRoundedRect(rect.adjusted(half, half, -half, -half), 3, 3)
        painter.restore()

    def drawPrimitive(  # noqa: N802 (Qt API)
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        pe = QStyle.PrimitiveElement
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        rect = QRectF(option.rect)
        if element in (pe.PE_FrameLineEdit, pe.PE_Frame):
            colour, width = (self.theme.focus, 2.0) if focused else (self.theme.border, 1.0)
            self._ring(painter, rect, colour, width)
            return
        if element == pe.PE_FrameFocusRect:
            self._ring(painter, rect, self.theme.focus, 2.0)
            if option.state & QStyle.StateFlag.State_Selected:
                self._ring(painter, rect.adjusted(2, 2, -2, -2), self.theme.highlighted_text, 1.0)
            return
        if element == pe.PE_IndicatorCheckBox:
            self._check_box(option, painter)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == pe.PE_PanelButtonCommand:  # Fusion's bevel vanishes on black
            self._ring(
                painter, rect, *((self.theme.focus, 2.0) if focused else (self.theme.border, 1.0))
            )

    def pixelMetric(  # noqa: N802 (Qt API)
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        """Check boxes grow with the text (a fixed 13 px box was tiny at 200 %)."""
        pm = QStyle.PixelMetric
        if metric in (pm.PM_IndicatorWidth, pm.PM_IndicatorHeight):
            font = widget.font() if widget is not None else QApplication.font()
            return max(super().pixelMetric(metric, option, widget), QFontMetrics(font).height() - 2)
        return super().pixelMetric(metric, option, widget)

    def _check_box(self, option: QStyleOption, painter: QPainter) -> None:
        state = option.state
        box = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor(self.theme.border), 1.5))
        painter.setBrush(QColor(self.theme.base))
        painter.drawRoundedRect(box, 2, 2)
        painter.setPen(QPen(QColor(self.theme.text), 2.0))
        inner = box.adjusted(3, 3, -3, -3)
        if state & QStyle.StateFlag.State_On:
            x, y, w, h = inner.x(), inner.y(), inner.width(), inner.height()
            tick = [QPointF(x, y + h * 0.55), QPointF(x + w * 0.4, y + h), QPointF(x + w, y)]
            painter.drawPolyline(tick)
        elif state & QStyle.StateFlag.State_NoChange:
            painter.drawLine(inner.left(), inner.center().y(), inner.right(), inner.center().y())
        painter.restore()


def show_current_row(view: QAbstractItemView) -> None:
    """Make the first enabled row current (not selected) when the view has none."""
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None or view.currentIndex().isValid():
        return
    for row in range(model.rowCount(view.rootIndex())):
        index = model.index(row, 0, view.rootIndex())
        if index.flags() & Qt.ItemFlag.ItemIsEnabled:
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            return


def current_theme(app: QGuiApplication, *, high_contrast: bool = False) -> Theme:
    return HIGH_CONTRAST if high_contrast else system_theme(app)


def apply_theme(
    app: QApplication, *, text_scale: object = 1.0, high_contrast: bool = False
) -> None:
    """Scale the application font and switch the theme (light/dark from the platform, or high
    contrast); headings follow because `Heading` rescales on every application font change."""
    if not _base:
        _base["font"] = QFont(app.font())
    font = QFont(_base["font"])
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * clamp_scale(text_scale))
    theme = current_theme(app, high_contrast=high_contrast)
    style = app.style()
    if isinstance(style, ThemedStyle):
        style.theme = theme
    else:
        app.setStyle(ThemedStyle(theme))
    app.setPalette(theme.palette())
    app.setFont(font)


def apply_to_running_app(*, text_scale: object = 1.0, high_contrast: bool = False) -> None:
    """`apply_theme` on the running QApplication, if there is one (controllers call this)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, text_scale=text_scale, high_contrast=high_contrast)


class Heading(QLabel):
    """A bold label `scale` times the application font; it follows a live text-size change."""

    def __init__(self, scale: float = 1.4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = scale
        self.setWordWrap(True)
        self._rescale(QApplication.font())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self._rescale)  # its own font no longer follows the app's

    def _rescale(self, base: QFont) -> None:
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * self._scale)
        font.setBold(True)
        self.setFont(font)


def heading(scale: float = 1.4, parent: QWidget | None = None) -> QLabel:
    """A page title (see `Heading`)."""
    return Heading(scale, parent)


# Rows that need a staff member's attention (the dashboard's pairs at risk): a tinted background
# under the theme's own text colour (at least 4.5:1 in each theme); the row also says "At risk"
# in words, so colour is never the only sign. High contrast keeps its black and relies on that.
_ATTENTION = {"light": "#fde2cf", "dark": "#5a3212", "high_contrast": "#000000"}


def attention_background(palette: QPalette) -> QColor:
    """The background of a row that needs attention, for the theme `palette` belongs to."""
    window = palette.color(Role.Window).name()
    name = next((t.name for t in THEMES if t.window == window), "light")
    return QColor(_ATTENTION[name])
