"""`jumelage-server`: serve, migrate, init, invite, purge. Runs on the main thread of its process.

`serve` without --config runs on embedded defaults (SQLite under --data-dir, loopback,
residency undeclared). `init` and `invite` print an invite code exactly once: it is stored
only as a hash. Organisation and program names given to `init` are not stored at all —
the server keeps opaque ids only; clients keep names inside the encrypted program scope.

Every command first brings the database's schema to this version's (`sync_server.schema`):
an empty database is created; on PostgreSQL an older one must be migrated first with
`migrate` (run it before a rolling restart), while on SQLite the commands migrate it
themselves. A database that needs `migrate` exits with EXIT_NEEDS_MIGRATION, one written by
a newer version with EXIT_DATABASE_NEWER, each with a plain message and nothing changed.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from jumelage_protocol import Role
from sync_server.config import Settings
from sync_server.schema import PRE_ALEMBIC, SchemaError, SchemaTooNew

if TYPE_CHECKING:  # imported when a command needs it: `--help` stays quick
    from sync_server.store import Store

ROLES = [role.value for role in Role]
EXIT_NEEDS_MIGRATION = 3
EXIT_DATABASE_NEWER = 4


def _settings(args: argparse.Namespace) -> Settings:
    if getattr(args, "config", None):
        settings = Settings.load(Path(args.config))
        if getattr(args, "data_dir", None):
            settings = settings.model_copy(update={"data_dir": Path(args.data_dir)})
    else:
        data_dir = Path(getattr(args, "data_dir", None) or "jumelage-server-data")
        settings = Settings.embedded_defaults(data_dir, getattr(args, "port", None) or 8750)
    if getattr(args, "database_url", None):
        settings = settings.model_copy(update={"database_url": args.database_url})
    if getattr(args, "host", None):
        settings = settings.model_copy(update={"host": args.host})
    if getattr(args, "port", None) is not None:
        settings = settings.model_copy(update={"port": args.port})
    return settings


def _open_store(settings: Settings) -> Store:
    from sync_server.files import prepare_sqlite
    from sync_server.store import Store

    prepare_sqlite(settings)
    return Store(settings.resolved_database_url())


def _store(settings: Settings) -> Store:
    store = _open_store(settings)
    store.prepare_schema()
    return store


def _when(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%d %H:%M UTC")


def _stop_when_stdin_closes() -> None:
    """A demo server started by the app dies with it, however the app ends (Ctrl+C, `kill`,
    a crash): its parent holds our stdin open, and the OS closes it when the parent ends."""
    import os
    import signal
    import threading

    def watch() -> None:
        while sys.stdin.buffer.read(1024):
            pass
        os.kill(os.getpid(), signal.SIGTERM)  # uvicorn shuts down as on a normal stop

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from sync_server.app import create_app
    from sync_server.files import SecretError
    from sync_server.sockets import guarded_protocols

    settings = _settings(args)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("alembic").setLevel(logging.WARNING)  # schema.py logs what changed
    try:
        app = create_app(settings)
    except SecretError as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.stop_with_parent:
        _stop_when_stdin_closes()
    lim = settings.limits
    http, ws = guarded_protocols(lim.connections_per_address, lim.header_timeout_seconds)
    tls = settings.tls
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_level="warning",
        access_log=False,  # paths carry ids; keep the log to what operators need
        ssl_certfile=str(tls.certificate) if tls.certificate else None,
        ssl_keyfile=str(tls.private_key) if tls.private_key else None,
        http=http,
        ws=ws,
        # Frames up to 4x the relayed limit reach the live route, which answers an error
        # frame; beyond that the WebSocket layer closes with 1009 (message too big).
        ws_max_size=lim.max_live_frame_bytes * 4,
    )
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    store = _open_store(_settings(args))
    try:
        done = store.migrate()
    finally:
        store.close()
    if done.before is None:
        print(f"Created the database schema at revision {done.after}.")
    elif not done.changed:
        print(f"The database is already at revision {done.after}; nothing to do.")
    else:
        before = "the first release" if done.before == PRE_ALEMBIC else f"revision {done.before}"
        print(f"Migrated the database from {before} to revision {done.after}.")
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    from sync_server.auth import now_ms
    from sync_server.invites import make_invite

    store = _store(_settings(args))
    org_id, program_id = store.create_organisation_and_program(now_ms())
    invite = make_invite(store, program_id, Role.STAFF, args.expires_hours)
    if args.json:
        print(
            json.dumps(
                {
                    "organisation_id": org_id,
                    "program_id": program_id,
                    "invite_code": invite.code,
                    "expires_at_ms": invite.expires_at_ms,
                }
            )
        )
    else:
        print(f"Organisation {args.organisation!r}: {org_id}")
        print(f"Program {args.program!r}: {program_id}")
        print("(The names are not stored on the server; note these ids.)")
        print(
            f"First staff invitation, shown only once, valid until {_when(invite.expires_at_ms)}:"
        )
        print(f"    {invite.code}")
    return 0


def cmd_invite(args: argparse.Namespace) -> int:
    from sync_server.invites import make_invite

    store = _store(_settings(args))
    if not store.program_exists(args.program):
        print(f"No program with id {args.program!r} on this server.", file=sys.stderr)
        return 2
    invite = make_invite(store, args.program, args.role, args.expires_hours)
    if args.json:
        print(
            json.dumps(
                {
                    "program_id": args.program,
                    "role": args.role,
                    "invite_code": invite.code,
                    "expires_at_ms": invite.expires_at_ms,
                }
            )
        )
    else:
        print(
            f"Invitation for a {args.role} of {args.program}, shown only once, "
            f"valid until {_when(invite.expires_at_ms)}:"
        )
        print(f"    {invite.code}")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    from sync_server.auth import now_ms
    from sync_server.retention import purge

    settings = _settings(args)
    counts = purge(_store(settings), settings, now_ms())
    print(
        json.dumps(counts)
        if args.json
        else ", ".join(f"{n} {what} deleted" for what, n in counts.items())
    )
    return 0


def _target(p: argparse.ArgumentParser) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument("--config", help="TOML configuration file")
    g.add_argument("--database-url", help="SQLAlchemy URL (sqlite:///… or postgresql://…)")
    p.add_argument("--data-dir", help="folder for the SQLite database (embedded defaults)")


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="jumelage-server", description="Jumelage sync server")
    sub = ap.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the server")
    _target(serve)
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.add_argument("--stop-with-parent", action="store_true",
                       help="stop when standard input closes (the process that started it ended)")
    serve.set_defaults(func=cmd_serve)
    migrate = sub.add_parser(
        "migrate", help="bring the database schema to this version (before a rolling restart)"
    )
    _target(migrate)
    migrate.set_defaults(func=cmd_migrate)
    init = sub.add_parser("init", help="create an organisation, a program and a staff invite")
    _target(init)
    init.add_argument("--organisation", required=True, help="for your notes; not stored")
    init.add_argument("--program", required=True, help="for your notes; not stored")
    init.add_argument("--expires-hours", type=int, default=24 * 7)
    init.add_argument("--json", action="store_true")
    init.set_defaults(func=cmd_init)
    invite = sub.add_parser("invite", help="another invite for a program and role")
    _target(invite)
    invite.add_argument("--program", required=True)
    invite.add_argument("--role", required=True, choices=ROLES)
    invite.add_argument("--expires-hours", type=int, default=72)
    invite.add_argument("--json", action="store_true")
    invite.set_defaults(func=cmd_invite)
    purge = sub.add_parser("purge", help="delete what the retention settings no longer keep")
    _target(purge)
    purge.add_argument("--json", action="store_true")
    purge.set_defaults(func=cmd_purge)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        code: int = args.func(args)  # the command's exit status
        return code
    except SchemaError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_DATABASE_NEWER if isinstance(exc, SchemaTooNew) else EXIT_NEEDS_MIGRATION


if __name__ == "__main__":
    sys.exit(main())
