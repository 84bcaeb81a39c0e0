"""Where the server says it stores data, as one translated sentence (join dialog, settings).

Takes the protocol's `Residency` (declared, country, region, provider) or None when it is not
known yet. Runs on the UI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from jumelage_protocol import Residency


def place_text(residency: Residency | None) -> str:
    """ "Canada — Montréal, by Example Host", or a sentence saying it is unknown."""
    if residency is None:
        return QCoreApplication.translate(
            "Residency", "Not known yet: the server has not answered."
        )
    if not getattr(residency, "declared", False):
        return QCoreApplication.translate(
            "Residency", "This server does not say where it stores data."
        )
    country = (residency.country or "").upper()
    place = QCoreApplication.translate("Residency", "Canada") if country == "CA" else country
    if residency.region:
        place += " — " + residency.region
    if residency.provider:
        place += ", " + QCoreApplication.translate("Residency", "by %1").replace(
            "%1", residency.provider
        )
    return place


def residency_sentence(residency: Residency | None) -> str:
    """The full sentence the join dialog shows."""
    if residency is None or not getattr(residency, "declared", False):
        return place_text(residency)
    return QCoreApplication.translate("Residency", "Your program's data is stored in: %1").replace(
        "%1", place_text(residency)
    )
