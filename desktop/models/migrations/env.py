"""Alembic environment for a profile database; run by `desktop.models.migrate` on unlock.

The caller hands over an open, keyed connection in `config.attributes["connection"]`
(no alembic.ini, no URL: the key never goes through a URL). Runs on the unlock thread.
"""

from alembic import context

import desktop.models.dashboard_tables  # noqa: F401  (check-ins: their tables join Base)
from desktop.models.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through desktop.models.migrate.upgrade(engine).")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
)
with context.begin_transaction():
    context.run_migrations()
