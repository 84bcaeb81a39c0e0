"""`TaskSet`: every background task one object starts, kept until it ends, cancelled at close.

asyncio keeps only a weak reference to a task, so a task nobody holds may be collected half
way, and nothing can cancel it when its owner closes. aiortc's example server keeps its `pcs`
set for the same reason. A task that fails is logged (type and stack, through `logging`), not
lost. Used on the network loop only; no Qt.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine, Iterator
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")
CLOSE_WAIT_S = 2.0


class TaskSet:
    """The tasks of one owner; `spawn` starts one, `close` cancels them and waits a moment."""

    def __init__(self, owner: str) -> None:
        self._owner = owner
        self._tasks: dict[asyncio.Future[Any], bool] = {}  # task -> cancel it at close

    def spawn(
        self, coro: Coroutine[Any, Any, T], *, cancel_at_close: bool = True
    ) -> asyncio.Task[T]:
        """Run `coro` in the background, kept here until it ends. With `cancel_at_close`
        False it is never cancelled (aiortc's candidate gathering), only kept alive."""
        task = asyncio.ensure_future(coro)
        self._tasks[task] = cancel_at_close
        task.add_done_callback(self._finished)
        return task

    def __iter__(self) -> Iterator[asyncio.Future[Any]]:
        return iter(list(self._tasks))

    def __len__(self) -> int:
        return len(self._tasks)

    async def close(self, timeout: float = CLOSE_WAIT_S) -> None:
        """Cancel every task (but the caller's own), then wait up to `timeout` for them."""
        current = asyncio.current_task()
        cancelled = [t for t, cancel in self._tasks.items() if cancel and t is not current]
        for task in cancelled:
            task.cancel()
        if cancelled:
            await asyncio.wait(cancelled, timeout=timeout)

    def _finished(self, task: asyncio.Future[Any]) -> None:
        self._tasks.pop(task, None)
        if not task.cancelled() and task.exception() is not None:
            log.error("%s: a background task failed", self._owner, exc_info=task.exception())
