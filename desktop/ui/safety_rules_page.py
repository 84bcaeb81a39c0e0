"""The staff "Safety rules" page: what happens to a message in each category, and its words.

Categories are listed with their action; choosing one shows its action (allow / flag: deliver
and tell staff / hold for review; disclosures are always urgent and shown as such) and its
French and English word lists, one entry per line, plain words unless written /like this/.
A "Try a message" box says what the program's rules would do with a sentence. Saving writes
program settings (`SafetyRulesService`), which reach every PC of the program at its next sync;
a refused entry is explained in a plain sentence. Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.safety_rules import CategoryRules, SafetyRulesService
from desktop.ui.accessibility import describe
from desktop.ui.announce import announce
from desktop.ui.errors import message_for
from desktop.ui.theme import heading

_CONTEXT = "SafetyRulesPage"
CATEGORY_NAMES = {
    "contact_phone": QT_TRANSLATE_NOOP("SafetyRulesPage", "Phone numbers"),
    "contact_email": QT_TRANSLATE_NOOP("SafetyRulesPage", "E-mail addresses"),
    "contact_address": QT_TRANSLATE_NOOP("SafetyRulesPage", "Home addresses"),
    "social_handle": QT_TRANSLATE_NOOP("SafetyRulesPage", "Social media usernames"),
    "link": QT_TRANSLATE_NOOP("SafetyRulesPage", "Links"),
    "meet_request": QT_TRANSLATE_NOOP("SafetyRulesPage", "Meeting without staff"),
    "move_app": QT_TRANSLATE_NOOP("SafetyRulesPage", "Moving to another app"),
    "secrecy": QT_TRANSLATE_NOOP("SafetyRulesPage", "Secrecy"),
    "sexual_content": QT_TRANSLATE_NOOP("SafetyRulesPage", "Sexual content"),
    "photo_request": QT_TRANSLATE_NOOP("SafetyRulesPage", "Photo requests"),
    "violence_threats": QT_TRANSLATE_NOOP("SafetyRulesPage", "Violence and threats"),
    "drugs_alcohol": QT_TRANSLATE_NOOP("SafetyRulesPage", "Drugs and alcohol"),
    "money_gifts": QT_TRANSLATE_NOOP("SafetyRulesPage", "Money and gifts"),
    "bullying": QT_TRANSLATE_NOOP("SafetyRulesPage", "Bullying"),
    "abuse_disclosure": QT_TRANSLATE_NOOP("SafetyRulesPage", "Abuse disclosures"),
    "self_harm": QT_TRANSLATE_NOOP("SafetyRulesPage", "Self-harm"),
}
ACTION_NAMES = {
    "allow": QT_TRANSLATE_NOOP("SafetyRulesPage", "Allow"),
    "flag": QT_TRANSLATE_NOOP("SafetyRulesPage", "Flag: deliver and tell staff"),
    "hold": QT_TRANSLATE_NOOP("SafetyRulesPage", "Hold for review"),
    "urgent": QT_TRANSLATE_NOOP("SafetyRulesPage", "Deliver and alert staff at once"),
}
VERDICTS = {
    "send": QT_TRANSLATE_NOOP("SafetyRulesPage", "This message would be delivered."),
    "flag": QT_TRANSLATE_NOOP("SafetyRulesPage", "This message would be delivered and staff told"),
    "hold": QT_TRANSLATE_NOOP("SafetyRulesPage", "This message would be held for review"),
    "urgent": QT_TRANSLATE_NOOP(
        "SafetyRulesPage", "This message would be delivered and staff alerted at once"
    ),
}  # fmt: skip


def _tr(text: object) -> str:
    """A name from the tables above in the current language (QT_TRANSLATE_NOOP marks them)."""
    return QCoreApplication.translate(_CONTEXT, str(text))


class SafetyRulesPage(QWidget):
    """Edits one program's rules through `service` (a `SafetyRulesService`)."""

    def __init__(
        self, service: SafetyRulesService, program_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("safetyRulesPage")
        self._service = service
        self._program_id = program_id
        self._rules: dict[str, CategoryRules] = {}
        self.heading = heading()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.categories = QListWidget()
        self.categories.currentRowChanged.connect(self._show_current)
        self.categories.setWordWrap(True)  # long names wrap instead of clipping
        self.categories.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.category_title = heading(1.15)
        self.action = QComboBox()
        for key in ("allow", "flag", "hold"):
            self.action.addItem("", key)
        self.action.activated.connect(self._save_action)
        self.action_label = QLabel()
        self.action_label.setBuddy(self.action)
        self.locked_note = QLabel()
        self.locked_note.setWordWrap(True)
        self.french, self.english = QPlainTextEdit(), QPlainTextEdit()
        self.french_label, self.english_label = QLabel(), QLabel()
        self.french_label.setBuddy(self.french)
        self.english_label.setBuddy(self.english)
        for box in (self.french, self.english):
            box.setTabChangesFocus(True)  # Tab leaves the list: keyboard users are not trapped
            box.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.save_words = QPushButton()
        self.save_words.clicked.connect(self._save_words)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.trial = QLineEdit()
        self.trial_label = QLabel()
        self.trial_label.setBuddy(self.trial)
        self.try_button = QPushButton()
        self.try_button.clicked.connect(self._try)
        self.trial.returnPressed.connect(self._try)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self._lay_out()
        self.retranslate()
        self.refresh()

    def _lay_out(self) -> None:
        detail = QWidget()
        form = QFormLayout()
        form.addRow(self.action_label, self.action)
        words = QHBoxLayout()
        for label, box in ((self.french_label, self.french), (self.english_label, self.english)):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(box)
            words.addLayout(column)
        self.trial_group = QGroupBox()
        trial = QHBoxLayout(self.trial_group)
        trial.addWidget(self.trial_label)
        trial.addWidget(self.trial, 1)
        trial.addWidget(self.try_button)
        column = QVBoxLayout(detail)
        column.addWidget(self.category_title)
        column.addLayout(form)
        column.addWidget(self.locked_note)
        column.addLayout(words, 1)
        column.addWidget(self.save_words, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.status)
        column.addWidget(self.trial_group)
        column.addWidget(self.verdict)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.categories)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)

    # --- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the program's rules again (when shown: sync may have brought a colleague's)."""
        if self._program_id is None:
            self._rules = {}
        else:
            self._rules = {c.name: c for c in self._service.categories(self._program_id)}
        self._list()
        self._show_current()

    def _list(self) -> None:
        """The categories with their action, in the current language (no database read)."""
        row = max(self.categories.currentRow(), 0)
        self.categories.blockSignals(True)
        self.categories.clear()
        for name, rules in self._rules.items():
            self.categories.addItem(f"{_tr(CATEGORY_NAMES.get(name, name))} — "
                                    f"{_tr(ACTION_NAMES[rules.action])}")  # fmt: skip
        if self._rules:
            self.categories.setCurrentRow(min(row, len(self._rules) - 1))
        self.categories.blockSignals(False)

    def current(self) -> CategoryRules | None:
        row = self.categories.currentRow()
        names = list(self._rules)
        return self._rules[names[row]] if 0 <= row < len(names) else None

    def _show_current(self) -> None:
        rules = self.current()
        for widget in (self.french, self.english, self.save_words):
            widget.setEnabled(rules is not None)
        self.action.setEnabled(rules is not None and not rules.locked)
        if rules is None:
            self.category_title.setText("")
            return
        self.category_title.setText(_tr(CATEGORY_NAMES.get(rules.name, rules.name)))
        self.action.setCurrentIndex(max(self.action.findData(rules.action), 0))
        self.locked_note.setVisible(rules.locked)
        self.french.setPlainText("\n".join(rules.words.get("fr", ())))
        self.english.setPlainText("\n".join(rules.words.get("en", ())))

    # --- changing -----------------------------------------------------------------------

    def _save_action(self) -> None:
        rules, program = self.current(), self._program_id
        if rules is None or program is None:
            return
        action = str(self.action.currentData())
        if self._run(lambda: self._service.set_action(program, rules.name, action)):
            self._done(self.tr("Saved. Every computer of the program gets it at its next sync."))

    def _save_words(self) -> None:
        rules, program = self.current(), self._program_id
        if rules is None or program is None:
            return
        words = {"fr": self.french.toPlainText().splitlines(),
                 "en": self.english.toPlainText().splitlines()}  # fmt: skip
        if self._run(lambda: self._service.set_words(program, rules.name, words)):
            self._done(self.tr("Word lists saved. Every computer of the program gets them at "
                               "its next sync."))  # fmt: skip

    def _run(self, change: Callable[[], None]) -> bool:
        try:
            change()
        except Exception as exc:  # noqa: BLE001 - every refusal is shown as a sentence
            self.status.setText(message_for(exc))
            announce(self.status, self.status.text(), assertive=True)
            return False
        return True

    def _done(self, text: str) -> None:
        self.refresh()
        self.status.setText(text)
        announce(self.status, text)

    def _try(self) -> None:
        text = self.trial.text().strip()
        if not text or self._program_id is None:
            self.verdict.setText("")
            return
        action, categories = self._service.try_text(self._program_id, text)
        sentence = _tr(VERDICTS.get(action, VERDICTS["send"]))
        if categories:
            names = ", ".join(sorted(_tr(CATEGORY_NAMES.get(c, c)) for c in categories))
            sentence = self.tr("%1 (%2).").replace("%1", sentence).replace("%2", names)
        self.verdict.setText(sentence)
        announce(self.verdict, sentence)

    # --- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Safety rules"))
        self.intro.setText(self.tr(
            "Choose what happens to a message in each category, and the words that find it in "
            "French and in English. One entry per line: plain words find a word and its plural "
            "(end with * for any ending); write /like this/ for a pattern."))  # fmt: skip
        for index in range(self.action.count()):
            self.action.setItemText(index, _tr(ACTION_NAMES[str(self.action.itemData(index))]))
        self.action_label.setText(self.tr("&When a message matches:"))
        self.locked_note.setText(self.tr(
            "A young person asking for help is never held back: these messages are always "
            "delivered, and staff are alerted at once."))  # fmt: skip
        self.french_label.setText(self.tr("&French words"))
        self.english_label.setText(self.tr("&English words"))
        self.save_words.setText(self.tr("&Save the word lists"))
        self.trial_group.setTitle(self.tr("Try a message"))
        self.trial_label.setText(self.tr("&Message:"))
        self.try_button.setText(self.tr("&Try"))
        describe(self.categories, self.tr("Categories"),
                 self.tr("Each category with what happens to a message in it."))  # fmt: skip
        describe(self.action, self.tr("When a message matches:"))
        describe(self.french, self.tr("French words"), self.tr("One entry per line."))
        describe(self.english, self.tr("English words"), self.tr("One entry per line."))
        describe(self.save_words, self.tr("Save the word lists"))
        describe(self.trial, self.tr("Message:"),
                 self.tr("A sentence to check against the program's rules. "
                         "It is not sent."))  # fmt: skip
        describe(self.try_button, self.tr("Try"))
        self._list()
        rules = self.current()
        if rules is not None:
            self.category_title.setText(_tr(CATEGORY_NAMES.get(rules.name, rules.name)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
