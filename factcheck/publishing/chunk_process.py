"""A child process that reads an SQLite export's chunks beside the app (issue 18).

SQLite runs its statements in the process that asks, and an export's statements are most of its
time. Read on a thread of the app, each row stepped waits for the interpreter's lock while the
app writes the previous chunk (benchmarks/README.md, session 10), so the database's work and
Python's took turns on one core. Read by child processes, they run on the machine's other cores.

The app runs this file by its path with ``python -I``: the standard library only, nothing of the
app imported, so a reader starts in about 40 ms. On its standard input it gets one request (a
pickled dict: the database's path, the pragmas, and the statements with their parameters, as the
driver takes them); on its standard output it writes, for each statement in turn, the rows as
``sqlite3`` gives them, pickled, each after its length (``HEADER``). A failure is a dict with an
``error`` in place of the rows, and the reader ends. All its statements are read in one read
transaction: one reader's chunks are one snapshot of the database, as its connection's would be in
the app. It never writes (``query_only``).
"""

from __future__ import annotations

import contextlib
import pickle
import sqlite3
import struct
import sys
from typing import Any, BinaryIO

HEADER = struct.Struct("<Q")
"""The byte length of the pickled frame that follows it."""


def frame(value: Any) -> bytes:
    """``value`` pickled, after its length."""
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return HEADER.pack(len(payload)) + payload


def serve(request: dict[str, Any], out: BinaryIO) -> None:
    """Run the request's statements in one read transaction, writing each one's rows as a frame."""
    connection = sqlite3.connect(request["database"], isolation_level=None)
    try:
        for name, value in request["pragmas"].items():
            connection.execute(f"PRAGMA {name}={int(value)}")
        connection.execute("PRAGMA query_only=1")
        connection.execute("BEGIN")
        for statement, parameters in request["statements"]:
            out.write(frame(connection.execute(statement, parameters).fetchall()))
            out.flush()
        connection.execute("COMMIT")
    finally:
        connection.close()


PIPE_BYTES = 1 << 20
"""The output pipe's size (Linux's default is 64 KiB): the app takes in a frame in a few reads,
not one per 64 KiB the reader has written."""


def main() -> int:
    out = sys.stdout.buffer
    import fcntl  # here: the app imports this module for its frames, on any system

    pipe_size = getattr(fcntl, "F_SETPIPE_SZ", None)  # Linux's
    with contextlib.suppress(OSError):  # not a pipe, or more than the system allows: the default then
        if pipe_size is not None:
            fcntl.fcntl(out.fileno(), pipe_size, PIPE_BYTES)
    try:
        serve(pickle.load(sys.stdin.buffer), out)
    except BrokenPipeError:  # the app stopped reading (a download stopped half-way): nothing to say
        return 1
    except Exception as exc:  # said to the app, which raises it where the export is written
        try:
            out.write(frame({"error": f"{type(exc).__name__}: {exc}"}))
            out.flush()
        except BrokenPipeError:
            pass
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
