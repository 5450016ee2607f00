"""The one exception type of the ingest layer."""

from __future__ import annotations

import os


class IngestError(Exception):
    """A document could not be turned into text.

    It names the file and the reason separately so that a batch runner can
    report the failure, skip the file and go on, and so that callers can
    test for a reason without parsing the message.
    """

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        # Both values go into args so that the error survives pickling
        # (multiprocessing workers send errors back to the parent).
        super().__init__(self.path, reason)

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
