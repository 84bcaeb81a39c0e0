# ruff: noqa: E501  (the bilingual text table reads best one setting per line)
"""Write the policy templates for administrators from the settings table in ``desktop/policy.py``.

Run ``python installers/policy/generate.py`` after adding or changing a setting; it rewrites the
JSON Schema, the Windows ADMX/ADML templates (English and French), the example policy.json and
the macOS .mobileconfig example. tests/policy checks that the files on disk match this output, so
the templates cannot drift from what the app accepts. Build-time tool; not part of the app.
"""

from __future__ import annotations

import json
import plistlib
import sys
import uuid
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from desktop.policy import REGISTRY_KEY, SETTINGS, policy_schema  # noqa: E402

# Display name, explanation and control label for each setting, in English and French.
TEXT: dict[str, dict[str, tuple[str, str, str]]] = {
    "server_url": {
        "en": (
            "Sync server address",
            "The web address of your organisation's Jumelage server, for example https://jumelage.example.ca.",
            "Server address",
        ),
        "fr": (
            "Adresse du serveur de synchronisation",
            "L'adresse web du serveur Jumelage de votre organisme, par exemple https://jumelage.exemple.ca.",
            "Adresse du serveur",
        ),
    },
    "organisation": {
        "en": (
            "Organisation name",
            "The organisation name shown on the sign-in screen.",
            "Organisation",
        ),
        "fr": (
            "Nom de l'organisme",
            "Le nom de l'organisme affiché à l'écran de connexion.",
            "Organisme",
        ),
    },
    "shared_pc": {
        "en": (
            "Shared computer",
            "This computer is used by several people (library, school, community centre). Turns on the protections for shared computers.",
            "",
        ),
        "fr": (
            "Ordinateur partagé",
            "Cet ordinateur sert à plusieurs personnes (bibliothèque, école, centre communautaire). Active les protections pour ordinateurs partagés.",
            "",
        ),
    },
    "idle_lock_minutes": {
        "en": (
            "Lock after inactivity (minutes)",
            "Jumelage locks after this many minutes without activity (1 to 240).",
            "Minutes",
        ),
        "fr": (
            "Verrouiller après inactivité (minutes)",
            "Jumelage se verrouille après ce nombre de minutes sans activité (1 à 240).",
            "Minutes",
        ),
    },
    "wipe_on_signout": {
        "en": (
            "Delete local data at sign-out",
            "On sign-out, delete the person's local profile. Their data stays on the server and returns at the next sign-in.",
            "",
        ),
        "fr": (
            "Effacer les données locales à la déconnexion",
            "À la déconnexion, supprimer le profil local de la personne. Ses données restent sur le serveur et reviennent à la prochaine connexion.",
            "",
        ),
    },
    "allow_remember_passphrase": {
        "en": (
            'Allow "remember me"',
            "Allow people to keep their profile key in the system keyring so they do not type their passphrase each time. Turn off on shared computers.",
            "",
        ),
        "fr": (
            "Permettre « se souvenir de moi »",
            "Permettre de garder la clé du profil dans le trousseau du système pour ne pas retaper la phrase de passe. À désactiver sur les ordinateurs partagés.",
            "",
        ),
    },
    "language": {
        "en": (
            "Interface language",
            "The language of the interface. When not configured, Jumelage follows the system language.",
            "Language",
        ),
        "fr": (
            "Langue de l'interface",
            "La langue de l'interface. Si ce paramètre n'est pas configuré, Jumelage suit la langue du système.",
            "Langue",
        ),
    },
    "video": {
        "en": (
            "Call mode",
            "auto chooses from the measured connection; low caps video quality; audio turns video off; off disables calls.",
            "Mode",
        ),
        "fr": (
            "Mode d'appel",
            "auto choisit selon la connexion mesurée; low limite la qualité vidéo; audio coupe la vidéo; off désactive les appels.",
            "Mode",
        ),
    },
    "require_canadian_hosting": {
        "en": (
            "Require hosting in Canada",
            "Refuse to connect to a server that does not declare that it is hosted in Canada.",
            "",
        ),
        "fr": (
            "Exiger un hébergement au Canada",
            "Refuser de se connecter à un serveur qui ne déclare pas être hébergé au Canada.",
            "",
        ),
    },
    "disable_updates": {
        "en": (
            "Disable update checks",
            "Do not check for new versions; your IT team deploys updates.",
            "",
        ),
        "fr": (
            "Désactiver la recherche de mises à jour",
            "Ne pas chercher de nouvelles versions; votre équipe informatique déploie les mises à jour.",
            "",
        ),
    },
    "allow_insecure_http": {
        "en": (
            "Allow unencrypted http:// servers",
            "Allow a server address starting with http:// on another computer. Only for a closed local network: the session token and every request then travel unencrypted. Without this policy, Jumelage accepts http:// only to this computer itself (a demo server) and otherwise requires https://.",
            "",
        ),
        "fr": (
            "Permettre les serveurs http:// non chiffrés",
            "Permet une adresse de serveur commençant par http:// sur un autre ordinateur. Seulement pour un réseau local fermé : le jeton de session et chaque requête circulent alors sans chiffrement. Sans cette politique, Jumelage n'accepte http:// que vers cet ordinateur lui-même (un serveur de démonstration) et exige https:// autrement.",
            "",
        ),
    },
    "data_dir": {
        "en": (
            "Local data folder",
            "The folder where encrypted local profiles are kept. Environment variables such as %LOCALAPPDATA% are expanded.",
            "Folder",
        ),
        "fr": (
            "Dossier des données locales",
            "Le dossier où sont gardés les profils locaux chiffrés. Les variables d'environnement comme %LOCALAPPDATA% sont remplacées.",
            "Dossier",
        ),
    },
    "text_scale": {
        "en": (
            "Text size",
            "Text size factor, from 1.0 (normal) to 2.0 (double).",
            "Factor (1.0 to 2.0)",
        ),
        "fr": (
            "Taille du texte",
            "Facteur de taille du texte, de 1.0 (normal) à 2.0 (double).",
            "Facteur (1.0 à 2.0)",
        ),
    },
    "high_contrast": {
        "en": ("High contrast", "Use the high-contrast theme.", ""),
        "fr": ("Contraste élevé", "Utiliser le thème à contraste élevé.", ""),
    },
}
ENUM_LABELS = {
    "en": {
        "fr": "Français",
        "en": "English",
        "auto": "Automatic",
        "low": "Low video",
        "audio": "Audio only",
        "off": "Off",
    },
    "fr": {
        "fr": "Français",
        "en": "English",
        "auto": "Automatique",
        "low": "Vidéo réduite",
        "audio": "Audio seulement",
        "off": "Désactivé",
    },
}
CATEGORY_TEXT = {
    "en": ("Jumelage", "Jumelage (default settings, people may change)", "Jumelage 1.0 and later"),
    "fr": (
        "Jumelage",
        "Jumelage (réglages par défaut, modifiables)",
        "Jumelage 1.0 et versions ultérieures",
    ),
}
EXAMPLE_POLICY = {
    "managed": {
        "server_url": "https://jumelage.example.ca",
        "organisation": "Example Community Centre",
        "shared_pc": True,
        "idle_lock_minutes": 5,
        "allow_remember_passphrase": False,
        "require_canadian_hosting": True,
        "disable_updates": True,
        "allow_insecure_http": False,
    },
    "recommended": {"language": "fr", "video": "auto", "text_scale": 1.0},
}
# Fixed so that regenerating gives the same file.
PROFILE_UUID = "6B1B7E0C-5F0B-4C55-9C1E-2F1B9D3A7A10"
PAYLOAD_UUID = "0E3C6F31-8A87-4B2C-A7C5-8D5E2B6C9F42"


def _kind(key: str) -> str:
    schema = SETTINGS[key].schema
    if "enum" in schema:
        return "enum"
    declared = schema["type"]
    declared = [t for t in declared if t != "null"][0] if isinstance(declared, list) else declared
    return {"boolean": "bool", "integer": "decimal", "number": "text", "string": "text"}[declared]


def _elements(key: str) -> str:
    schema, kind = SETTINGS[key].schema, _kind(key)
    if kind == "decimal":
        return (
            f'<elements><decimal id="{key}" valueName="{key}" required="true" '
            f'minValue="{schema["minimum"]}" maxValue="{schema["maximum"]}" /></elements>'
        )
    if kind == "text":
        expandable = ' expandable="true"' if key == "data_dir" else ""
        return f'<elements><text id="{key}" valueName="{key}" required="true"{expandable} /></elements>'
    if kind == "enum":
        items = "".join(
            f'<item displayName="$(string.{key}_{v})"><value><string>{v}</string></value></item>'
            for v in schema["enum"]
            if v is not None
        )
        return f'<elements><enum id="{key}" valueName="{key}" required="true">{items}</enum></elements>'
    return (
        '<enabledValue><decimal value="1" /></enabledValue>'
        '<disabledValue><decimal value="0" /></disabledValue>'
    )


def render_admx() -> str:
    policies = []
    for suffix, regkey, category in (
        ("", REGISTRY_KEY, "Jumelage"),
        ("_recommended", REGISTRY_KEY + r"\Recommended", "JumelageRecommended"),
    ):
        for key in SETTINGS:
            presentation = "" if _kind(key) == "bool" else f' presentation="$(presentation.{key})"'
            value_name = f' valueName="{key}"' if _kind(key) == "bool" else ""
            policies.append(
                f'    <policy name="{key}{suffix}" class="Machine" displayName="$(string.{key})" '
                f'explainText="$(string.{key}_Explain)" key="{regkey}"{value_name}{presentation}>\n'
                f'      <parentCategory ref="{category}" />\n'
                f'      <supportedOn ref="SUPPORTED_Jumelage" />\n'
                f"      {_elements(key)}\n"
                f"    </policy>"
            )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" '
        'xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">\n'
        '  <policyNamespaces>\n    <target prefix="jumelage" namespace="Jumelage.Policies" />\n'
        '  </policyNamespaces>\n  <resources minRequiredRevision="1.0" />\n'
        "  <supportedOn>\n    <definitions>\n"
        '      <definition name="SUPPORTED_Jumelage" displayName="$(string.SUPPORTED_Jumelage)" />\n'
        "    </definitions>\n  </supportedOn>\n"
        '  <categories>\n    <category name="Jumelage" displayName="$(string.Jumelage)" />\n'
        '    <category name="JumelageRecommended" displayName="$(string.JumelageRecommended)">\n'
        '      <parentCategory ref="Jumelage" />\n    </category>\n  </categories>\n'
        "  <policies>\n" + "\n".join(policies) + "\n  </policies>\n</policyDefinitions>\n"
    )


CULTURES = {"en-US": "en", "fr-FR": "fr", "fr-CA": "fr"}  # Windows falls back to en-US only


def render_adml(culture: str) -> str:
    lang = CULTURES[culture]
    category, recommended, supported = CATEGORY_TEXT[lang]
    strings = [
        ("Jumelage", category),
        ("JumelageRecommended", recommended),
        ("SUPPORTED_Jumelage", supported),
    ]
    presentations = []
    for key in SETTINGS:
        name, explain, label = TEXT[key][lang]
        strings += [(key, name), (f"{key}_Explain", explain)]
        kind = _kind(key)
        if kind == "enum":
            strings += [
                (f"{key}_{v}", ENUM_LABELS[lang][v])
                for v in SETTINGS[key].schema["enum"]
                if v is not None
            ]
            control = f'<dropdownList refId="{key}">{escape(label)}</dropdownList>'
        elif kind == "decimal":
            control = f'<decimalTextBox refId="{key}" defaultValue="{SETTINGS[key].default}">{escape(label)}</decimalTextBox>'
        elif kind == "text":
            control = f'<textBox refId="{key}"><label>{escape(label)}</label></textBox>'
        else:
            continue
        presentations.append(f'      <presentation id="{key}">{control}</presentation>')
    table = "\n".join(f'      <string id="{sid}">{escape(text)}</string>' for sid, text in strings)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" '
        'xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">\n'
        f"  <displayName>Jumelage</displayName>\n  <description>Jumelage ({culture})</description>\n"
        "  <resources>\n    <stringTable>\n" + table + "\n    </stringTable>\n"
        "    <presentationTable>\n" + "\n".join(presentations) + "\n    </presentationTable>\n"
        "  </resources>\n</policyDefinitionResources>\n"
    )


def render_mobileconfig() -> str:
    payload = {
        "PayloadType": "ca.jumelage.desktop",
        "PayloadIdentifier": "ca.jumelage.desktop.policy",
        "PayloadUUID": PAYLOAD_UUID,
        "PayloadVersion": 1,
        "PayloadDisplayName": "Jumelage",
        **EXAMPLE_POLICY["managed"],
        "recommended": EXAMPLE_POLICY["recommended"],
    }
    profile = {
        "PayloadContent": [payload],
        "PayloadDisplayName": "Jumelage policy (example)",
        "PayloadIdentifier": "ca.jumelage.desktop.profile",
        "PayloadOrganization": "Example Community Centre",
        "PayloadScope": "System",
        "PayloadType": "Configuration",
        "PayloadUUID": PROFILE_UUID,
        "PayloadVersion": 1,
    }
    assert uuid.UUID(PROFILE_UUID) and uuid.UUID(PAYLOAD_UUID)
    return plistlib.dumps(profile, sort_keys=True).decode("utf-8")


def render_all() -> dict[str, str]:
    """Every generated file, by path relative to this folder."""
    return {
        "jumelage-policy.schema.json": json.dumps(policy_schema(), indent=2, ensure_ascii=False)
        + "\n",
        "policy.example.json": json.dumps(EXAMPLE_POLICY, indent=2, ensure_ascii=False) + "\n",
        "jumelage.admx": render_admx(),
        **{f"{culture}/jumelage.adml": render_adml(culture) for culture in CULTURES},
        "ca.jumelage.desktop.mobileconfig": render_mobileconfig(),
    }


def main() -> None:
    for relative, text in render_all().items():
        target = HERE / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
