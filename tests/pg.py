"""A throwaway PostgreSQL cluster for the test session, from Debian's binaries.

initdb and pg_ctl refuse to run as root, so as root they run as the `postgres` user in a temp
folder it owns (STACK-NOTES.md, section 3). The cluster is stopped and removed after the session.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


class PostgresMissing(RuntimeError):
    pass


def find_pg_bin() -> Path:
    candidates = sorted(
        (p for p in Path("/usr/lib/postgresql").glob("*/bin") if (p / "initdb").exists()),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    if candidates:
        return candidates[-1]
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).resolve().parent
    raise PostgresMissing(
        "PostgreSQL server binaries not found: install them (Debian: apt-get install postgresql)"
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Cluster:
    pgbin: Path
    tmp: Path
    port: int
    as_pg: list[str]

    @property
    def admin_dsn(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, dbname: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def _run(self, *args: object) -> None:
        result = subprocess.run([*self.as_pg, *map(str, args)], capture_output=True, text=True)
        if result.returncode:
            raise RuntimeError(f"{args[0]} failed: {result.stderr or result.stdout}")

    def stop(self) -> None:
        try:
            self._run(self.pgbin / "pg_ctl", "-D", self.tmp / "data", "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)


def start_cluster() -> Cluster:
    pgbin = find_pg_bin()
    tmp = Path(tempfile.mkdtemp(prefix="factcheck-pg."))
    as_pg: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(tmp, "postgres", "postgres")
        as_pg = ["runuser", "-u", "postgres", "--"]
    cluster = Cluster(pgbin, tmp, free_port(), as_pg)
    cluster._run(
        pgbin / "initdb",
        "-D",
        tmp / "data",
        "-U",
        "postgres",
        "--auth=trust",
        "-E",
        "UTF8",
        "--locale=C.UTF-8",
    )
    opts = (
        f"-c listen_addresses=127.0.0.1 -p {cluster.port} -k {tmp} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    )
    cluster._run(pgbin / "pg_ctl", "-D", tmp / "data", "-l", tmp / "pg.log", "-w", "-o", opts, "start")
    return cluster
