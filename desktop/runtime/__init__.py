"""The bridge between Qt and background work; the threading rules of the app live here.

Runs on every thread: this package is how work leaves the UI thread and how results come back.

Threading rules, in one place:

1. The UI (Qt) thread owns every widget. Nothing else touches a widget, ever.
2. Network work (sync, calls) is asyncio and runs on the single :class:`loop.NetworkLoop`
   thread. The UI starts it with :meth:`loop.AsyncBridge.run`; the result or the exception
   comes back to the UI thread through a queued Qt signal.
3. Slow local work (key derivation, export, search) runs as a
   :class:`operations.BackgroundOp` on a ``QThreadPool``; its success, failure and progress
   callbacks run on the UI thread.
4. All database writes of a profile go through one :class:`writer.DatabaseWriter` thread, in
   the order they were submitted.
5. Services announce what changed with :meth:`events.ChangeEvents.emit_change` from any
   thread; screens listen to ``changed`` on the UI thread and decide for themselves what to
   refresh.
6. No exception is lost: one not handled by the caller is logged (type and stack, never its
   message, which could hold personal data) and given to the failure hook of
   :mod:`dispatch`.
7. Python's cyclic garbage collector runs only on the UI thread (:mod:`collector`), so a widget
   caught in a reference cycle is never freed by a worker thread; ops drop what they hold on the
   UI thread for the same reason.

Modules are imported one by one (``from desktop.runtime.events import ChangeEvents``); this
package imports nothing so that services can use ``events`` alone.
"""
