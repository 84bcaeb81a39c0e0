"""The app in French for one test: the shipped translation, then back to English."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication

from desktop.ui import i18n


@contextmanager
def in_french(app: QCoreApplication) -> Iterator[None]:
    i18n.install_language(app, "fr")
    try:
        yield
    finally:
        i18n.install_language(app, "en")
