"""Repeated failed sign-ins from one client are refused for a while.

The count lives in the database (``SigninAllowance``), so every app process sees the same count,
and each attempt takes its place in it by one conditional ``UPDATE`` *before* the password is
checked (``db/allowance.py``, the reader tips' allowance): guesses sent at the same moment cannot
all read "four so far" and all go through, as a read-then-write count let them. Only failures
count: a sign-in that succeeds forgets the count, so a team signing in through one office address
is not slowed by its own successes.
"""

from __future__ import annotations

from factcheck.db.allowance import Allowance
from factcheck.security.models import SigninAllowance

MAX_FAILURES = 5
WINDOW_S = 15 * 60

SIGNIN_ATTEMPTS = Allowance(SigninAllowance, MAX_FAILURES, WINDOW_S, sliding=True)
"""The window restarts with each failure: a steady guesser stays locked out."""
