"""Languages: choosing, installing and switching the translation at runtime; building .qm files.

`install_language(app, lang)` swaps the installed translators; Qt then sends every widget a
`QEvent.LanguageChange`, which our windows answer by calling their own `retranslate()`.
`python -m desktop.ui.i18n build` refreshes the catalogues (desktop/resources/i18n/*.ts, package
data) from the sources with `pyside6-lupdate` (keeping existing translations) and compiles them
with `pyside6-lrelease`.
Runs on the UI thread (install) or as a command-line tool (build).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from desktop.resources import BUNDLED

LANGUAGES = ("fr", "en")
I18N_DIR = BUNDLED.path("i18n")
DESKTOP = Path(__file__).resolve().parents[1]  # the sources lupdate reads, not resources
SOURCES = [DESKTOP / "ui", DESKTOP / "controllers", DESKTOP / "app.py"]

_installed: list[QTranslator] = []
_current: str | None = None


def system_language() -> str:
    """The OS locale's language if we have it, else English."""
    name = QLocale.system().name().lower()
    return "fr" if name.startswith("fr") else "en"


def choose_language(configured: str | None) -> str:
    """Policy/user setting first, then the OS locale."""
    return configured if configured in LANGUAGES else system_language()


def current_language() -> str | None:
    return _current


def install_language(app: QCoreApplication, lang: str) -> str:
    """Install our translation (and Qt's own, for standard buttons) for `lang`; returns it.

    Safe to call again at runtime: the previous translators are removed first, so widgets
    receive one LanguageChange and re-translate themselves.
    """
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language: {lang!r}")
    # The locale first: screens format dates and times while they answer LanguageChange.
    QLocale.setDefault(
        QLocale(
            QLocale.Language.French if lang == "fr" else QLocale.Language.English,
            QLocale.Country.Canada,
        )
    )
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(str(I18N_DIR / f"jumelage_{lang}.qm")):
        _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if lang != "en" and qtbase.load(f"qtbase_{lang}", qt_dir):
        _installed.append(qtbase)
    for translator in _installed:
        app.installTranslator(translator)
    # Qt posts LanguageChange to each window; deliver now so the switch is complete on return.
    _current = lang
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return lang


# --- build -------------------------------------------------------------------------------


def _tool(name: str) -> str | None:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else shutil.which(name)


def _source_files() -> list[str]:
    files: list[str] = []
    for src in SOURCES:
        files += [str(p) for p in sorted(src.rglob("*.py"))] if src.is_dir() else [str(src)]
    return files


def english_plurals(source: str) -> tuple[str, str]:
    """English singular and plural of a `%n` source written "(s)": "1 message", "2 messages"."""
    return source.replace("(s)", ""), source.replace("(s)", "s")


def _fill_identity(ts_file: Path) -> None:
    """English is the source language: mark each English entry as translated by itself (plural
    entries get their singular and plural forms)."""
    tree = ET.parse(ts_file)
    changed = False
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        source = message.findtext("source") or ""
        forms = translation.findall("numerusform")
        stale = any("(s)" in (form.text or "") for form in forms)  # filled before plurals
        if translation.get("type") != "unfinished" and not stale:
            continue
        for form, text in zip(forms, english_plurals(source), strict=False):
            form.text = text  # "%n message(s) found" -> "%n message found", "%n messages found"
        if not forms:
            translation.text = source
        translation.attrib.pop("type", None)
        changed = True
    if changed:
        ET.indent(tree, space="    ")
        with open(ts_file, "wb") as out:
            out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(out, encoding="utf-8", xml_declaration=False)
            out.write(b"\n")


def build(*, quiet: bool = True) -> list[Path]:
    """Refresh the .ts files from the sources (when lupdate exists) and compile the .qm files."""
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    out = subprocess.DEVNULL if quiet else None
    lupdate, lrelease = _tool("pyside6-lupdate"), _tool("pyside6-lrelease")
    built: list[Path] = []
    for lang in LANGUAGES:
        ts = I18N_DIR / f"jumelage_{lang}.ts"
        if lupdate:
            subprocess.run(
                [lupdate, *_source_files(), "-locations", "none", "-no-obsolete",
                 "-source-language", "en", "-target-language", "fr_CA" if lang == "fr" else "en_CA",
                 "-ts", str(ts)],
                check=True, stdout=out,
            )  # fmt: skip
            if lang == "en":
                _fill_identity(ts)
        elif not ts.exists():
            raise SystemExit(f"{ts} is missing and pyside6-lupdate is not available")
        if not lrelease:
            raise SystemExit("pyside6-lrelease is not available: install PySide6")
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True, stdout=out)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] != ["build"]:
        print("usage: python -m desktop.ui.i18n build", file=sys.stderr)
        return 2
    for qm in build(quiet="-v" not in args):
        print(f"built {qm}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
