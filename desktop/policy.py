"""Settings: the administrator's policy, then the person's own choices, then built-in defaults.

A policy has two levels, as in Firefox and Chrome: *managed* values are locked, *recommended*
values are defaults the person may change. Precedence is managed > user > recommended > default.
Policy comes from ``/etc/jumelage/policy.json`` (Linux), ``%ProgramData%\\Jumelage\\policy.json``
and ``HKLM\\SOFTWARE\\Policies\\Jumelage`` (Windows), and the managed preferences plist (macOS),
checked against the JSON Schema shipped as ``installers/policy/jumelage-policy.schema.json``
(built from ``SETTINGS`` below; a test keeps the two equal). A policy source that cannot be used
contributes nothing and puts the safety settings at their safest values, locked, so a broken
file never starts the app unlocked. Pure Python, no Qt; called on the UI thread at start-up.
"""

from __future__ import annotations

import json
import ntpath
import os
import plistlib
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from jumelage_protocol import CodedError

if TYPE_CHECKING:  # jsonschema costs ~80-160 ms to import: loaded only when something is checked
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

ENV_VAR = "JUMELAGE_POLICY"
REGISTRY_KEY = r"SOFTWARE\Policies\Jumelage"
REGISTRY_LABEL = "HKLM\\" + REGISTRY_KEY
SECTIONS = ("managed", "recommended")
SCHEMA_ID = "https://jumelage.ca/schemas/jumelage-policy.schema.json"


@dataclass(frozen=True)
class SettingSpec:
    """One setting: its default and the JSON Schema its values must meet."""

    key: str
    default: Any  # a JSON value: its type depends on the setting
    schema: Mapping[str, Any]
    description: str


def _spec(key: str, default: Any, description: str, **schema: Any) -> SettingSpec:
    return SettingSpec(key, default, {"description": description, **schema}, description)


_BOOL = {"type": "boolean"}
# https only; plain http for this computer alone (the demo's local server), so a policy can
# never send passphrase-derived tokens across a network in clear
SERVER_URL_PATTERN = (
    r"^(?:https://[^\s/?#]+"
    r"|http://(?:127\.0\.0\.1|localhost|\[::1\])(?::[0-9]+)?(?=[/?#]|$))[^\s]*$"
)
SETTINGS: dict[str, SettingSpec] = {
    s.key: s
    for s in (
        _spec(
            "server_url",
            "http://127.0.0.1:8765",
            "Address of the Jumelage sync server (https://; http:// only for 127.0.0.1).",
            type="string",
            pattern=SERVER_URL_PATTERN,
            maxLength=2048,
        ),
        _spec(
            "organisation",
            None,
            "Organisation shown at sign-in.",
            type=["string", "null"],
            maxLength=200,
        ),
        _spec("shared_pc", False, "This computer is shared by several people.", **_BOOL),
        _spec(
            "idle_lock_minutes",
            10,
            "Minutes without activity before the app locks.",
            type="integer",
            minimum=1,
            maximum=240,
        ),
        _spec("wipe_on_signout", False, "Delete the local profile at sign-out.", **_BOOL),
        _spec(
            "allow_remember_passphrase",
            True,
            "Allow keeping the profile key in the system keyring.",
            **_BOOL,
        ),
        _spec(
            "language",
            None,
            "Interface language; null follows the system.",
            enum=[None, "fr", "en"],
        ),
        _spec("video", "auto", "Call mode.", enum=["auto", "low", "audio", "off"]),
        _spec(
            "require_canadian_hosting",
            False,
            "Refuse a server that does not declare hosting in Canada.",
            **_BOOL,
        ),
        _spec("disable_updates", False, "Do not check for updates.", **_BOOL),
        _spec(
            "allow_insecure_http",
            False,
            "Allow a server address in plain http:// beyond this computer (a closed local "
            "network only); the session token then travels unencrypted.",
            **_BOOL,
        ),
        _spec(
            "data_dir",
            None,
            "Folder for local profiles; null uses the system's application data folder.",
            type=["string", "null"],
            minLength=1,
            maxLength=4096,
        ),
        _spec("text_scale", 1.0, "Text size factor.", type="number", minimum=1.0, maximum=2.0),
        _spec("high_contrast", False, "Use the high-contrast theme.", **_BOOL),
    )
}
DEFAULTS: dict[str, Any] = {k: s.default for k, s in SETTINGS.items()}
SAFE_IDLE_LOCK_MINUTES = 5
FALLBACK_SOURCE = "<fallback>"  # managed_by value for keys locked by the safe fallback


def policy_schema() -> dict[str, Any]:
    """The policy file's JSON Schema (draft 2020-12); the shipped file is this, written out."""
    settings = {
        "type": "object",
        "properties": {k: dict(s.schema) for k, s in SETTINGS.items()},
        "additionalProperties": False,
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Jumelage administrator policy",
        "description": "managed values are locked; recommended ones are defaults one may change.",
        "type": "object",
        "properties": {
            "$schema": {"type": "string"},
            "managed": {"$ref": "#/$defs/settings"},
            "recommended": {"$ref": "#/$defs/settings"},
        },
        "additionalProperties": False,
        "$defs": {"settings": settings},
    }


@cache
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(policy_schema())


@cache
def _key_validator(key: str) -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(dict(SETTINGS[key].schema))


# -- errors -------------------------------------------------------------------------------------


class SettingsError(CodedError):
    """Base of settings errors; ``code`` is stable so the UI can translate it."""

    code = "settings.error"

    def __init__(self, key: str, message: str) -> None:
        super().__init__(detail=message)
        self.key = key


class SettingLocked(SettingsError):
    code = "settings.locked"


class UnknownSetting(SettingsError):
    code = "settings.unknown"


class InvalidSettingValue(SettingsError):
    code = "settings.invalid_value"


@dataclass(frozen=True)
class PolicyProblem:
    """Why a policy source was ignored, in plain English for the administrator."""

    source: str
    key: str | None
    message: str
    code: str = "policy.invalid"


# -- the loaded policy --------------------------------------------------------------------------


@dataclass
class Policy:
    """Merged policy: ``managed`` (locked) and ``recommended`` values, and what went wrong."""

    managed: dict[str, Any] = field(default_factory=dict)
    recommended: dict[str, Any] = field(default_factory=dict)
    problems: list[PolicyProblem] = field(default_factory=list)
    managed_by: dict[str, str] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)

    @property
    def fallback(self) -> bool:
        """True when a broken source put the safety settings at their safest values."""
        return bool(self.problems)


Document = Mapping[str, Any]  # a policy file's JSON: values are any JSON the schema allows
# what a source holds (any JSON, or None for no source): ``_load_source`` checks it is a Document
Loader = Callable[[], object]


def system_policy_sources() -> list[tuple[str, Loader]]:
    """The machine's own policy locations for this platform, highest priority first."""
    if sys.platform == "win32":
        program_data = Path(os.environ.get("ProgramData", r"C:\ProgramData"))
        return [
            (REGISTRY_LABEL, _read_registry),
            *policy_file_sources([program_data / "Jumelage" / "policy.json"]),
        ]
    if sys.platform == "darwin":
        return policy_file_sources(
            [
                Path("/Library/Managed Preferences/ca.jumelage.desktop.plist"),
                Path("/Library/Application Support/Jumelage/policy.json"),
            ]
        )
    return policy_file_sources([Path("/etc/jumelage/policy.json")])


def load_policy(paths: Sequence[Path] | None = None, *, extra: Sequence[Path] = ()) -> Policy:
    """Read and merge policy sources; never raises for a bad source (see ``Policy.problems``).

    ``paths`` given: exactly those files (tests). Otherwise the machine's sources, then the files
    named in ``JUMELAGE_POLICY`` (separated by ``os.pathsep``), then ``extra`` (``--policy FILE``).
    Earlier sources win, so a file a person points to can add settings but never lift a lock the
    administrator set.
    """
    if paths is not None:
        sources = policy_file_sources(paths)
    else:
        env = [Path(p) for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p]
        sources = [*system_policy_sources(), *policy_file_sources([*env, *extra])]
    return merge_policy(sources)


def merge_policy(sources: Iterable[tuple[str, Loader]]) -> Policy:
    """Merge ``(label, loader)`` sources, highest priority first; bad ones are only recorded."""
    policy = Policy()
    for label, loader in sources:
        document, problems = _load_source(label, loader)
        policy.problems.extend(problems)
        if document is None:
            continue
        policy.sources.append(label)
        for key, value in document.get("managed", {}).items():
            if key not in policy.managed:
                policy.managed[key] = _normalise(key, value)
                policy.managed_by[key] = label
        for key, value in document.get("recommended", {}).items():
            policy.recommended.setdefault(key, _normalise(key, value))
    if policy.problems:
        _apply_safest(policy)
    return policy


def _apply_safest(policy: Policy) -> None:
    """Lock the settings that protect people on a shared PC at their safest values.

    ``wipe_on_signout`` is left as configured: on a shared PC the local store may hold work not
    yet synced, and wiping it because of a typo in a policy file would lose that work.
    """
    configured_idle = policy.managed.get(
        "idle_lock_minutes",
        policy.recommended.get("idle_lock_minutes", DEFAULTS["idle_lock_minutes"]),
    )
    safest = {
        "shared_pc": True,
        "allow_remember_passphrase": False,
        "require_canadian_hosting": True,
        "allow_insecure_http": False,
        "idle_lock_minutes": min(configured_idle, SAFE_IDLE_LOCK_MINUTES),
    }
    for key, value in safest.items():
        policy.managed[key] = value
        policy.managed_by[key] = FALLBACK_SOURCE


def policy_file_sources(paths: Iterable[Path]) -> list[tuple[str, Loader]]:
    """One ``(label, loader)`` source per file, for ``merge_policy``."""
    return [(str(p), partial(_read_file, Path(p))) for p in paths]


def _read_file(path: Path) -> object:
    """The file's content, or None when it does not exist (no policy is not a problem)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    if path.suffix.lower() == ".plist":
        return _plist_document(plistlib.loads(data))
    return json.loads(data.decode("utf-8"))


def _plist_document(plist: object) -> object:
    """macOS managed preferences hold managed keys at the top level, recommended ones in a dict."""
    if not isinstance(plist, dict):
        return plist  # the schema check reports it
    recommended = plist.get("recommended", {})
    managed = {
        k: v for k, v in plist.items() if k != "recommended" and not str(k).startswith("Payload")
    }
    return {"managed": managed, "recommended": recommended}


def _load_source(label: str, loader: Loader) -> tuple[Document | None, list[PolicyProblem]]:
    try:
        document = loader()
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        return None, [
            _problem(
                label, None, f"{label} is not valid JSON ({where}: {exc.msg}).", "policy.bad_json"
            )
        ]
    except UnicodeDecodeError:
        return None, [_problem(label, None, f"{label} is not UTF-8 text.", "policy.bad_json")]
    except plistlib.InvalidFileException:
        return None, [
            _problem(label, None, f"{label} is not a valid property list.", "policy.bad_plist")
        ]
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        message = f"{label} could not be read ({reason})."
        return None, [_problem(label, None, message, "policy.unreadable")]
    except Exception as exc:  # a malformed plist or registry value: still the admin's to fix
        message = f"{label} could not be read ({type(exc).__name__})."
        return None, [_problem(label, None, message, "policy.unreadable")]
    if document is None:
        return None, []
    problems = [p for error in _validator().iter_errors(document) for p in _describe(label, error)]
    if problems:
        return None, sorted(problems, key=lambda p: (p.key or "", p.message))
    return cast(Document, document), []  # the schema has just checked it is an object


def _problem(source: str, key: str | None, message: str, code: str) -> PolicyProblem:
    return PolicyProblem(source=source, key=key, message=message, code=code)


def _describe(label: str, error: ValidationError) -> list[PolicyProblem]:
    """Turn a schema error into sentences naming the file and the key."""
    path = [str(p) for p in error.absolute_path]
    if error.validator == "additionalProperties":
        allowed = _schema(error).get("properties", {})
        instance = error.instance if isinstance(error.instance, Mapping) else {}
        what = "a setting Jumelage knows" if path else "a section; use managed or recommended"
        return [
            _problem(
                label,
                extra,
                f"In {label}, {'.'.join([*path, extra])} is not {what}.",
                "policy.unknown_key",
            )
            for extra in sorted(k for k in instance if k not in allowed)
        ]
    key = path[-1] if len(path) >= 2 else (path[0] if path else None)
    name = ".".join(path) or "the policy"
    message = f"In {label}, {name} {_expectation(error)} (found {_show(error.instance)})."
    return [_problem(label, key, message, "policy.invalid_value")]


def _schema(error: ValidationError) -> Mapping[str, Any]:
    """The schema that failed: always an object in ours, never a bare true or false."""
    return error.schema if isinstance(error.schema, Mapping) else {}


def _expectation(error: ValidationError) -> str:
    schema = _schema(error)
    if error.validator == "enum":
        return "must be one of " + ", ".join(_show(v) for v in schema["enum"])
    if error.validator in ("minimum", "maximum") and "minimum" in schema and "maximum" in schema:
        return f"must be between {schema['minimum']} and {schema['maximum']}"
    if error.validator == "type":
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        words = {
            "boolean": "true or false",
            "integer": "a whole number",
            "number": "a number",
            "string": "text",
            "null": "null",
            "object": "an object",
        }
        return "must be " + " or ".join(words.get(k, str(k)) for k in kinds)
    if error.validator == "pattern":
        return "must be a web address starting with https:// (http:// only for this computer)"
    if error.validator in ("maxLength", "minLength"):
        return "has the wrong length"
    return "is not allowed"


def _show(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def _normalise(key: str, value: Any) -> Any:
    spec = SETTINGS[key]
    if spec.schema.get("type") == "integer":
        return int(value)
    if spec.schema.get("type") == "number":
        return float(value)
    return value


# -- Windows registry ---------------------------------------------------------------------------

RegistryReader = Callable[[str], Iterator[tuple[str, Any, int]]]
REG_SZ, REG_EXPAND_SZ, REG_DWORD = 1, 2, 4


def registry_document(read_values: RegistryReader) -> Document | None:
    """A policy document from ``HKLM\\SOFTWARE\\Policies\\Jumelage`` and its Recommended key.

    ``read_values(subkey)`` yields ``(name, value, type)`` and yields nothing for a missing key.
    Values are converted by the setting's type; what cannot be converted is passed on unchanged
    so the schema check names it.
    """
    document: dict[str, dict[str, Any]] = {}
    for section, subkey in (
        ("managed", REGISTRY_KEY),
        ("recommended", REGISTRY_KEY + r"\Recommended"),
    ):
        values = {
            name: _from_registry(name, value, kind) for name, value, kind in read_values(subkey)
        }
        if values:
            document[section] = values
    return document or None


def _from_registry(name: str, value: Any, kind: int) -> Any:
    spec = SETTINGS.get(name)
    if spec is None:
        return value
    if kind == REG_EXPAND_SZ and isinstance(value, str):
        value = ntpath.expandvars(value)  # Windows %VAR% syntax whatever the host
    declared = spec.schema.get("type")
    if declared == "boolean" and kind == REG_DWORD and value in (0, 1):
        return bool(value)
    if declared == "number" and isinstance(value, str):
        try:
            return float(value.replace(",", "."))
        except ValueError:
            return value
    if value == "" and None in (spec.schema.get("enum") or []) + (
        declared if isinstance(declared, list) else []
    ):
        return None
    return value


def _read_registry() -> Document | None:  # pragma: no cover - Windows only
    if sys.platform == "win32":  # the registry exists on Windows only, which alone calls this
        import winreg

        def read_values(subkey: str) -> Iterator[tuple[str, Any, int]]:
            try:
                handle = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, subkey)
            except FileNotFoundError:
                return
            with handle:
                index = 0
                while True:
                    try:
                        yield winreg.EnumValue(handle, index)
                    except OSError:
                        return
                    index += 1

        return registry_document(read_values)
    return None


# -- settings -----------------------------------------------------------------------------------


class Settings:
    """Effective settings for this person on this PC: policy, then their choices, then defaults.

    The user file holds only setting keys and plain values (no names, no personal data); it is
    written atomically (``vault.atomic``: temporary file, fsync, ``os.replace``, directory fsync).
    A full or read-only disk raises ``StorageFull`` / ``StorageReadOnly``. A missing or
    unreadable user file means "no choices yet"; unknown keys and bad values in it are ignored.
    """

    def __init__(self, policy: Policy | None = None, user_file: Path | None = None) -> None:
        self.policy = policy or Policy()
        self.user_file = user_file
        self._user = _read_user_file(user_file) if user_file else {}

    def get(self, key: str) -> Any:
        _check_known(key)
        for layer in (self.policy.managed, self._user, self.policy.recommended):
            if key in layer:
                return layer[key]
        return DEFAULTS[key]

    def from_policy(self, key: str) -> Any:
        """The administrator's value (managed, then recommended, then the default), ignoring
        the person's own choice: for what only an administrator may allow."""
        _check_known(key)
        for layer in (self.policy.managed, self.policy.recommended):
            if key in layer:
                return layer[key]
        return DEFAULTS[key]

    def is_locked(self, key: str) -> bool:
        _check_known(key)
        return key in self.policy.managed

    def lock_reason(self, key: str) -> str | None:
        """Why a setting cannot be changed, in plain English; None when it can."""
        if not self.is_locked(key):
            return None
        source = self.policy.managed_by.get(key, "")
        if source == FALLBACK_SOURCE:
            broken = ", ".join(sorted({p.source for p in self.policy.problems}))
            return f"Set to its safest value because the policy could not be used ({broken})"
        return f"Set by your organisation's administrator ({source})"

    def set(self, key: str, value: Any) -> None:
        """Save the person's choice; raises ``SettingLocked`` or ``InvalidSettingValue``."""
        _check_known(key)
        if self.is_locked(key):
            raise SettingLocked(key, f"{key} is set by policy and cannot be changed")
        errors = list(_key_validator(key).iter_errors(value))
        if errors:
            raise InvalidSettingValue(key, f"{_show(value)} is not a valid value for {key}")
        self._save({**self._user, key: _normalise(key, value)})

    def reset(self, key: str) -> None:
        """Forget the person's choice so policy or the default applies again."""
        _check_known(key)
        if key in self._user:
            self._save({k: v for k, v in self._user.items() if k != key})

    def as_dict(self) -> dict[str, Any]:
        return {key: self.get(key) for key in SETTINGS}

    def _save(self, values: dict[str, Any]) -> None:
        if self.user_file is not None:
            _write_atomically(self.user_file, values)
        self._user = values


def _check_known(key: str) -> None:
    if key not in SETTINGS:
        raise UnknownSetting(key, f"{key} is not a setting")


def _read_user_file(path: Path) -> dict[str, Any]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict):
        return {}
    return {
        k: _normalise(k, v)
        for k, v in raw.items()
        if k in SETTINGS and not any(True for _ in _key_validator(k).iter_errors(v))
    }


def _write_atomically(path: Path, values: Mapping[str, Any]) -> None:
    """The vault's atomic write: fsync, rename, directory fsync; a full or read-only disk is
    `StorageFull` / `StorageReadOnly` (a plain sentence), and the old file stays."""
    from desktop.vault.atomic import atomic_write, make_private_dir

    text = json.dumps(dict(sorted(values.items())), indent=2, ensure_ascii=False) + "\n"
    make_private_dir(path.parent)
    atomic_write(path, text.encode("utf-8"))
