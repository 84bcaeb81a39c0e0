"""French for strings still waiting in `i18n-pending-*.tsv` (not yet merged into the .ts files).

Engineers add UI strings to a pending table instead of editing the shared .ts files; this helper
compiles those tables into a temporary .qm with Qt's own `lrelease` and installs it over the
shipped translation, so a test can check the French of a new window before the merge. Once the
tables are merged (and deleted) it installs nothing and the shipped .qm answers alone.
Plural entries are written `singular || plural`, and a line break inside a text `\\n`.
"""

from __future__ import annotations

import subprocess
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

from desktop.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
_compiled: dict[str, Path | None] = {}


def pending_tables() -> list[tuple[str, str, str]]:
    rows = []
    for table in sorted(ROOT.glob("i18n-pending-*.tsv")):
        for line in table.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and all(parts):  # a line break inside a text is written \n
                rows.append((parts[0], *(p.replace("\\n", "\n") for p in parts[1:])))
    return rows


def _qm() -> Path | None:
    if "fr" in _compiled:
        return _compiled["fr"]
    rows = pending_tables()
    if not rows:
        _compiled["fr"] = None
        return None
    root = ET.Element("TS", version="2.1", language="fr_CA", sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for context, source, french in rows:
        ctx = contexts.get(context)
        if ctx is None:
            ctx = contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = context
        message = ET.SubElement(ctx, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if "%n" in source and " || " in french:
            message.set("numerus", "yes")
            for form in french.split(" || "):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = french
    folder = Path(tempfile.mkdtemp(prefix="pending-i18n-"))
    ts, qm = folder / "pending_fr.ts", folder / "pending_fr.qm"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = i18n._tool("pyside6-lrelease")
    assert lrelease, "pyside6-lrelease is needed to check pending French strings"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    _compiled["fr"] = qm
    return qm


@contextmanager
def in_french(app: QCoreApplication) -> Iterator[None]:
    """The app in French, pending strings included; back to English on exit."""
    i18n.install_language(app, "fr")
    pending = QTranslator(app)
    qm = _qm()
    loaded = qm is not None and pending.load(str(qm))
    if loaded:
        app.installTranslator(pending)  # the last installed is asked first
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    try:
        yield
    finally:
        if loaded:
            app.removeTranslator(pending)
        i18n.install_language(app, "en")
