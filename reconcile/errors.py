"""Errors raised by reconcile. Imports nothing from reconcile.

``InputError`` means the user's input is at fault: the CLI prints its one-line message and
exits with code 2, without a traceback.
"""

from __future__ import annotations


class ReconcileError(Exception):
    """Base class of every error reconcile raises on purpose."""


class InputError(ReconcileError):
    """Bad input: a missing or unreadable file, a bad manifest, a bad date, an empty text.

    ``str(error)`` is one line naming the file and the reason.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class UsageError(ReconcileError):
    """Bad options: an unknown rule code or policy, a bad fail-on, an empty --select."""
