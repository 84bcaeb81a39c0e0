"""Full-text search of messages: an FTS5 index inside the profile's encrypted database.

The index is contentless (`content=''`, with `contentless_delete=1`), so message text is not
stored twice; only the encrypted database's own pages hold the token index. FTS5 needs
integer rowids and `messages.id` is text (its implicit rowid may change on VACUUM or a batch
migration), so a small table gives each message a stable integer. Triggers keep the index in
step with every insert, edit, deletion (tombstones erase the body) and row removal.
Deleted messages are not indexed.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

UPGRADE = (
    """CREATE TABLE message_search_rowids (
        n INTEGER PRIMARY KEY,
        message_id VARCHAR(64) NOT NULL UNIQUE
    )""",
    """CREATE VIRTUAL TABLE message_fts USING fts5(
        body, content='', contentless_delete=1,
        tokenize='unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER message_fts_insert AFTER INSERT ON messages BEGIN
        INSERT OR IGNORE INTO message_search_rowids(message_id) VALUES (new.id);
        INSERT INTO message_fts(rowid, body)
            SELECT n, new.body FROM message_search_rowids
            WHERE message_id = new.id AND NOT new.deleted;
    END""",
    """CREATE TRIGGER message_fts_update AFTER UPDATE OF body, deleted ON messages BEGIN
        DELETE FROM message_fts
            WHERE rowid = (SELECT n FROM message_search_rowids WHERE message_id = old.id);
        INSERT OR IGNORE INTO message_search_rowids(message_id) VALUES (new.id);
        INSERT INTO message_fts(rowid, body)
            SELECT n, new.body FROM message_search_rowids
            WHERE message_id = new.id AND NOT new.deleted;
    END""",
    """CREATE TRIGGER message_fts_delete AFTER DELETE ON messages BEGIN
        DELETE FROM message_fts
            WHERE rowid = (SELECT n FROM message_search_rowids WHERE message_id = old.id);
        DELETE FROM message_search_rowids WHERE message_id = old.id;
    END""",
    # Messages already stored when the index is added.
    "INSERT INTO message_search_rowids(message_id) SELECT id FROM messages ORDER BY hlc",
    """INSERT INTO message_fts(rowid, body)
        SELECT r.n, m.body FROM messages m JOIN message_search_rowids r ON r.message_id = m.id
        WHERE NOT m.deleted""",
)

DOWNGRADE = (
    "DROP TRIGGER IF EXISTS message_fts_delete",
    "DROP TRIGGER IF EXISTS message_fts_update",
    "DROP TRIGGER IF EXISTS message_fts_insert",
    "DROP TABLE IF EXISTS message_fts",
    "DROP TABLE IF EXISTS message_search_rowids",
)


def upgrade() -> None:
    for statement in UPGRADE:
        op.execute(statement)


def downgrade() -> None:
    for statement in DOWNGRADE:
        op.execute(statement)
