"""Imports for a short command that reads the database and writes a file (``factcheck export``).

advanced-alchemy, which the models are built on, looks for its optional integrations when it is
first imported and imports those it finds: Litestar (with its OpenAPI, DTO and debugger modules),
NumPy, attrs and cattrs, msgspec. The models need none of them, yet Litestar and NumPy alone were
half of ``factcheck export``'s start-up (0.6 s of CPU and 25 MB of its memory; issue 18,
benchmarks/README.md). Inside ``lean_imports()`` they look not installed to advanced-alchemy, which
then keeps to its plain code paths; once the block ends they can be imported again as usual. In a
process where advanced-alchemy is already loaded (the app, the tests) nothing is hidden: its choice
is made. The commands that load every model (``user``, ``token``, ``seed``, ``db``) need Litestar
for the session store's model and hide less: ``UNUSED_BY_COMMANDS``.

The garbage collector pauses inside the block, in any process. Imports make objects that live as
long as the process, and no garbage to speak of; the collector walked them again and again as they
came (5 % of the export's start-up instructions; session 14).
"""

from __future__ import annotations

import gc
import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

OPTIONAL = ("litestar", "numpy", "attrs", "cattrs", "msgspec")
"""What advanced-alchemy imports when it finds it and an export does not use."""

UNUSED_BY_COMMANDS = ("numpy", "attrs", "cattrs", "pygments")
"""What the models, the services and Alembic import when they find it and no command of
``factcheck`` but ``serve`` uses: advanced-alchemy's NumPy and attrs integrations, and Pygments,
which mako (under Alembic) loads to colour the source in HTML tracebacks. Litestar and msgspec
stay: the session store's model is built on Litestar's store (``security/models.py``). 0.1-0.2 s
of CPU of each ``factcheck user ...``, ``db upgrade`` or ``seed`` (session 22, benchmarks/README.md)."""


@contextmanager
def lean_imports(hidden: tuple[str, ...] = OPTIONAL) -> Iterator[None]:
    collecting = gc.isenabled()
    gc.disable()
    try:
        with _hidden(hidden):
            yield
    finally:
        if collecting:
            gc.enable()


@contextmanager
def _hidden(names: tuple[str, ...]) -> Iterator[None]:
    if "advanced_alchemy" in sys.modules:
        yield
        return
    hidden = [name for name in names if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # import and find_spec then say "not installed"
    try:
        yield
    finally:
        for name in hidden:
            if sys.modules.get(name, True) is None:
                del sys.modules[name]
