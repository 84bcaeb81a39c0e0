"""WCAG contrast computed from the themes' palettes (1.4.3 text 4.5:1, 1.4.11 borders and focus
3:1), in light, dark and high contrast; and the style really paints borders and focus in those
colours (a high-contrast check box is not black on black)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QCheckBox, QLineEdit, QListWidget, QVBoxLayout, QWidget

from desktop.ui import theme

Role = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: QColor | str, b: QColor | str) -> float:
    la, lb = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_ratio_matches_the_wcag_reference_values():
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#7f7f7f", "#ffffff") == pytest.approx(4.0, abs=0.01)  # the old placeholder
    assert ratio("#ffffff", "#308cc6") == pytest.approx(3.69, abs=0.01)  # the old selection


TEXT_PAIRS = [  # (foreground role, background role): every text drawn in the app
    (Role.Text, Role.Base), (Role.WindowText, Role.Window), (Role.ButtonText, Role.Button),
    (Role.Text, Role.AlternateBase), (Role.PlaceholderText, Role.Base),
    (Role.PlaceholderText, Role.Window), (Role.HighlightedText, Role.Highlight),
    (Role.Link, Role.Base), (Role.Link, Role.Window), (Role.ToolTipText, Role.ToolTipBase),
]  # fmt: skip


def failures(t: theme.Theme) -> list[str]:
    p = t.palette()
    found = [
        f"{fg.name}/{bg.name} {ratio(p.color(fg), p.color(bg)):.2f}"
        for fg, bg in TEXT_PAIRS
        if ratio(p.color(fg), p.color(bg)) < 4.5
    ]
    for name, colour in (("border", t.border), ("focus", t.focus), ("selection", t.highlight)):
        for bg in ("base", "window", "button"):
            if ratio(colour, getattr(t, bg)) < 3.0:
                found.append(f"{name}/{bg} {ratio(colour, getattr(t, bg)):.2f}")
    # a focused selected row: the inner ring (highlighted text colour) on the selection
    if ratio(t.highlighted_text, t.highlight) < 3.0:
        found.append("focus ring on selection")
    if t.focus == t.highlight:
        found.append("focus looks like selection")
    return found


@pytest.mark.parametrize("t", theme.THEMES, ids=lambda t: t.name)
def test_every_text_border_and_focus_colour_meets_wcag_aa(t):
    assert failures(t) == []


@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_application_uses_the_theme_palette(qapp, high_contrast):
    theme.apply_theme(qapp, high_contrast=high_contrast)
    t = theme.current_theme(qapp, high_contrast=high_contrast)
    assert isinstance(qapp.style(), theme.ThemedStyle) and qapp.style().theme is t
    for fg, bg in TEXT_PAIRS:
        assert ratio(qapp.palette().color(fg), qapp.palette().color(bg)) >= 4.5, (fg, bg)


def colours_in(widget: QWidget) -> set[str]:
    image = widget.grab().toImage()
    return {
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    }


def test_high_contrast_check_boxes_fields_and_lists_have_visible_borders_and_focus(qapp, qtbot):
    theme.apply_theme(qapp, high_contrast=True)
    t = theme.HIGH_CONTRAST
    box = QCheckBox()  # unchecked, no text: only the indicator is painted
    field, lst = QLineEdit(), QListWidget()
    holder = QWidget()
    layout = QVBoxLayout(holder)
    for w in (box, field, lst):
        layout.addWidget(w)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    assert t.border in colours_in(box)
    assert t.border in colours_in(field) and t.focus not in colours_in(field)
    assert t.border in colours_in(lst)
    lst.setFocus(Qt.FocusReason.TabFocusReason)  # an empty list still shows it has the focus
    qtbot.waitUntil(lst.hasFocus)
    assert t.focus in colours_in(lst)


def test_tabbing_into_a_list_shows_a_current_row_without_selecting_it(qapp, qtbot):
    theme.apply_theme(qapp)
    holder = QWidget()
    field, lst = QLineEdit(), QListWidget()
    lst.addItems(["Léa Bouchard", "Jayden Thompson"])
    layout = QVBoxLayout(holder)
    layout.addWidget(field)
    layout.addWidget(lst)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    assert lst.currentRow() == -1
    lst.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lst.hasFocus)
    assert lst.currentRow() == 0 and lst.selectedItems() == []
    assert theme.LIGHT.focus in colours_in(lst)


def test_a_focused_default_button_looks_different_from_an_unfocused_one(qapp, qtbot):
    from PySide6.QtWidgets import QPushButton

    theme.apply_theme(qapp)
    holder = QWidget()
    other, button = QLineEdit(), QPushButton("Plan")
    button.setDefault(True)
    layout = QVBoxLayout(holder)
    layout.addWidget(other)
    layout.addWidget(button)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert theme.LIGHT.focus not in colours_in(button)
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    assert theme.LIGHT.focus in colours_in(button)
