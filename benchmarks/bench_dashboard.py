"""The staff dashboard and the program report over 500 pairs and 250,000 messages, offscreen,
on a real SQLCipher profile.

Figures (median of 3 runs each, after one warm-up, as when staff open the page again):
- `dashboard_service_ms`: `pair_health` (every figure in SQL, reasons applied);
- `dashboard_open_ms`: the page's open: the same read, the table model filled and sorted and
  the visible rows painted (goal ≤ 300 ms);
- `baseline_count_ms`: a plain `SELECT count(*) FROM messages`, the floor of any pass over the
  messages, in the same run; and the ratio of the page's open to it;
- `report_pdf_s`: the program report built (including the at-risk history, eight dashboards as
  of past weeks) and printed to a PDF with its charts (goal ≤ 2 s).
The data: 500 active pairs (1,000 members), 500 messages each over the last 26 weeks (about
one pair in five went quiet a month ago), two sessions a month, weekly check-ins for the last
eight weeks. Rows are inserted directly (as sync leaves them), so building takes a minute.
Run: `.venv/bin/python benchmarks/bench_dashboard.py`. The last line is JSON.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import insert, text  # noqa: E402

from desktop.models.dashboard_tables import CheckIn  # noqa: E402
from desktop.models.tables import Meeting, Message, Pair, Person, Program  # noqa: E402
from desktop.services.checkins import iso_week  # noqa: E402
from desktop.services.dashboard import pair_health, weekly_trend  # noqa: E402
from desktop.services.profiles import ProfileDirectory  # noqa: E402
from desktop.services.reports import build_report  # noqa: E402
from desktop.ui.dashboard_page import DashboardPage  # noqa: E402
from desktop.ui.report_document import ReportWords, write_pdf  # noqa: E402
from desktop.vault.kdf import KdfParams  # noqa: E402

PAIRS = 500
PER_PAIR = 500  # 250,000 messages
WEEKS = 26
RUNS = 3
NOW = datetime.now(UTC)


def build_profile(folder: Path):
    directory = ProfileDirectory(folder, kdf_params_factory=KdfParams.fast_for_tests)
    profile = directory.create(username="staff", passphrase="bench passphrase long",
                               display_name="Dominique", role="staff", person_id="s1",
                               program_id="prog")  # fmt: skip
    span = timedelta(weeks=WEEKS).total_seconds()
    with profile.sessionmaker.begin() as s:
        s.add(Program(id="prog", organisation_id="org", name="Programme", policies={}))
        s.execute(insert(Person), [
            {"id": f"{who}{i}", "role": role, "display_name": f"{role.title()} {i}",
             "program_id": "prog"}
            for i in range(PAIRS) for who, role in (("m", "mentor"), ("e", "mentee"))])  # fmt: skip
        s.execute(insert(Pair), [
            {"id": f"p{i}", "program_id": "prog", "mentor_id": f"m{i}", "mentee_id": f"e{i}",
             "status": "active", "matched_at": NOW - timedelta(weeks=WEEKS + 1)}
            for i in range(PAIRS)])  # fmt: skip
        for i in range(PAIRS):
            quiet = i % 5 == 0  # these stopped a month ago
            end = span - (30 * 86400 if quiet else 0)
            s.execute(insert(Message), [
                {"id": f"p{i}-{k}", "pair_id": f"p{i}",
                 "author_id": f"m{i}" if k % 2 == 0 else f"e{i}",
                 "body": f"Message {k}: on se voit samedi au parc? 🙂",
                 "hlc": f"{k:013d}-00000-n", "state": "read", "edited": False, "deleted": False,
                 "created_at": NOW - timedelta(seconds=span - end * k / PER_PAIR)}
                for k in range(PER_PAIR)])  # fmt: skip
            s.execute(insert(Meeting), [
                {"id": f"p{i}-s{k}", "pair_id": f"p{i}", "kind": "video", "duration_minutes": 60,
                 "starts_at": NOW - timedelta(weeks=2 * k + 1),
                 "outcome": "held" if (i + k) % 3 else "missed", "actual_minutes": 55}
                for k in range(WEEKS // 2)])  # fmt: skip
            s.execute(insert(CheckIn), [
                {"pair_id": f"p{i}", "person_id": f"{who}{i}", "week": iso_week(at),
                 "program_id": "prog", "rating": 1 + (i + w) % 5, "met": True, "comment": "",
                 "answered_at": at}
                for w in range(8) for who in ("m", "e")
                for at in [NOW - timedelta(weeks=w, hours=1 if who == "m" else 2)]])  # fmt: skip
    return profile


def timed(fn, runs: int = RUNS) -> float:
    """Median milliseconds of `fn()` over `runs` runs, after one warm-up run."""
    fn()
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        profile = build_profile(Path(tmp))
        build_s = time.perf_counter() - t0
        print(f"built in {build_s:.0f} s", file=sys.stderr, flush=True)

        def count() -> None:
            with profile.sessionmaker() as s:
                assert s.scalar(text("SELECT count(*) FROM messages")) == PAIRS * PER_PAIR

        baseline_ms = timed(count)
        service_ms = timed(lambda: pair_health(profile, now=NOW))
        rows = pair_health(profile, now=NOW)
        at_risk = sum(1 for r in rows if r.risks)

        page = DashboardPage(lambda lang: pair_health(profile, lang=lang, now=NOW),
                             lambda pair: weekly_trend(profile, pair_id=pair, now=NOW))  # fmt: skip
        page.resize(1366, 768)
        page.show()
        app.processEvents()

        def open_page() -> None:
            page._show(pair_health(profile, now=NOW))  # noqa: SLF001 - the read, on this thread
            page.table.viewport().grab()

        open_ms = timed(open_page)
        print(f"dashboard measured ({open_ms:.0f} ms)", file=sys.stderr, flush=True)
        trend_ms = timed(lambda: weekly_trend(profile, now=NOW))
        words = ReportWords()
        pdf = Path(tmp) / "report.pdf"

        def report() -> None:
            write_pdf(build_report(profile, now=NOW), pdf, words)

        report_s = timed(report, runs=2) / 1000
        pdf_kib = pdf.stat().st_size / 1024
        while page.loading:
            app.processEvents()
        page.close()
        profile.close()
    print(f"pairs={PAIRS} messages={PAIRS * PER_PAIR} at_risk={at_risk} build={build_s:.0f} s")
    print(f"baseline SELECT count(*) over messages: {baseline_ms:.1f} ms")
    print(f"dashboard service (pair_health): {service_ms:.1f} ms")
    print(f"dashboard open (read + table + paint): {open_ms:.1f} ms (goal <= 300)")
    print(f"program trend (12 weeks): {trend_ms:.1f} ms")
    print(f"report to PDF: {report_s:.2f} s (goal <= 2), {pdf_kib:.0f} KiB")
    print(json.dumps({
        "pairs": PAIRS, "messages": PAIRS * PER_PAIR, "pairs_at_risk": at_risk,
        "baseline_count_ms": round(baseline_ms, 1),
        "dashboard_service_ms": round(service_ms, 1),
        "dashboard_open_ms": round(open_ms, 1),
        "dashboard_open_vs_count_ratio": round(open_ms / baseline_ms, 2),
        "program_trend_ms": round(trend_ms, 1),
        "report_pdf_s": round(report_s, 2),
        "report_pdf_kib": round(pdf_kib),
    }))  # fmt: skip


if __name__ == "__main__":
    main()
