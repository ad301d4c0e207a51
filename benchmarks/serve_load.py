"""`kh-ical serve` under load: N concurrent clients × M requests each, over loopback.

The server runs as its own process (`python -m kh_ical serve --port 0`), so the clients'
threads do not share its interpreter lock. Every answer is checked: 200 with the file's
exact bytes, or 304 when the client sent the file's ETag. Latency is per request, from
connecting (or sending, on a kept-alive connection) to the last byte of the body.

    python -m benchmarks.serve_load --clients 200 --requests 10
    python -m benchmarks.serve_load --src /tmp/old-checkout   # the server from another tree
    python -m benchmarks.serve_load --stalled 500   # with 500 half-sent requests held open meanwhile

Prints one Markdown row per mode; speed is never asserted in tests (tests/test_serve.py
runs the same load and asserts only that nothing failed).
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODES = ("new", "keep-alive")  # a new connection per request (as most calendar clients), or one per client


@dataclass
class Outcome:
    latencies: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)


def site_files(root: Path) -> dict[str, bytes]:
    """URL path → bytes of the visible files (no dot-files), served to the clients in turn."""
    files = {}
    for file in sorted(root.rglob("*")):
        rel = file.relative_to(root)
        if file.is_file() and not any(part.startswith(".") for part in rel.parts):
            files["/" + rel.as_posix()] = file.read_bytes()
    return files


def run_clients(host: str, port: int, files: dict[str, bytes], clients: int, requests: int,
                keep_alive: bool, timeout: float = 30.0) -> Outcome:
    """`clients` threads, released together, each making `requests` checked requests."""
    paths = list(files)
    outcome = Outcome()
    lock = threading.Lock()
    start = threading.Barrier(clients)

    def client(index: int) -> None:
        etags: dict[str, str] = {}
        conn = None
        try:
            start.wait(timeout)
        except threading.BrokenBarrierError:
            pass
        for i in range(requests):
            path = paths[(index * 7 + i // 2) % len(paths)]  # each path twice: the second asks for a 304
            headers = {"If-None-Match": etags[path]} if path in etags else {}
            began = time.perf_counter()
            try:
                if conn is None:
                    conn = http.client.HTTPConnection(host, port, timeout=timeout)
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
                body = response.read()
                elapsed = time.perf_counter() - began
                status = response.status
                if status == 200 and body == files[path]:
                    etags[path] = response.getheader("ETag") or ""
                    problem = None
                elif status == 304 and headers and body == b"":
                    problem = None
                else:
                    problem = f"{path}: {status}, {len(body)} bytes"
                if not keep_alive or response.will_close:
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException) as exc:
                elapsed = time.perf_counter() - began
                status, problem = 0, f"{path}: {type(exc).__name__}: {exc}"
                if conn is not None:
                    conn.close()
                    conn = None
            with lock:
                outcome.latencies.append(elapsed)
                outcome.statuses[status] = outcome.statuses.get(status, 0) + 1
                if problem:
                    outcome.failures.append(problem)
        if conn is not None:
            conn.close()

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcome


def start_server(folder: Path, src: Path, log: Path) -> tuple[subprocess.Popen, int]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "kh_ical", "serve", "--host", "127.0.0.1", "--port", "0", "--dir", str(folder)],
        stdout=subprocess.PIPE, stderr=log.open("wb"), text=True, env=env, cwd=src,
    )
    line = proc.stdout.readline()
    if "http://127.0.0.1:" not in line:
        proc.kill()
        raise SystemExit(f"the server did not start: {line!r}")
    return proc, int(line.split("http://127.0.0.1:")[1].split("/")[0])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--requests", type=int, default=10, help="requests per client")
    parser.add_argument("--dir", type=Path, default=ROOT / "feeds", help="output folder to serve")
    parser.add_argument("--src", type=Path, default=ROOT, help="source tree whose kh_ical serves")
    parser.add_argument("--log", type=Path, default=Path(os.devnull), help="server's console output")
    parser.add_argument("--mode", choices=(*MODES, "both"), default="both")
    parser.add_argument("--stalled", type=int, default=0,
                        help="connections that send half a request line and wait, opened first (slowloris)")
    args = parser.parse_args(argv)

    files = site_files(args.dir)
    proc, port = start_server(args.dir, args.src.resolve(), args.log)
    stalled = []
    try:
        for _ in range(args.stalled):
            sock = socket.create_connection(("127.0.0.1", port), timeout=30)
            sock.sendall(b"GET /index.ht")
            stalled.append(sock)
        print("| mode | requests | failures | 200 / 304 | p50 ms | p90 ms | p99 ms | max ms | wall s | req/s |")
        print("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|")
        for mode in MODES if args.mode == "both" else (args.mode,):
            began = time.perf_counter()
            out = run_clients("127.0.0.1", port, files, args.clients, args.requests, keep_alive=mode == "keep-alive")
            wall = time.perf_counter() - began
            ms = [x * 1000 for x in out.latencies]
            print(f"| {mode} | {len(ms):,} | {len(out.failures)} | {out.statuses.get(200, 0)} / "
                  f"{out.statuses.get(304, 0)} | {statistics.median(ms):.1f} | {percentile(ms, 0.90):.1f} | "
                  f"{percentile(ms, 0.99):.1f} | {max(ms):.1f} | {wall:.2f} | {len(ms) / wall:,.0f} |")
            for failure in sorted(set(out.failures))[:5]:
                print(f"    {failure}", file=sys.stderr)
    finally:
        for sock in stalled:
            sock.close()
        proc.terminate()
        proc.wait(10)


if __name__ == "__main__":
    main()
