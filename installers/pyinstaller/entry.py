"""The frozen executable's entry point: the desktop app, or the server it starts for the demo.

A frozen build cannot run ``python -m sync_server``, so the desktop starts its own executable
with ``--run-server …`` first (``desktop.server_command``). The dispatch lives here, outside
the ``desktop`` package, because the desktop never imports the server (import-linter).
``freeze_support`` comes first: the catch-up helper (multiprocessing, spawn) re-enters here.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    if sys.argv[1:2] == ["--run-server"]:
        from sync_server.__main__ import main as server_main

        sys.exit(server_main(sys.argv[2:]))
    from desktop.app import main

    sys.exit(main())
