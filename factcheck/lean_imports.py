"""Imports for a short command that reads the database and writes a file (``factcheck export``).

advanced-alchemy, which the models are built on, looks for its optional integrations when it is
first imported and imports those it finds: Litestar (with its OpenAPI, DTO and debugger modules)
and NumPy. The models need neither, yet together they were half of ``factcheck export``'s start-up
(0.6 s of CPU and 25 MB of its memory; issue 18, benchmarks/README.md). Inside ``lean_imports()``
they look not installed to advanced-alchemy, which then keeps to its plain code paths; once the
block ends they can be imported again as usual. In a process where advanced-alchemy is already
loaded (the app, the tests) nothing is changed: its choice is made.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

OPTIONAL = ("litestar", "numpy")
"""What advanced-alchemy imports when it finds it and an export does not use."""


@contextmanager
def lean_imports() -> Iterator[None]:
    if "advanced_alchemy" in sys.modules:
        yield
        return
    hidden = [name for name in OPTIONAL if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # import and find_spec then say "not installed"
    try:
        yield
    finally:
        for name in hidden:
            if sys.modules.get(name, True) is None:
                del sys.modules[name]
