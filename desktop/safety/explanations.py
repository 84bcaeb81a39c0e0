"""Plain-language explanations for safety categories (shown to senders) and risk reasons (shown
to staff), in French and English, read from ``desktop/resources/safety/explanations.json``.

Read once, then pure lookups on any thread. The UI may route the same keys through Qt's
translation system; these texts are the source wording.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache

from desktop.resources import BUNDLED


@lru_cache(maxsize=1)
def _texts() -> dict[str, dict[str, str]]:
    data = json.loads(BUNDLED.path("safety", "explanations.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def explanation_keys() -> frozenset[str]:
    return frozenset(_texts())


def explain(key: str, lang: str, values: Mapping[str, float] | None = None) -> str:
    """The sentence for ``key`` (e.g. 'safety.contact_phone', 'risk.no_recent_contact')."""
    try:
        template = _texts()[key][lang]
    except KeyError as exc:
        raise KeyError(f"no {lang!r} explanation for {key!r}") from exc
    return template.format(**(values or {}))
