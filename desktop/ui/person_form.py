"""The form staff fill in about one person; it validates in place and keeps what was typed.

`form()` reads the fields into a `PersonForm` (a date that cannot be read is a problem of its
own); `show_problems(codes)` writes the sentence for each code under its field and moves the
focus to the first one, without touching what was typed. Fields that do not apply are hidden
(date of birth and guardian for mentees and mentors only; guardian for minors). Runs on the
UI thread.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.people import (
    AGE_BANDS,
    AVAILABILITY,
    INTERESTS,
    PERSON_KINDS,
    PersonForm,
    PersonRow,
)
from desktop.ui import people_text
from desktop.ui.accessibility import describe


class PersonFormPanel(QWidget):
    """One person's fields; `edited` when the staff member changes any of them."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personForm")
        self.kind = QComboBox()
        self.name = QLineEdit()
        self.language = QComboBox()
        self.birth_date = QLineEdit()
        self.age_band = QComboBox()
        self.interests = {code: QCheckBox() for code in INTERESTS}
        self.availability = {code: QCheckBox() for code in AVAILABILITY}
        self.guardian_name = QLineEdit()
        self.guardian_contact = QLineEdit()
        for code in PERSON_KINDS:
            self.kind.addItem("", code)
        for code in ("fr", "en"):
            self.language.addItem("", code)
        self.age_band.addItem("", None)
        for band in AGE_BANDS:
            self.age_band.addItem("", band)
        self.errors = {field: self._error_label() for field in
                       ("display_name", "birth_date", "age_band", "guardian_name")}  # fmt: skip
        self.labels: dict[str, QLabel] = {}
        self.boxes: dict[str, QWidget] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long labels go above
        self._row(form, "kind", self.kind)
        self._row(form, "display_name", self.name)
        self._row(form, "language", self.language)
        self._row(form, "birth_date", self.birth_date)
        self._row(form, "age_band", self.age_band)
        self._row(form, "interests", self._grid(self.interests, 3))
        self._row(form, "availability", self._grid(self.availability, 2))
        self._row(form, "guardian_name", self.guardian_name)
        self._row(form, "guardian_contact", self.guardian_contact)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        for signal in (self.kind.currentIndexChanged, self.language.currentIndexChanged,
                       self.age_band.currentIndexChanged, self.name.textEdited,
                       self.birth_date.textEdited, self.guardian_name.textEdited,
                       self.guardian_contact.textEdited):  # fmt: skip
            signal.connect(self.edited)
        for box in (*self.interests.values(), *self.availability.values()):
            box.toggled.connect(self.edited)
        self.kind.currentIndexChanged.connect(self._fit_to_kind)
        self.retranslate()
        self._fit_to_kind()

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.hide()
        return label

    def _row(self, form: QFormLayout, field: str, widget: QWidget) -> None:
        label = self.labels[field] = QLabel()
        if isinstance(widget, QLineEdit | QComboBox):
            label.setBuddy(widget)  # its mnemonic jumps to the field
        box = self.boxes[field] = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        if field in self.errors:
            column.addWidget(self.errors[field])
        form.addRow(label, box)

    @staticmethod
    def _grid(boxes: dict[str, QCheckBox], columns: int) -> QWidget:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, box in enumerate(boxes.values()):
            grid.addWidget(box, i // columns, i % columns)
        return holder

    def retranslate(self) -> None:
        words = {
            "kind": self.tr("&Role"), "display_name": self.tr("&Name"),
            "language": self.tr("Preferred &language"),
            "birth_date": self.tr("&Date of birth"), "age_band": self.tr("&Age group"),
            "interests": self.tr("Interests"), "availability": self.tr("Availability"),
            "guardian_name": self.tr("&Guardian"),
            "guardian_contact": self.tr("Guardian's &phone or email"),
        }  # fmt: skip
        for field, text in words.items():
            self.labels[field].setText(text)
        for i, code in enumerate(PERSON_KINDS):
            self.kind.setItemText(i, people_text.kinds()[code])
        for i, code in enumerate(("fr", "en")):
            self.language.setItemText(i, people_text.languages()[code])
        self.age_band.setItemText(0, self.tr("Not given"))
        for i, band in enumerate(AGE_BANDS, start=1):
            self.age_band.setItemText(i, people_text.age_band(band))
        for code, box in self.interests.items():
            box.setText(people_text.interests()[code])
            describe(box, box.text())
        for code, box in self.availability.items():
            box.setText(people_text.availability()[code])
            describe(box, box.text())
        self.birth_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        describe(self.kind, self.tr("Role"))
        describe(self.name, self.tr("Name"))
        describe(self.language, self.tr("Preferred language"))
        describe(self.birth_date, self.tr("Date of birth"),
                 self.tr("Year, month and day, for example 2014-03-21."))  # fmt: skip
        describe(self.age_band, self.tr("Age group"),
                 self.tr("For a mentee without a date of birth; for a mentor, the age group "
                         "of the mentees they prefer."))  # fmt: skip
        describe(self.guardian_name, self.tr("Guardian"))
        describe(self.guardian_contact, self.tr("Guardian's phone or email"))

    def _fit_to_kind(self) -> None:
        """Age, interests and availability for mentors and mentees; a guardian for mentees."""
        kind = self.kind.currentData()
        for field in ("birth_date", "age_band", "interests", "availability",
                      "guardian_name", "guardian_contact"):  # fmt: skip
            guardian = field.startswith("guardian")
            shown = kind == "mentee" if guardian else kind in ("mentee", "mentor")
            self.labels[field].setVisible(shown)
            self.boxes[field].setVisible(shown)

    # --- values -------------------------------------------------------------------------

    def set_form(self, form: PersonForm | None) -> None:
        """Show a person's values (None: an empty form for a new person)."""
        form = form or PersonForm(kind="mentee", display_name="")
        self.kind.setCurrentIndex(max(0, self.kind.findData(form.kind)))
        self.name.setText(form.display_name)
        self.language.setCurrentIndex(max(0, self.language.findData(form.language)))
        self.birth_date.setText(form.birth_date.isoformat() if form.birth_date else "")
        band = self.age_band.findData(form.age_band) if form.age_band else 0
        self.age_band.setCurrentIndex(max(0, band))
        for code, box in self.interests.items():
            box.setChecked(code in form.interests)
        for code, box in self.availability.items():
            box.setChecked(code in form.availability)
        self.guardian_name.setText(form.guardian_name)
        self.guardian_contact.setText(form.guardian_contact)
        self.clear_problems()

    def set_row(self, row: PersonRow | None) -> None:
        self.set_form(row.form if row is not None else None)

    def form(self) -> tuple[PersonForm | None, dict[str, str]]:
        """The typed values, or None and the problems found before the service is asked."""
        text = self.birth_date.text().strip()
        born: date | None = None
        if text:
            try:
                born = date.fromisoformat(text)
            except ValueError:
                return None, {"birth_date": "birth_date_invalid"}
        kind = self.kind.currentData()
        young = kind in ("mentee", "mentor")
        return PersonForm(
            kind=kind,
            display_name=self.name.text(),
            language=self.language.currentData(),
            birth_date=born if young else None,
            age_band=self.age_band.currentData() if young else None,
            interests=tuple(c for c, b in self.interests.items() if b.isChecked()) if young else (),
            availability=tuple(c for c, b in self.availability.items() if b.isChecked())
            if young
            else (),  # fmt: skip
            guardian_name=self.guardian_name.text() if kind == "mentee" else "",
            guardian_contact=self.guardian_contact.text() if kind == "mentee" else "",
        ), {}

    def show_problems(self, problems: dict[str, str]) -> None:
        """The sentence under each field with a problem; the focus goes to the first one."""
        self.clear_problems()
        first: QWidget | None = None
        fields = {"display_name": self.name, "birth_date": self.birth_date,
                  "age_band": self.age_band, "guardian_name": self.guardian_name}  # fmt: skip
        for field, code in problems.items():
            label = self.errors.get(field)
            if label is None:
                continue
            label.setText("⚠ " + people_text.problem(code))
            label.show()
            widget = fields[field]
            widget.setAccessibleDescription(people_text.problem(code))
            first = first or widget
        if first is not None:
            first.setFocus()

    def clear_problems(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        for widget in (self.name, self.birth_date, self.age_band, self.guardian_name):
            widget.setAccessibleDescription("")
