"""The repository's scripts (``benchmarks/``, ``scripts/``), loaded by path for their tests: those
folders are no packages, and a benchmark runs from its own folder (its sibling modules beside it)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def script_module(relative: str) -> Any:
    """The module of the script at ``relative`` (e.g. ``benchmarks/exports.py``), loaded once per
    process with its folder on ``sys.path`` while it loads, as running it would have it."""
    path = ROOT / relative
    name = "factcheck_script_" + relative.removesuffix(".py").replace("/", "_")
    module = sys.modules.get(name)
    if module is not None:
        return module
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    sys.path.insert(0, str(path.parent))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    return module
