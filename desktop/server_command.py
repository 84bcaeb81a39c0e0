"""How this copy of Jumelage starts a `jumelage-server` child process (the demo's local server).

From source (or a wheel) that is ``python -m sync_server …``. A frozen build has no Python to
hand ``-m`` to: its own executable takes a hidden first argument, ``--run-server``, which the
bundle's entry script (``installers/pyinstaller/entry.py``) dispatches to the server's CLI. The
desktop package itself never imports the server; this module only builds command lines.
Pure Python, callable from any thread.
"""

from __future__ import annotations

import sys

RUN_SERVER = "--run-server"


def server_command(*args: str) -> list[str]:
    """The command line that runs ``jumelage-server *args`` with this installation's code."""
    if getattr(sys, "frozen", False):
        return [sys.executable, RUN_SERVER, *args]
    return [sys.executable, "-m", "sync_server", *args]
