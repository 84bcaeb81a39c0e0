"""Alembic environment for a profile database; run by `desktop.models.migrate` on unlock.

The caller hands over an open, keyed connection in `config.attributes["connection"]`
(no alembic.ini, no URL: the key never goes through a URL). Runs on the unlock thread.
"""

from alembic import context

import desktop.models.audit_tables  # noqa: F401 - its tables join Base.metadata
import desktop.models.dashboard_tables  # noqa: F401  (check-ins: their tables join Base)
import desktop.models.learning_tables  # noqa: F401 - its tables join Base.metadata
import desktop.models.review_tables  # noqa: F401 (its tables join Base's metadata)
import desktop.models.rules_tables  # noqa: F401  (its tables are part of the schema)
from desktop.models import (
    closing_tables,  # noqa: F401 - its tables join Base.metadata
    people_tables,  # noqa: F401 - registers its tables on Base
)
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
