"""The administrator templates in installers/policy match what the app accepts."""

from __future__ import annotations

import importlib.util
import json
import plistlib
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop.policy import REGISTRY_KEY, SETTINGS, load_policy, merge_policy, policy_schema

POLICY_DIR = Path(__file__).resolve().parents[2] / "installers" / "policy"
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}


def _schema_keys() -> set[str]:
    schema = json.loads((POLICY_DIR / "jumelage-policy.schema.json").read_text(encoding="utf-8"))
    return set(schema["$defs"]["settings"]["properties"])


def test_shipped_schema_is_the_one_the_app_validates_with():
    shipped = json.loads((POLICY_DIR / "jumelage-policy.schema.json").read_text(encoding="utf-8"))
    assert shipped == policy_schema()
    assert _schema_keys() == set(SETTINGS)


def test_admx_keys_match_schema_keys():
    root = ET.parse(POLICY_DIR / "jumelage.admx").getroot()
    by_key: dict[str, set[str]] = {}
    for policy in root.iterfind(".//p:policy", NS):
        names = {policy.get("valueName")} | {
            el.get("valueName") for el in policy.iterfind("p:elements/*", NS)
        }
        names.discard(None)
        assert len(names) == 1, policy.get("name")
        by_key.setdefault(policy.get("key"), set()).update(names)
    assert by_key == {
        REGISTRY_KEY: _schema_keys(),
        REGISTRY_KEY + "\\Recommended": _schema_keys(),
    }


def test_adml_files_define_every_string_and_presentation_in_both_languages():
    admx = (POLICY_DIR / "jumelage.admx").read_text(encoding="utf-8")
    strings = set(re.findall(r"\$\(string\.([^)]+)\)", admx))
    presentations = set(re.findall(r"\$\(presentation\.([^)]+)\)", admx))
    for culture in ("en-US", "fr-FR", "fr-CA"):  # fr-CA: Windows in Canadian French
        root = ET.parse(POLICY_DIR / culture / "jumelage.adml").getroot()
        defined = {el.get("id") for el in root.iterfind(".//p:stringTable/p:string", NS)}
        shown = {el.get("id") for el in root.iterfind(".//p:presentationTable/p:presentation", NS)}
        assert strings <= defined, (culture, strings - defined)
        assert presentations <= shown, (culture, presentations - shown)
        texts = [el.text for el in root.iterfind(".//p:stringTable/p:string", NS)]
        assert all(t and t.strip() for t in texts), culture


def test_example_policy_and_mobileconfig_are_valid(tmp_path):
    example = load_policy([POLICY_DIR / "policy.example.json"])
    assert example.problems == [] and example.managed["shared_pc"] is True

    profile = plistlib.loads((POLICY_DIR / "ca.jumelage.desktop.mobileconfig").read_bytes())
    [payload] = profile["PayloadContent"]
    assert payload["PayloadType"] == "ca.jumelage.desktop"
    managed_prefs = tmp_path / "ca.jumelage.desktop.plist"  # what macOS writes from the payload
    managed_prefs.write_bytes(plistlib.dumps(payload))
    from_mac = load_policy([managed_prefs])
    assert from_mac.problems == []
    assert from_mac.managed == example.managed
    assert from_mac.recommended == example.recommended


def test_generated_files_are_up_to_date():
    spec = importlib.util.spec_from_file_location("policy_generate", POLICY_DIR / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    for relative, text in generate.render_all().items():
        on_disk = (POLICY_DIR / relative).read_text(encoding="utf-8")
        assert on_disk == text, f"{relative} is stale: run python installers/policy/generate.py"
    assert merge_policy([]).problems == []
