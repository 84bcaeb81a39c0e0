# sqlcipher3 ships no type hints; it is pysqlite built against SQLCipher, with the API of the
# standard library's sqlite3 (same classes, functions and exceptions), so its types are those.
from sqlite3 import *  # noqa: F403
