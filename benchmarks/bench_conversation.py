"""Opening and scrolling a 10,000-message conversation, offscreen, on a real SQLCipher profile.

Figures: first paint after the pair is selected (model reset + layout + paint of the visible
rows), the worst single step while scrolling to the very top (page insert + relayout + paint),
and as baseline, the same first paint with a plain QListWidget loaded with all rows. Between
scroll steps the event loop runs until the page read ahead on a worker has arrived, as it does
while a person reads (the timed step itself is what a wheel turn costs); the same walk without
read-ahead (each step also reads its page) is reported too. Garbage collection runs as in the
app (`UiThreadCollector`: automatic collection off, collected on a UI timer).
Run: `.venv/bin/python benchmarks/bench_conversation.py`. The last line is JSON.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QListWidget  # noqa: E402

from desktop.models.tables import Pair, Person  # noqa: E402
from desktop.runtime.collector import UiThreadCollector  # noqa: E402
from desktop.services.messaging import MessagingService  # noqa: E402
from desktop.services.profiles import ProfileDirectory  # noqa: E402
from desktop.sync.apply import apply_ops  # noqa: E402
from desktop.sync.ops import PlainOp, uuid7  # noqa: E402
from desktop.ui.conversation.conversation_view import ConversationView  # noqa: E402
from desktop.ui.conversation.message_model import MessageListModel  # noqa: E402
from desktop.vault.kdf import KdfParams  # noqa: E402

N = 10_000
PAIR = "benchpair"


def build_profile(folder: Path):
    directory = ProfileDirectory(folder, kdf_params_factory=KdfParams.fast_for_tests)
    profile = directory.create(username="bench", passphrase="bench passphrase long",
                               display_name="Alex", role="mentor", person_id="m1")  # fmt: skip
    base = 1_760_000_000_000
    ops = []
    for i in range(N):
        author = "m1" if i % 3 else "e1"
        text = f"Message {i}: " + ("on se voit samedi au parc? 🙂 " * (1 + i % 4))
        ops.append(PlainOp(uuid7(), f"pair:{PAIR}", f"{base + i * 60_000:013d}-00000-n{author}",
                           author, "message", "", {"body": text,
                           "created_at": base + i * 60_000}))  # fmt: skip
    ops = [PlainOp(o.op_id, o.scope, o.hlc, o.author, o.entity, o.op_id, o.fields) for o in ops]
    with profile.sessionmaker.begin() as s:
        s.add(Person(id="e1", role="mentee", display_name="Sam"))
        s.add(Pair(id=PAIR, program_id="prog", mentor_id="m1", mentee_id="e1"))
        s.flush()
        apply_ops(s, ops)
    return profile


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        profile = build_profile(Path(tmp))
        service = MessagingService.for_profile(profile, checker=None)
        model = MessageListModel(service)
        view = ConversationView(model)
        view.resize(800, 600)
        view.show()
        app.processEvents()

        t0 = time.perf_counter()
        model.set_pair(PAIR)
        view.viewport().grab()  # lays out and paints the visible rows
        first_paint_ms = (time.perf_counter() - t0) * 1000

        collector = UiThreadCollector()
        collector.start()
        bar = view.verticalScrollBar()

        def walk_to_top(read_ahead: bool) -> tuple[float, int]:
            worst, steps = 0.0, 0
            while model.has_older:
                if read_ahead:
                    model.prefetch_older()
                    while model.prefetching:
                        app.processEvents()
                t = time.perf_counter()
                if not read_ahead:
                    model._prefetched = None  # noqa: SLF001 - measure the read in the step
                bar.setValue(0)
                view.viewport().grab()
                worst = max(worst, (time.perf_counter() - t) * 1000)
                steps += 1
            return worst, steps

        worst_ms, steps = walk_to_top(True)
        loaded = model.rowCount()
        model.set_pair(PAIR)
        view.viewport().grab()
        worst_sync_ms, _ = walk_to_top(False)
        collector.collect_now()
        collector.stop()

        bodies = [m.body for m in service.since(PAIR, None)]
        t0 = time.perf_counter()
        baseline = QListWidget()
        baseline.resize(800, 600)
        baseline.setWordWrap(True)
        baseline.addItems(bodies)
        baseline.show()
        baseline.scrollToBottom()
        baseline.viewport().grab()
        baseline_ms = (time.perf_counter() - t0) * 1000
        view.close()
        baseline.close()
        profile.close()
    print(f"messages={N} loaded_after_scroll={loaded} page_steps={steps}")
    print(f"first paint (paged model): {first_paint_ms:.1f} ms")
    print(f"worst scroll step to the top: {worst_ms:.1f} ms")
    print(f"worst step without read-ahead: {worst_sync_ms:.1f} ms")
    print(f"baseline QListWidget with all rows: {baseline_ms:.1f} ms")
    print(json.dumps({
        "first_paint_ms": round(first_paint_ms, 1),
        "worst_scroll_step_ms": round(worst_ms, 1),
        "worst_scroll_step_no_read_ahead_ms": round(worst_sync_ms, 1),
        "baseline_qlistwidget_first_paint_ms": round(baseline_ms, 1),
        "first_paint_vs_baseline_ratio": round(first_paint_ms / baseline_ms, 3),
    }))  # fmt: skip


if __name__ == "__main__":
    main()
