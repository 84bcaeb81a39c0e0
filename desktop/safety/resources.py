"""Where Jumelage's bundled resource files live (rule lists, activities, check-ins).

Pure path arithmetic, callable from any thread. By default resources are found at
``<repository>/resources``; an installer (or a test) can point elsewhere with the
``JUMELAGE_RESOURCES`` environment variable or :func:`set_resource_root`.
"""

from __future__ import annotations

import os
from pathlib import Path

_DEFAULT_ROOT = Path(__file__).resolve().parents[2] / "resources"
_override: Path | None = None


def resource_root() -> Path:
    """The folder holding ``safety/``, ``activities/`` and the other resource folders."""
    if _override is not None:
        return _override
    env = os.environ.get("JUMELAGE_RESOURCES")
    return Path(env) if env else _DEFAULT_ROOT


def set_resource_root(path: str | os.PathLike[str] | None) -> None:
    """Point lookups at ``path`` (a frozen build's data folder); ``None`` restores the default."""
    global _override
    _override = Path(path) if path is not None else None


def resource_path(*parts: str) -> Path:
    """Path of a resource below the root, e.g. ``resource_path("safety", "rules_fr.json")``."""
    return resource_root().joinpath(*parts)
