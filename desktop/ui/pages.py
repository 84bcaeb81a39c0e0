"""The page registry: every screen of the main window is one `PageSpec` in `PAGES`.

A spec says its key, its title (translated in the "MainWindow" context when shown), which
roles see it, and how to build it from the `PageContext` of the signed-in profile. The
profile's session builds the specs of its role in this order; the main window takes titles
from here. Adding a screen is one entry below. Runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from jumelage_protocol import Role

if TYPE_CHECKING:  # the services load with the profile, not with this registry
    from desktop.policy import PolicyProblem, Settings
    from desktop.runtime.events import ChangeEvents
    from desktop.services.messaging import MessagingService, TypingRelay
    from desktop.services.profiles import Profile
    from desktop.services.scheduling import SchedulingService

ALL_ROLES = frozenset(Role)
PAIR_ROLES = frozenset({Role.MENTOR, Role.MENTEE})


@dataclass
class PageContext:
    """What pages may use: the profile's services and buses, passed in by its session."""

    profile: Profile
    settings: Settings
    events: ChangeEvents
    messaging: MessagingService
    scheduling: SchedulingService
    typing: TypingRelay | None = None  # when there is a server
    join_call: Callable[..., object] | None = None  # CallLauncher.open, when there is a server
    policy_problems: list[PolicyProblem] = field(default_factory=list)
    network: Any = None  # the NetworkLoop, when there is a server (staff pages ask it)


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
    from desktop.services.review_queue import review_target_hours
    from desktop.ui.conversation import PairHomePage

    profile = ctx.profile
    checkins = CheckInService(profile, ctx.messaging, ctx.events) if profile is not None else None
    faces = getattr(profile, "role", "") == Role.MENTEE  # young mentees answer with faces
    page = PairHomePage(ctx.messaging, ctx.events, ctx.settings, typing=ctx.typing,
                        checkins=checkins, faces=faces)  # fmt: skip
    page.review_target = lambda pair_id: review_target_hours(profile, pair_id)
    return page


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


def _training(ctx: PageContext, built: Mapping[str, QWidget]) -> QWidget:
    from desktop.ui.training_page import training_page_for

    home = built.get("pairs")  # the member's home shows the same survey band on top
    if home is not None and home.layout() is not None:
        from desktop.ui.survey_dialog import prompt_for

        band = prompt_for(ctx.profile)
        home.layout().insertWidget(0, band)  # type: ignore[attr-defined]
        band.refresh_when_shown(home)
        band.refresh()
    return training_page_for(ctx.profile)


def _training_overview(ctx: PageContext, _built: Mapping[str, QWidget]) -> QWidget:
    from desktop.ui.training_overview_page import training_overview_for

    return training_overview_for(ctx.profile)


def _surveys(ctx: PageContext, _built: Mapping[str, QWidget]) -> QWidget:
    from desktop.ui.surveys_page import surveys_page_for

    return surveys_page_for(ctx.profile)


def _nudge(ctx: PageContext) -> Callable[[], None]:
    """The sync engine's nudge, looked up when called (the engine starts after the pages)."""
    return lambda: (getattr(ctx.messaging, "nudge", None) or (lambda: None))()


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
    from desktop.ui.closing_dialog import closer_for
    from desktop.ui.supervision_page import SupervisionPage

    profile = ctx.profile
    keys = (lambda: list_changed_keys(profile),
            lambda person_id: confirm_changed_key(profile, person_id))  # fmt: skip
    closer = closer_for(profile, _nudge(ctx))
    page = SupervisionPage(lambda: list_program_pairs(profile), ctx.messaging, events=ctx.events,
                           key_changes=keys, close_match=closer)  # fmt: skip
    if ctx.join_call is not None:
        page.join_call_requested.connect(ctx.join_call)
    return page


def _pair_detail(ctx: PageContext, built: Mapping[str, QWidget]) -> QWidget:
    from desktop.services.pairs import list_program_pairs
    from desktop.ui.pair_detail_page import PairDetailPage

    profile = ctx.profile
    page = PairDetailPage(profile, ctx.messaging, lambda: list_program_pairs(profile),
                          events=ctx.events)  # fmt: skip

    def open_pair(pair_id: str) -> None:
        window = page.window()
        if hasattr(window, "show_page"):
            window.show_page("pair_detail")
        page.show_pair(pair_id)

    # "Open pair" on the dashboard and on the supervision page opens it here
    if (dashboard := built.get("dashboard")) is not None:
        dashboard.pair_opened.connect(open_pair)  # type: ignore[attr-defined]
    if (supervision := built.get("supervision")) is not None:
        supervision.pair_open_requested.connect(open_pair)  # type: ignore[attr-defined]
    return page


def _audit(ctx: PageContext, _built: Mapping[str, QWidget]) -> QWidget:
    from desktop.ui.audit_page import AuditPage

    return AuditPage(ctx.profile, events=ctx.events)


def _review(ctx: PageContext, _built: Mapping[str, QWidget]) -> QWidget:
    from desktop.runtime.events import ChangeKind
    from desktop.services.review_queue import ReviewQueue
    from desktop.ui.review_page import ReviewPage

    events = ctx.events
    announce = (lambda pair_id: events.emit_change(ChangeKind.PAIR, None)) if events else None
    queue = ReviewQueue(ctx.profile, ctx.messaging, checker=ctx.messaging.checker,
                        announce=announce)  # fmt: skip
    return ReviewPage(queue, events)


def _bridge(ctx: PageContext) -> Any:
    """An AsyncBridge to the network loop (coroutines for the server), or None offline."""
    if ctx.network is None:
        return None
    from desktop.runtime.loop import AsyncBridge

    return AsyncBridge(ctx.network)


def _owned(page: QWidget, bridge: Any) -> QWidget:
    if bridge is not None:
        bridge.setParent(page)
    return page


def _people(ctx: PageContext, _built: Mapping[str, QWidget]) -> QWidget:
    from desktop.services.people import program_name
    from desktop.ui.people_page import PeoplePage

    program, bridge = ctx.profile.program_id or "", _bridge(ctx)
    page = PeoplePage(ctx.profile, program, events=ctx.events,
                      run_async=bridge.run if bridge else None,
                      program_name=program_name(ctx.profile, program))  # fmt: skip
    return _owned(page, bridge)


def _matching(ctx: PageContext, built: Mapping[str, QWidget]) -> QWidget:
    from desktop.ui.matching_page import MatchingPage

    bridge = _bridge(ctx)
    page = MatchingPage(ctx.profile, ctx.profile.program_id or "", events=ctx.events,
                        run_async=bridge.run if bridge else None)  # fmt: skip
    people = built.get("people")
    if people is not None:
        people.people_changed.connect(page.refresh)  # type: ignore[attr-defined]
    return _owned(page, bridge)


def _screening(ctx: PageContext, _built: Mapping[str, QWidget]) -> QWidget:
    from desktop.ui.screening_page import ScreeningPage

    return ScreeningPage(ctx.profile, nudge=_nudge(ctx))


def _safety_rules(ctx: PageContext, _built: Mapping[str, QWidget]) -> QWidget:
    from desktop.services.safety_rules import SafetyRulesService
    from desktop.ui.safety_rules_page import SafetyRulesPage

    return SafetyRulesPage(SafetyRulesService(ctx.profile), ctx.profile.program_id)


def _settings(ctx: PageContext, _built: Mapping[str, QWidget]) -> QWidget:
    from desktop.ui.settings_page import SettingsPage

    return SettingsPage(ctx.settings, ctx.policy_problems)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("pairs", QT_TRANSLATE_NOOP("MainWindow", "My pairs"), PAIR_ROLES, _pairs),
    PageSpec("sessions", QT_TRANSLATE_NOOP("MainWindow", "Sessions"), PAIR_ROLES, _sessions),
    PageSpec("activities", QT_TRANSLATE_NOOP("MainWindow", "Activities"), PAIR_ROLES, _activities),
    PageSpec("training", QT_TRANSLATE_NOOP("MainWindow", "Training"), PAIR_ROLES, _training),
    PageSpec("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), frozenset({Role.STAFF}),
             _dashboard),  # fmt: skip
    PageSpec("review", QT_TRANSLATE_NOOP("MainWindow", "Review"), frozenset({Role.STAFF}), _review),
    PageSpec("supervision", QT_TRANSLATE_NOOP("MainWindow", "Supervision"), frozenset({Role.STAFF}),
             _supervision),  # fmt: skip
    PageSpec("pair_detail", QT_TRANSLATE_NOOP("MainWindow", "Pair detail"),
             frozenset({Role.STAFF}), _pair_detail),  # fmt: skip
    PageSpec("people", QT_TRANSLATE_NOOP("MainWindow", "People"), frozenset({Role.STAFF}), _people),
    PageSpec("matching", QT_TRANSLATE_NOOP("MainWindow", "Matching"), frozenset({Role.STAFF}),
             _matching),  # fmt: skip
    PageSpec("screening", QT_TRANSLATE_NOOP("MainWindow", "Screening"), frozenset({Role.STAFF}),
             _screening),  # fmt: skip
    PageSpec("training_overview", QT_TRANSLATE_NOOP("MainWindow", "Training"),
             frozenset({Role.STAFF}), _training_overview),  # fmt: skip
    PageSpec("surveys", QT_TRANSLATE_NOOP("MainWindow", "Surveys"), frozenset({Role.STAFF}),
             _surveys),  # fmt: skip
    PageSpec("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"), frozenset({Role.STAFF}),
             _reports),  # fmt: skip
    PageSpec("safety_rules", QT_TRANSLATE_NOOP("MainWindow", "Safety rules"),
             frozenset({Role.STAFF}), _safety_rules),  # fmt: skip
    PageSpec("audit", QT_TRANSLATE_NOOP("MainWindow", "Audit log"), frozenset({Role.STAFF}),
             _audit),  # fmt: skip
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
