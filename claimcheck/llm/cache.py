"""A persistent cache of the model's answers, so re-checking an unchanged text asks nothing.

An answer is keyed on everything that decides it: the model, the whole request (messages,
temperature) and the schema the answer must fit. It is stored in SQLite (the standard
library's, safe across threads and processes), and the least recently used answers are
dropped when the file grows past its limit. Cassettes are not cached: a replay stays exact.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from claimcheck.errors import ConfigError

SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    key TEXT PRIMARY KEY,
    answer TEXT NOT NULL,
    size INTEGER NOT NULL,
    used REAL NOT NULL
)
"""
FILE = "answers.sqlite"


def request_key(model: str, messages: list[dict[str, str]], schema: dict[str, Any]) -> str:
    """Return the key of one request: a hash of the model, messages, schema and settings."""
    request = {"model": model, "messages": messages, "schema": schema, "temperature": 0}
    return hashlib.sha256(json.dumps(request, sort_keys=True).encode("utf-8")).hexdigest()


class AnswerCache:
    """Answers by request key, in one SQLite file bounded by `max_bytes` of answers."""

    def __init__(self, folder: Path, max_bytes: int) -> None:
        self.path = folder / FILE
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with self._connect() as db:
                db.execute(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise ConfigError(f"cannot use the answer cache in {folder}: {exc}") from exc

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=30)

    def get(self, key: str) -> str | None:
        with self._lock, self._connect() as db:
            row = db.execute("SELECT answer FROM answers WHERE key = ?", (key,)).fetchone()
            if row is not None:
                db.execute("UPDATE answers SET used = ? WHERE key = ?", (time.time(), key))
        return None if row is None else str(row[0])

    def put(self, key: str, answer: str) -> None:
        size = len(answer.encode("utf-8"))
        with self._lock, self._connect() as db:
            db.execute(
                "INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?)",
                (key, answer, size, time.time()),
            )
            total = db.execute("SELECT COALESCE(SUM(size), 0) FROM answers").fetchone()[0]
            if total > self.max_bytes:
                self._evict(db, total - self.max_bytes)

    @staticmethod
    def _evict(db: sqlite3.Connection, excess: int) -> None:
        """Drop the least recently used answers until `excess` bytes are freed."""
        freed = 0
        for key, size in db.execute("SELECT key, size FROM answers ORDER BY used").fetchall():
            if freed >= excess:
                break
            db.execute("DELETE FROM answers WHERE key = ?", (key,))
            freed += size
