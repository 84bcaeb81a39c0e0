"""The page registry: every screen of the main window is one `PageSpec` in `PAGES`.

A spec says its key, its title (translated in the "MainWindow" context when shown), which
roles see it, and how to build it from the `PageContext` of the signed-in profile. The
profile's session builds the specs of its role in this order; the main window takes titles
from here. Adding a screen is one entry below. Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from jumelage_protocol import Role

ALL_ROLES = frozenset(Role)
PAIR_ROLES = frozenset({Role.MENTOR, Role.MENTEE})


@dataclass
class PageContext:
    """What pages may use: the profile's services and buses, passed in by its session."""

    profile: Any
    settings: Any
    events: Any
    messaging: Any
    scheduling: Any
    typing: Any = None  # the TypingRelay, when there is a server
    join_call: Callable[..., object] | None = None  # CallLauncher.open, when there is a server
    policy_problems: list[Any] = field(default_factory=list)


Factory = Callable[[PageContext, Mapping[str, QWidget]], QWidget]


@dataclass(frozen=True)
class PageSpec:
    """One screen: `factory(context, built)` gets the pages built before it, by key."""

    key: str
    title: str  # an English source string, translated in the "MainWindow" context
    roles: frozenset[str]
    factory: Factory

    def translated_title(self) -> str:
        return QCoreApplication.translate("MainWindow", self.title)


def _pairs(ctx: PageContext, _built: Mapping[str, QWidget]) -> QWidget:
    from desktop.services.checkins import CheckInService
    from desktop.ui.conversation import PairHomePage

    profile = ctx.profile
    checkins = CheckInService(profile, ctx.messaging, ctx.events) if profile is not None else None
    faces = getattr(profile, "role", "") == Role.MENTEE  # young mentees answer with faces
    return PairHomePage(ctx.messaging, ctx.events, ctx.settings, typing=ctx.typing,
                        checkins=checkins, faces=faces)  # fmt: skip


def _sessions(ctx: PageContext, built: Mapping[str, QWidget]) -> QWidget:
    from desktop.ui.sessions_page import SessionsPage

    home = built.get("pairs")  # the sessions of the pair chosen on the pair home
    current = home.pairs.current_pair_id if home is not None else (lambda: None)  # type: ignore[attr-defined]
    page = SessionsPage(ctx.scheduling, current, events=ctx.events)
    if ctx.join_call is not None:
        page.join_requested.connect(ctx.join_call)
    return page


def _activities(_ctx: PageContext, built: Mapping[str, QWidget]) -> QWidget:
    from desktop.ui.activities_page import ActivitiesPage

    home = built.get("pairs")  # suggestions go to the pair chosen on the pair home
    if home is None:
        return ActivitiesPage()
    return ActivitiesPage(home.suggest_activity,  # type: ignore[attr-defined]
                          lambda: home.pairs.current_pair_id() is not None)  # type: ignore[attr-defined]  # fmt: skip


def _dashboard(ctx: PageContext, _built: Mapping[str, QWidget]) -> QWidget:
    from desktop.services.dashboard import pair_health, weekly_trend
    from desktop.ui.dashboard_page import DashboardPage

    profile = ctx.profile
    return DashboardPage(lambda lang: pair_health(profile, lang=lang),
                         lambda pair_id: weekly_trend(profile, pair_id=pair_id),
                         events=ctx.events)  # fmt: skip


def _reports(ctx: PageContext, _built: Mapping[str, QWidget]) -> QWidget:
    from desktop.services.reports import build_report, record_export, to_csv
    from desktop.ui.reports_page import ReportsPage

    profile = ctx.profile
    return ReportsPage(lambda lang: build_report(profile, lang=lang), to_csv,
                       lambda report, fmt: record_export(profile, report, fmt))  # fmt: skip


def _supervision(ctx: PageContext, _built: Mapping[str, QWidget]) -> QWidget:
    from desktop.services.key_pins import confirm_changed_key, list_changed_keys
    from desktop.services.pairs import list_program_pairs
    from desktop.ui.supervision_page import SupervisionPage

    profile = ctx.profile
    keys = (lambda: list_changed_keys(profile),
            lambda person_id: confirm_changed_key(profile, person_id))  # fmt: skip
    page = SupervisionPage(lambda: list_program_pairs(profile), ctx.messaging, events=ctx.events,
                           key_changes=keys)  # fmt: skip
    if ctx.join_call is not None:
        page.join_call_requested.connect(ctx.join_call)
    return page


def _settings(ctx: PageContext, _built: Mapping[str, QWidget]) -> QWidget:
    from desktop.ui.settings_page import SettingsPage

    return SettingsPage(ctx.settings, ctx.policy_problems)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("pairs", QT_TRANSLATE_NOOP("MainWindow", "My pairs"), PAIR_ROLES, _pairs),
    PageSpec("sessions", QT_TRANSLATE_NOOP("MainWindow", "Sessions"), PAIR_ROLES, _sessions),
    PageSpec("activities", QT_TRANSLATE_NOOP("MainWindow", "Activities"), PAIR_ROLES, _activities),
    PageSpec("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), frozenset({Role.STAFF}),
             _dashboard),  # fmt: skip
    PageSpec("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"), frozenset({Role.STAFF}),
             _reports),  # fmt: skip
    PageSpec("supervision", QT_TRANSLATE_NOOP("MainWindow", "Supervision"), frozenset({Role.STAFF}),
             _supervision),  # fmt: skip
    PageSpec("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), ALL_ROLES, _settings),
)


def specs_for(role: str, pages: tuple[PageSpec, ...] = PAGES) -> list[PageSpec]:
    """The screens `role` sees, in navigation order."""
    return [spec for spec in pages if role in spec.roles]


def build_pages(
    context: PageContext, role: str, pages: tuple[PageSpec, ...] = PAGES
) -> list[tuple[PageSpec, QWidget]]:
    """Build the screens of `role` in order; each factory sees the ones built before it."""
    built: dict[str, QWidget] = {}
    out: list[tuple[PageSpec, QWidget]] = []
    for spec in specs_for(role, pages):
        built[spec.key] = widget = spec.factory(context, built)
        out.append((spec, widget))
    return out
