"""Fingerprints of a build's inputs and outputs, so that a rebuild with nothing
changed can stop before loading, resolving or rendering anything.

Kept beside the state file as `.kh-ical-cache.json`, not inside it: the inputs'
fingerprint covers kh-ical's own source files, so putting it in the (committed,
published) state file would make every code change look like a stale output
folder. The cache holds hashes and the report's feed list only; it is not used
with --private (feed paths hold tokens and must not be written in clear).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from functools import lru_cache
from pathlib import Path

import kh_ical
from kh_ical.model import FeedInfo

CACHE_FILE = ".kh-ical-cache.json"
VERSION = 1
_PACKAGE = Path(kh_ical.__file__).resolve().parent


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@lru_cache(maxsize=1)
def source_hash() -> str:
    """Hash of kh-ical's own files (code and templates): a code change invalidates the cache."""
    h = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            h.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def inputs_hash(data_dir: Path, options: dict[str, object]) -> str:
    """Hash of everything a build's outputs depend on: data files, options, versions, code."""
    h = hashlib.sha256()
    libraries = ["icalendar", "jinja2"] + (["segno"] if options.get("base_url") else [])  # segno: the QR codes
    versions = [kh_ical.__version__, sys.version, source_hash(), *(library_fingerprint(n) for n in libraries)]
    h.update(json.dumps([versions, str(data_dir), options], sort_keys=True, default=str).encode())
    for path in sorted(Path(data_dir).glob("*.json")):
        h.update(b"\0" + path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


@lru_cache(maxsize=8)
def library_fingerprint(name: str) -> str:
    """The installed version of a library, without importing it (importing icalendar
    and jinja2 cost more than the whole no-change check): a hash of the files
    that state it (`__init__.py`, `_version.py`, `version.py`) and their place."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return f"{name}: not installed"
    folder = Path(next(iter(spec.submodule_search_locations)))
    h = hashlib.sha256(str(folder).encode())
    for file in ("__init__.py", "_version.py", "version.py"):
        if (folder / file).is_file():
            h.update(b"\0" + file.encode() + b"\0" + (folder / file).read_bytes())
    return f"{name}: {h.hexdigest()}"


def dumps(inputs: str, digests: dict[str, str], feeds: tuple[FeedInfo, ...], warnings: tuple[str, ...]) -> bytes:
    body = {
        "version": VERSION,
        "inputs": inputs,
        "outputs": dict(sorted(digests.items())),
        "feeds": [[f.slug, f.agency, f.name, f.path, f.events, f.size, list(f.lead_tasks), list(f.partner_tasks)]
                  for f in feeds],
        "warnings": list(warnings),
    }
    return json.dumps(body, ensure_ascii=False, indent=0).encode("utf-8")


class Damaged(Exception):
    """The cache file cannot be read: a full build (always correct) with a note."""


def cached(out_dir: Path, inputs: str) -> tuple[tuple[FeedInfo, ...], tuple[str, ...]] | None:
    """The feeds and warnings of the last build if its inputs were `inputs` and every
    file it wrote is still there with the same bytes; otherwise None (build fully).

    Raises:
        Damaged: the cache file exists but is not one kh-ical wrote.
    """
    try:
        raw = json.loads((out_dir / CACHE_FILE).read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError, RecursionError) as exc:
        raise Damaged(str(exc)[:200]) from None
    if not isinstance(raw, dict):
        raise Damaged("not a JSON object")
    try:
        if raw.get("version") != VERSION or raw.get("inputs") != inputs:
            return None
        outputs = raw["outputs"]
        if not outputs:
            return None
        for rel, digest in outputs.items():
            target = out_dir / rel
            if ".." in Path(rel).parts or not target.is_file() or sha256(target.read_bytes()) != digest:
                return None
        feeds = tuple(FeedInfo(s, a, n, p, int(e), int(z), tuple(lt), tuple(pt))
                      for s, a, n, p, e, z, lt, pt in raw["feeds"])
        return feeds, tuple(str(w) for w in raw["warnings"])
    except OSError:
        return None  # an output cannot be read: the build will say why, or rewrite it
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise Damaged(f"{type(exc).__name__}: {str(exc)[:200]}") from None
