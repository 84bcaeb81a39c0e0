"""Where the server says it is hosted, and the policy check that may refuse it.

`check_residency` fetches GET /v1/residency; with `require_canadian_hosting` it refuses a
server that does not declare country CA (`ResidencyError`, code "residency_not_canadian").
The returned `Residency` is for display ("Hosted in Canada — Montréal, by …"). Runs on the
network loop.
"""

from __future__ import annotations

from desktop.sync.client import ServerClient
from desktop.sync.errors import SyncError
from jumelage_protocol import Residency


class ResidencyError(SyncError):
    def __init__(self) -> None:
        super().__init__(
            "residency_not_canadian",
            "This server does not declare that it is hosted in Canada, "
            "and your organisation requires Canadian hosting.",
        )


def enforce(residency: Residency, *, require_canadian_hosting: bool) -> Residency:
    """Raise `ResidencyError` if policy demands Canada and the declaration says otherwise."""
    is_canadian = residency.declared and (residency.country or "").upper() == "CA"
    if require_canadian_hosting and not is_canadian:
        raise ResidencyError()
    return residency


async def check_residency(client: ServerClient, *, require_canadian_hosting: bool) -> Residency:
    return enforce(await client.residency(), require_canadian_hosting=require_canadian_hosting)
