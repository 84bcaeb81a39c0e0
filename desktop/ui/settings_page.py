"""The settings page: every setting with its value, which ones the organisation fixed and why.

Personal settings (language, text size, high contrast, idle lock) can be changed here unless
policy locks them; the rest are shown for information. Problems found in the policy files are
listed in plain words so nobody is left guessing why a setting did not apply.
Runs on the UI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import i18n
from desktop.ui.accessibility import describe
from desktop.ui.policy_text import lock_reason_text, problem_text
from desktop.ui.sign_in_window import LANGUAGE_NAMES
from desktop.ui.theme import MAX_SCALE, MIN_SCALE, heading

if TYPE_CHECKING:
    from desktop.policy import PolicyProblem, Settings
    from jumelage_protocol import Residency

EDITABLE = ("language", "text_scale", "high_contrast", "idle_lock_minutes")
SHOWN = (
    "organisation",
    "server_url",
    "shared_pc",
    "wipe_on_signout",
    "allow_remember_passphrase",
    "video",
    "require_canadian_hosting",
    "disable_updates",
    "data_dir",
)


class SettingsPage(QWidget):
    """Edits through `settings.set`; emits `changed(key)` so the app can apply it at once."""

    changed = Signal(str)

    def __init__(
        self, settings: Settings, problems: list[PolicyProblem], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._settings = settings
        self._problems = list(problems)
        self.heading = heading()
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.text_scale = QDoubleSpinBox()
        self.text_scale.setRange(MIN_SCALE, MAX_SCALE)
        self.text_scale.setSingleStep(0.25)
        self.text_scale.setDecimals(2)
        self.high_contrast = QCheckBox()
        self.idle_lock_minutes = QSpinBox()
        self.idle_lock_minutes.setRange(1, 240)
        self.editors: dict[str, QWidget] = {
            "language": self.language,
            "text_scale": self.text_scale,
            "high_contrast": self.high_contrast,
            "idle_lock_minutes": self.idle_lock_minutes,
        }
        self.labels = {key: QLabel() for key in (*EDITABLE, *SHOWN)}
        self.values = {key: QLabel() for key in SHOWN}
        self.locks = {key: QLabel() for key in (*EDITABLE, *SHOWN)}
        self._residency: Residency | None = None
        self._residency_known = False
        self.residency_label = QLabel()
        self.residency = QLabel()
        self.residency.setObjectName("residency")
        self.residency.setWordWrap(True)
        self.problems_heading = heading(1.1)
        self.problems_text = QLabel()
        self.problems_text.setWordWrap(True)

        form = QFormLayout()
        # labels above their fields: at 200 % text a long label beside its field forced
        # horizontal scrolling; long values wrap
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for label in self.values.values():
            label.setWordWrap(True)
        for key in (*EDITABLE, *SHOWN):
            column = QVBoxLayout()
            column.addWidget(self.editors.get(key) or self.values[key])
            column.addWidget(self.locks[key])
            self.locks[key].setWordWrap(True)
            if key in self.editors:
                self.labels[key].setBuddy(self.editors[key])
            form.addRow(self.labels[key], column)
            if key == "server_url":
                form.addRow(self.residency_label, self.residency)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.heading)
        inner.addLayout(form)
        inner.addWidget(self.problems_heading)
        inner.addWidget(self.problems_text)
        inner.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

        self._load()
        self.language.activated.connect(lambda i: self._set("language", self.language.itemData(i)))
        self.text_scale.valueChanged.connect(lambda v: self._set("text_scale", float(v)))
        self.high_contrast.toggled.connect(lambda on: self._set("high_contrast", bool(on)))
        self.idle_lock_minutes.valueChanged.connect(lambda v: self._set("idle_lock_minutes", v))
        self.retranslate()

    def retranslate(self) -> None:
        names = {
            "language": self.tr("Language"),
            "text_scale": self.tr("Text size"),
            "high_contrast": self.tr("High contrast"),
            "idle_lock_minutes": self.tr("Lock after this many idle minutes"),
            "organisation": self.tr("Organisation"),
            "server_url": self.tr("Server"),
            "shared_pc": self.tr("Shared computer"),
            "wipe_on_signout": self.tr("Delete my profile from this computer when I sign out"),
            "allow_remember_passphrase": self.tr("Remember me allowed"),
            "video": self.tr("Video calls"),
            "require_canadian_hosting": self.tr("Server must be hosted in Canada"),
            "disable_updates": self.tr("Updates turned off"),
            "data_dir": self.tr("Data folder"),
        }
        self.heading.setText(self.tr("Settings"))
        self._show_language()
        self.high_contrast.setText(self.tr("Use high contrast colours"))
        for key, label in self.labels.items():
            label.setText(names[key])
        for key, editor in self.editors.items():
            describe(editor, names[key], self._lock_text(key))
        # a check box is named by what it shows (WCAG 2.5.3), not by its row label
        describe(self.high_contrast, self.high_contrast.text(), self._lock_text("high_contrast"))
        self.scroll.setAccessibleName(self.tr("Settings"))
        for key, value in self.values.items():
            value.setText(self._format(self._settings.get(key), key))
        for key, lock in self.locks.items():
            lock.setText(self._lock_text(key))
            lock.setVisible(bool(lock.text()))
        self.residency_label.setText(self.tr("Where your data is stored"))
        self._render_residency()
        self.problems_heading.setText(self.tr("Problems with the settings from your organisation"))
        self.problems_text.setText("\n".join(self._problem_lines()))
        self.problems_heading.setVisible(bool(self._problems))
        self.problems_text.setVisible(bool(self._problems))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_residency(self, residency: Residency | None) -> None:
        """What the server declares (the protocol's `Residency`), once it has answered."""
        self._residency, self._residency_known = residency, residency is not None
        self._render_residency()

    def _render_residency(self) -> None:
        from desktop.ui.residency_text import place_text

        text = place_text(self._residency) if self._residency_known else self.tr(
            "Not known yet: sign in to a server to see it.")  # fmt: skip
        self.residency.setText(text)
        self.residency.setAccessibleName(self.tr("Where your data is stored") + ": " + text)

    def _lock_text(self, key: str) -> str:
        return lock_reason_text(self._settings, key)

    def _problem_lines(self) -> list[str]:
        return [problem_text(problem) for problem in self._problems]

    def _format(self, value: object, key: str = "") -> str:
        if key == "video" and isinstance(value, str):
            modes = {"auto": self.tr("Automatic"), "low": self.tr("Low video"),
                     "audio": self.tr("Sound only"), "off": self.tr("Off")}  # fmt: skip
            return modes.get(value, value)
        if value is None or value == "":
            return self.tr("Not set")
        if value is True:
            return self.tr("Yes")
        if value is False:
            return self.tr("No")
        return str(value)

    def _show_language(self) -> None:
        """The language on screen: the setting, or (when it follows the system) the one in use."""
        lang = self._settings.get("language") or i18n.current_language()
        index = self.language.findData(lang or i18n.system_language())
        if index >= 0:
            self.language.setCurrentIndex(index)

    def _load(self) -> None:
        self._show_language()
        self.text_scale.setValue(float(self._settings.get("text_scale") or 1.0))
        self.high_contrast.setChecked(bool(self._settings.get("high_contrast")))
        self.idle_lock_minutes.setValue(int(self._settings.get("idle_lock_minutes") or 15))
        for key, editor in self.editors.items():
            editor.setEnabled(not self._settings.is_locked(key))

    def _set(self, key: str, value: object) -> None:
        if self._settings.is_locked(key):
            return
        self._settings.set(key, value)
        self.changed.emit(key)
