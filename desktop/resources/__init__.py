"""Where the files Jumelage ships beside its code live: translations (``i18n/``), safety rule
lists (``safety/``), the activity library (``activities/``), training modules (``training/``) and
survey definitions (``surveys/``), all package data of this package.

This module is the one place that knows where they are: everyone else asks a
:class:`Resources` for a path. They are found through :mod:`importlib.resources`, so an
installed wheel, an editable install and a frozen build all find their own copy. A different
folder (a test's damaged copy) is a ``Resources`` object passed in at composition, never a
global switch. Pure path arithmetic, callable from any thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path


@dataclass(frozen=True)
class Resources:
    """A folder holding ``i18n/``, ``safety/`` and ``activities/``."""

    root: Path

    def path(self, *parts: str) -> Path:
        """Path of a resource below the root, e.g. ``path("safety", "rules_fr.json")``."""
        return self.root.joinpath(*parts)

    def missing(self) -> list[str]:
        """The files of ``REQUIRED`` that are not here: an installation without them must not
        start (no translations, or no safety rules to check messages against)."""
        return [name for name in REQUIRED if not self.root.joinpath(*name.split("/")).is_file()]


REQUIRED = (
    "i18n/jumelage_en.qm",
    "i18n/jumelage_fr.qm",
    "safety/categories.json",
    "safety/explanations.json",
    "safety/lexicon.json",
    "safety/rules_common.json",
    "safety/rules_en.json",
    "safety/rules_fr.json",
    "activities/activity.schema.json",
    "activities/checkins.json",
)
"""What Jumelage refuses to start without, as paths below a resources root."""


def _bundled_root() -> Path:
    root = files(__name__)
    # Installed unpacked (wheel, editable, PyInstaller): a real folder; the rule loader globs it.
    return root if isinstance(root, Path) else Path(str(root))


BUNDLED = Resources(_bundled_root())
"""The resources installed with this copy of Jumelage."""
