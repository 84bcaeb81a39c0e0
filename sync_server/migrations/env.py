"""Alembic environment for the server's database (SQLite or PostgreSQL).

At run time `sync_server.schema` hands over an open connection, already inside the
transaction that holds the schema lock, in `config.attributes["connection"]`. For
developers writing a revision, `alembic -c sync_server/migrations/alembic.ini -x url=…`
connects by URL instead (see `sync_server.schema` for the steps).
"""

from alembic import context
from sqlalchemy import Connection

from sync_server.tables import metadata

config = context.config
connection = config.attributes.get("connection")


def _run(conn: Connection) -> None:
    context.configure(
        connection=conn,
        target_metadata=metadata,
        render_as_batch=True,  # one revision for both engines: SQLite alters by copying
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url")
    if not url:
        raise SystemExit("Give the database: alembic -c … -x url=sqlite:///dev.db <command>")
    from sync_server.store import make_engine

    engine = make_engine(url)
    with engine.connect() as conn:
        _run(conn)
        conn.commit()
    engine.dispose()
