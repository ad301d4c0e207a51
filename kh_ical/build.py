"""Build orchestration: data → resolved plan → feeds + state + site → files.

Everything is computed and validated in memory first; only then are files
written (each to a temporary file, then `os.replace`), the state file last.
A build that fails for any reason leaves the previous output untouched.
This is the only module that writes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from kh_ical import manifest
from kh_ical import state as st
from kh_ical.errors import DataError, KhIcalError, Problem
from kh_ical.feed import FeedContent, FeedOptions, Stamp, content_hash, plan_feeds, render_feed
from kh_ical.files import write_atomic
from kh_ical.loader import load_plan
from kh_ical.model import ALL_FEED, FeedInfo, ResolvedPlan
from kh_ical.private import ensure_tokens, load_tokens
from kh_ical.resolve import raise_for_errors, resolve_plan
from kh_ical.site import render_site

MAX_FEED_BYTES = 1_000_000  # Google drops or truncates big subscriptions
MAX_FEED_EVENTS = 1_000
DEFAULT_SECRETS = Path("secrets/feed-tokens.json")
PRIVATE_DIR = "p"  # private feeds: p/<token>/<agency-id>.ics
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_TOKEN = re.compile(r"[A-Za-z0-9_-]{8,128}")
_PATH_PART = re.compile(r"[A-Za-z0-9_.-]+")


@dataclass(frozen=True)
class BuildOptions:
    windows: str = "span"
    remind: dt.timedelta | None = None
    base_url: str | None = None
    private: bool = False
    secrets_path: Path = DEFAULT_SECRETS
    check: bool = False  # compute and compare only; write nothing

    def feed_options(self) -> FeedOptions:
        return FeedOptions(self.windows, self.remind, self.base_url)


@dataclass(frozen=True)
class BuildReport:
    out_dir: Path
    feeds: tuple[FeedInfo, ...]
    events: st.Changes  # UIDs added / changed / removed
    files_added: tuple[str, ...] = ()
    files_changed: tuple[str, ...] = ()
    files_removed: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    check: bool = False
    titles: dict[str, str] = field(default_factory=dict)  # UID → "path: SUMMARY (date)"

    @property
    def stale(self) -> bool:
        """Whether the output folder differs from what the data gives."""
        return bool(self.files_added or self.files_changed or self.files_removed)


def build(data_dir: Path, out_dir: Path, options: BuildOptions = BuildOptions()) -> BuildReport:
    """Load, resolve and publish the plan in `data_dir` into `out_dir`.

    When the inputs (data files, options, kh-ical's code) are those of the last
    build into `out_dir` and every file it wrote is unchanged, the same report is
    returned at once (`manifest`): nothing is loaded, resolved or written.

    Raises:
        DataError: bad data or phrases (nothing is written).
    """
    data_dir, out_dir = Path(data_dir), Path(out_dir)
    inputs = None if options.private else manifest.inputs_hash(data_dir, _options_key(options))
    hit = manifest.cached(out_dir, inputs) if inputs else None
    if hit is not None:
        feeds, warnings = hit
        return BuildReport(out_dir, feeds, st.Changes(), warnings=warnings, check=options.check)
    resolved = resolve_plan(load_plan(data_dir))
    raise_for_errors(resolved)
    report, files = _publish(resolved, out_dir, options, None)
    if not options.check:  # after the outputs: a build that failed half-way leaves a cache that does not match
        _write_cache(out_dir, manifest.dumps(inputs, files, report.feeds, report.warnings) if inputs else None)
    return report


def _write_cache(out_dir: Path, data: bytes | None) -> None:
    target = out_dir / manifest.CACHE_FILE
    if data is None:
        target.unlink(missing_ok=True)
        return
    write_atomic(target, data)


def _options_key(options: BuildOptions) -> dict[str, object]:
    remind = options.remind.total_seconds() if options.remind is not None else None
    return {"windows": options.windows, "remind": remind, "base_url": options.base_url}


def build_resolved(
    resolved: ResolvedPlan, out_dir: Path, options: BuildOptions = BuildOptions(), now: dt.datetime | None = None
) -> BuildReport:
    """Publish an already resolved plan; `now` defaults to `state.build_time()`."""
    return _publish(resolved, out_dir, options, now)[0]


def _publish(
    resolved: ResolvedPlan, out_dir: Path, options: BuildOptions, now: dt.datetime | None
) -> tuple[BuildReport, dict[str, bytes]]:
    """The report and every file of the build (written unless options.check)."""
    validate_ids(resolved)
    tokens = _tokens(resolved, options)
    contents = plan_feeds(resolved, options.feed_options(), lambda slug: _feed_path(slug, tokens))
    old = st.load(out_dir)
    hashes = {e.uid: content_hash(e) for c in contents for e in c.events}
    _check_unique(contents)
    new = st.diff(old, hashes, now if now is not None else st.build_time())
    files, infos = _render(contents, new)
    files.update(_site_pages(resolved, infos, options, set(files)))
    new = st.State(new.events, tuple(sorted(record_path(p) for p in files)))
    files[st.STATE_FILE] = st.dumps(new)
    for path in files:
        safe_path(out_dir, path)
    report = _compare(out_dir, files, old, new, infos, contents, options)
    report = _with_warnings(report, resolved, infos)
    if not options.check:
        write_files(out_dir, files, report.files_removed)
    return report, files


def validate_ids(resolved: ResolvedPlan) -> None:
    """Agency ids become file names: only lower-case ASCII slugs are allowed."""
    problems = []
    for i, agency in enumerate(resolved.plan.agencies):
        place = f"data/agencies.json: agencies[{i}] ({agency.id!r}).id"
        if not _SLUG.fullmatch(agency.id) or len(agency.id) > 80:
            problems.append(Problem(place, "not a slug usable as a file name", "use a-z, 0-9 and single hyphens"))
        elif agency.id == ALL_FEED:
            problems.append(Problem(place, f'"{ALL_FEED}" is reserved for the whole-plan feed'))
    if problems:
        raise DataError(problems)


def safe_path(out_dir: Path, rel: str) -> Path:
    """`out_dir / rel` for a plain relative POSIX path that stays inside `out_dir`."""
    pure = PurePosixPath(rel)
    ok = (
        rel == str(pure)
        and not pure.is_absolute()
        and all(_PATH_PART.fullmatch(p) and p not in (".", "..") for p in pure.parts)
    )
    if not ok:
        raise KhIcalError(f"refusing to write outside the output folder: {rel!r}")
    return out_dir / Path(*pure.parts)


def _tokens(resolved: ResolvedPlan, options: BuildOptions) -> dict[str, str]:
    if not options.private:
        return {}
    # Every feed is private, the whole-plan one too (it holds every agency's tasks).
    ids = sorted(a.id for a in resolved.plan.agencies) + [ALL_FEED]
    # --check writes nothing, not even new tokens: a missing one is reported below.
    read = load_tokens if options.check else lambda path: ensure_tokens(path, ids)
    tokens = dict(read(options.secrets_path))
    bad = [i for i in ids if not _TOKEN.fullmatch(str(tokens.get(i, "")))]
    if bad:
        raise KhIcalError(
            f"{options.secrets_path}: missing or malformed private token for {', '.join(bad)}; "
            "run `kh-ical build --private` to create missing tokens"
        )
    return {i: tokens[i] for i in ids}


def _feed_path(slug: str, tokens: dict[str, str]) -> str:
    return f"{PRIVATE_DIR}/{tokens[slug]}/{slug}.ics" if slug in tokens else f"{slug}.ics"


def _check_unique(contents: list[FeedContent]) -> None:
    """UIDs are distinct across feeds (clients confuse shared UIDs)."""
    seen: dict[str, str] = {}
    for content in contents:
        for event in content.events:
            if event.uid in seen:
                raise KhIcalError(f"UID {event.uid} used twice ({seen[event.uid]}, {content.spec.slug})")
            seen[event.uid] = content.spec.slug


def _render(contents: list[FeedContent], state: st.State) -> tuple[dict[str, bytes], list[FeedInfo]]:
    files: dict[str, bytes] = {}
    infos: list[FeedInfo] = []
    for content in contents:
        stamps = {
            e.uid: Stamp(state.events[e.uid].sequence, state.events[e.uid].changed) for e in content.events
        }
        data = render_feed(content, stamps)
        validate_feed_bytes(content.spec.path, data, len(content.events))
        spec = content.spec
        files[spec.path] = data
        infos.append(
            FeedInfo(spec.slug, spec.agency, spec.name, spec.path, len(content.events), len(data),
                     spec.lead_tasks, spec.partner_tasks)
        )
    return files, infos


def validate_feed_bytes(path: str, data: bytes, events: int) -> None:
    """Refuse to publish a feed that clients would choke on (a bug guard)."""
    problems = []
    if not data.endswith(b"\r\n") or b"\n" in data.replace(b"\r\n", b""):
        problems.append("line endings are not CRLF")
    lines = data.split(b"\r\n")
    for n, line in enumerate(lines, 1):
        if len(line) > 75:
            problems.append(f"line {n} is {len(line)} octets long")
        if not line.isascii():
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                problems.append(f"line {n} is not valid UTF-8 on its own")
    # Counting the component lines instead of a full icalendar read-back (which
    # cost as much as rendering); the strict parsers run in the tests.
    if lines.count(b"BEGIN:VEVENT") != events or lines.count(b"END:VEVENT") != events:
        problems.append("the feed does not hold every event")
    if problems:
        raise KhIcalError(f"{path}: internal error, feed not written: {'; '.join(problems[:5])}")


def _site_pages(resolved, infos, options: BuildOptions, taken: set[str]) -> dict[str, bytes]:
    """The index and agency pages (`kh_ical.site`), published beside the feeds."""
    # The pages are published next to the feeds: they never show private URLs
    # (those are handed out with `kh-ical tokens`).
    pages = render_site(resolved, infos, base_url=options.base_url, private_urls=False)
    clash = sorted(set(pages) & (taken | {st.STATE_FILE, manifest.CACHE_FILE}))
    if clash:
        raise KhIcalError(f"site pages would overwrite feeds: {', '.join(clash)}")
    return dict(pages)


def _compare(out_dir, files, old, new, infos, contents, options) -> BuildReport:
    added, changed = [], []
    for path, data in sorted(files.items()):
        target = out_dir / path
        if not target.is_file():
            added.append(path)
        elif target.read_bytes() != data:
            changed.append(path)
    removed = [p for p in produced_before(out_dir, old) if p not in files]
    titles = {
        e.uid: f"{c.spec.path}: {e.summary} ({e.start.isoformat()})" for c in contents for e in c.events
    }
    return BuildReport(
        out_dir, tuple(infos), st.changes(old, new), tuple(added), tuple(changed),
        tuple(sorted(removed)), check=options.check, titles=titles,
    )


def record_path(path: str) -> str:
    """How the state file records a produced path: private paths only as a hash.

    The state file is published with the feeds; a private path holds its token.
    """
    if path.startswith(PRIVATE_DIR + "/"):
        return "sha256:" + hashlib.sha256(path.encode("utf-8")).hexdigest()
    return path


def produced_before(out_dir: Path, old: st.State) -> list[str]:
    """Existing files an earlier build recorded (private ones found by their hash)."""
    hashed = {f for f in old.files if f.startswith("sha256:")}
    paths = [safe_path(out_dir, f) and f for f in old.files if f not in hashed]
    private = out_dir / PRIVATE_DIR
    if hashed and private.is_dir():
        for file in sorted(private.rglob("*")):
            rel = file.relative_to(out_dir).as_posix()
            if file.is_file() and record_path(rel) in hashed:
                paths.append(rel)
    return sorted(p for p in paths if (out_dir / p).is_file())


def _with_warnings(report: BuildReport, resolved: ResolvedPlan, infos: list[FeedInfo]) -> BuildReport:
    warnings = []
    for info in infos:
        if info.size > MAX_FEED_BYTES:
            warnings.append(f"{info.path}: {info.size} byte, quá ~1 MB (Google có thể bỏ cập nhật)")
        if info.events > MAX_FEED_EVENTS:
            warnings.append(f"{info.path}: {info.events} sự kiện, quá ~1.000 (nên dùng --windows end)")
    for task, unresolved in resolved.unresolved:
        warnings.append(f"{task.id}: chưa có ngày, không đưa vào lịch — {unresolved.reason}")
    return replace(report, warnings=tuple(warnings))


def write_files(out_dir: Path, files: dict[str, bytes], removed: tuple[str, ...]) -> None:
    """Write changed files atomically, remove stale ones, the state file last.

    All temporary files are written first; if any write fails they are deleted
    and nothing visible changes.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    order = sorted(p for p in files if p != st.STATE_FILE) + [st.STATE_FILE]
    pending: list[tuple[Path, Path]] = []
    try:
        for rel in order:
            target = safe_path(out_dir, rel)
            if target.is_file() and target.read_bytes() == files[rel]:
                continue  # unchanged: leave the file (and its mtime) alone
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
            with open(tmp, "wb") as fh:
                fh.write(files[rel])
                if rel == st.STATE_FILE:  # feeds and pages can be regenerated from the data
                    fh.flush()
                    os.fsync(fh.fileno())
            pending.append((tmp, target))
    except BaseException:
        for tmp, _ in pending:
            tmp.unlink(missing_ok=True)
        raise
    state_move = [m for m in pending if m[1].name == st.STATE_FILE and m[1].parent == out_dir]
    for tmp, target in [m for m in pending if m not in state_move]:
        os.replace(tmp, target)
    for rel in removed:
        _remove(out_dir, rel)
    for tmp, target in state_move:
        os.replace(tmp, target)


def _remove(out_dir: Path, rel: str) -> None:
    target = safe_path(out_dir, rel)
    target.unlink(missing_ok=True)
    parent = target.parent
    while parent != out_dir and parent.is_dir() and not any(parent.iterdir()):
        parent.rmdir()  # drop emptied p/<token>/ folders
        parent = parent.parent
