"""Translations: every French string is translated, the build works from the sources, and the
language follows policy, then the OS."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop.ui import i18n
from tests.support.pending_i18n import pending_tables


def unfinished(ts_file: Path) -> list[str]:
    """Sources whose translation is missing, marked unfinished, or blank."""
    bad = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        if (
            translation is None
            or translation.get("type") in ("unfinished", None)
            and not ((translation.text or "").strip() or len(translation))
        ):
            bad.append(message.findtext("source"))
        elif translation.get("type") == "unfinished":
            bad.append(message.findtext("source"))
    return bad


def test_no_french_string_is_left_unfinished():
    ts = i18n.I18N_DIR / "jumelage_fr.ts"
    assert ET.parse(ts).getroot().get("language") == "fr_CA"
    assert unfinished(ts) == []


def test_the_committed_translations_cover_every_string_in_the_sources(tmp_path, monkeypatch):
    """Re-extracting from today's sources must find nothing new to translate."""
    for lang in i18n.LANGUAGES:
        shutil.copy(i18n.I18N_DIR / f"jumelage_{lang}.ts", tmp_path)
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    built = i18n.build()
    assert [p.name for p in built] == ["jumelage_fr.qm", "jumelage_en.qm"]
    assert all(p.stat().st_size > 100 for p in built)
    # A string may wait in an i18n-pending-*.tsv table until the integrator merges it.
    pending = {source for _context, source, _french in pending_tables()}
    assert [s for s in unfinished(tmp_path / "jumelage_fr.ts") if s not in pending] == []
    assert unfinished(tmp_path / "jumelage_en.ts") == []
    sources = {m.findtext("source") for m in ET.parse(tmp_path / "jumelage_fr.ts").iter("message")}
    assert "Sign in" in sources and "Lock (Ctrl+L)" in sources


def test_language_choice_follows_setting_then_os(monkeypatch):
    assert i18n.choose_language("fr") == "fr"
    assert i18n.choose_language("en") == "en"
    monkeypatch.setattr(i18n, "system_language", lambda: "fr")
    assert i18n.choose_language(None) == "fr"


def test_unknown_language_is_refused(qapp):
    try:
        i18n.install_language(qapp, "de")
    except ValueError as exc:
        assert "de" in str(exc)
    else:
        raise AssertionError("an unsupported language was accepted")
    assert i18n.current_language() == "en"
