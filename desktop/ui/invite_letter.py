"""The one-page invite letter, in the invited person's language, printed or saved as PDF.

The letter's words are templates in `desktop/resources/letters/invite_{fr,en}.html` (so the
letter follows the person's language, not the staff member's); the code, name, role and
server address are filled in, escaped. It is drawn with Qt's own text layout onto a printer
(`QPrintDialog`) or a `QPdfWriter` at a path the staff member chose: no browser, no
temporary file. Runs on the UI thread.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.resources import BUNDLED

ROLE_WORDS = {
    "fr": {"mentor": "mentor ou mentore", "mentee": "jeune", "staff": "membre de l’équipe"},
    "en": {"mentor": "mentor", "mentee": "mentee", "staff": "staff member"},
}


def letter_html(invitation: Any, program: str, folder: Path | None = None) -> str:
    """The letter as HTML in `invitation.language`, every value escaped."""
    language = invitation.language if invitation.language in ROLE_WORDS else "fr"
    template = ((folder or BUNDLED.path("letters")) / f"invite_{language}.html").read_text(
        encoding="utf-8"
    )
    values = {
        "program": program or "Jumelage",
        "name": invitation.display_name,
        "role": ROLE_WORDS[language].get(invitation.kind, invitation.kind),
        "server": invitation.server_url,
        "code": invitation.code,
    }
    return template.format(**{key: html.escape(value) for key, value in values.items()})


def letter_document(invitation: Any, program: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(letter_html(invitation, program))
    return doc


def _prepare(device: QPagedPaintDevice) -> None:
    device.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    device.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)


def print_on(doc: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay the letter out on `device`'s pages (a printer or a PDF writer)."""
    doc.print_(device)


def save_pdf(invitation: Any, program: str, path: Path) -> None:
    """Write the letter to a one-page PDF at `path` (a place the staff member chose)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle("Jumelage")
    _prepare(writer)
    print_on(letter_document(invitation, program), writer)
