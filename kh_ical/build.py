"""Build orchestration: data → resolved plan → feeds + state + site → files.

Files are made one at a time, checked, and staged in temporary files beside
their targets (`files.Staging`); only when every file is staged are they moved
into place with `os.replace`, the state file last, following a journal written
first, so that a build killed half-way is finished by the next one. A build
never holds every output in memory, one that fails before the journal leaves
the previous output untouched, and one build at a time writes a folder
(`kh_ical.lock`). SEQUENCE never goes below what the published feeds show
(`kh_ical.published`). This is the only module that writes feeds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from kh_ical import manifest
from kh_ical import state as st
from kh_ical.errors import DataError, KhIcalError, Problem
from kh_ical.files import Staging, finish_interrupted, is_plain, safe_path, write_atomic
from kh_ical.lock import locked
from kh_ical.model import ALL_FEED, FeedInfo, ResolvedPlan, checked_base_url
from kh_ical.published import read_published, stamp_and_digest

if TYPE_CHECKING:
    from kh_ical.feed import FeedOptions

# The resolver, the calendar writer (icalendar) and the site (jinja2) are
# imported inside the functions that use them: a rebuild with nothing changed
# stops at the build cache without loading them (a third of a small build).

MAX_FEED_BYTES = 1_000_000  # Google drops or truncates big subscriptions
MAX_FEED_EVENTS = 1_000
DEFAULT_SECRETS = Path("secrets/feed-tokens.json")
PRIVATE_DIR = "p"  # private feeds: p/<token>/<agency-id>.ics
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_TOKEN = re.compile(r"[A-Za-z0-9_-]{8,128}")


@dataclass(frozen=True)
class BuildOptions:
    windows: str = "span"
    remind: dt.timedelta | None = None
    base_url: str | None = None
    private: bool = False
    secrets_path: Path = DEFAULT_SECRETS
    check: bool = False  # compute and compare only; write nothing

    def __post_init__(self) -> None:
        if self.base_url is not None:
            checked_base_url(self.base_url)

    def feed_options(self) -> FeedOptions:
        from kh_ical.feed import FeedOptions

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
    _refuse_wrong_places(out_dir, options)
    if options.check:  # writes nothing, so takes no lock
        return _build(data_dir, out_dir, options)
    with locked(out_dir, "kh-ical build"):
        notes = ["đã hoàn tất việc xuất bản dở dang của lần build trước (bị dừng giữa chừng)"] \
            if finish_interrupted(out_dir) else []
        report = _build(data_dir, out_dir, options)
    return _noted(report, notes)


def _noted(report: BuildReport, notes: list[str]) -> BuildReport:
    """`report` with `notes` (what the build found and mended) before its warnings."""
    return replace(report, warnings=(*notes, *report.warnings)) if notes else report


def _refuse_wrong_places(out_dir: Path, options: BuildOptions) -> None:
    """Before the lock (which creates the output folder) and before a token is made:
    a secrets file or private feeds where they would be published are refused."""
    from kh_ical.private import check_places

    check_places(out_dir, options.secrets_path, private=options.private)


def _build(data_dir: Path, out_dir: Path, options: BuildOptions) -> BuildReport:
    inputs = None if options.private else manifest.inputs_hash(data_dir, _options_key(options))
    notes = []
    try:
        hit = manifest.cached(out_dir, inputs) if inputs else None
    except manifest.Damaged as exc:
        hit = None
        notes.append(f"{out_dir / manifest.CACHE_FILE}: bộ nhớ đệm của lần build trước bị hỏng ({exc}) — "
                     "bỏ qua, build đầy đủ")
    if hit is not None:
        feeds, warnings = hit
        return BuildReport(out_dir, feeds, st.Changes(), warnings=warnings, check=options.check)
    from kh_ical.loader import load_plan
    from kh_ical.resolve import raise_for_errors, resolve_plan

    resolved = resolve_plan(load_plan(data_dir))
    raise_for_errors(resolved)
    report, digests = _publish(resolved, out_dir, options, None)
    if not options.check:  # after the outputs: a build that failed half-way leaves a cache that does not match
        _write_cache(out_dir, manifest.dumps(inputs, digests, report.feeds, report.warnings) if inputs else None)
    return _noted(report, notes)


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
    _refuse_wrong_places(out_dir, options)
    if options.check:
        return _publish(resolved, out_dir, options, now)[0]
    with locked(out_dir, "kh-ical build"):
        finish_interrupted(out_dir)
        return _publish(resolved, out_dir, options, now)[0]


def _publish(
    resolved: ResolvedPlan, out_dir: Path, options: BuildOptions, now: dt.datetime | None
) -> tuple[BuildReport, dict[str, str]]:
    """The report and the SHA-256 of every file of the build (written unless options.check).

    Feeds are rendered, compared and staged one at a time (`files.Staging`);
    nothing visible changes until every file is staged.
    """
    validate_ids(resolved)
    tokens = _tokens(resolved, options, out_dir)
    old, notes = _old_state(out_dir)
    now = now if now is not None else st.build_time()
    staged = Staging(out_dir, write=not options.check)
    try:
        records, infos, titles = _stage_feeds(resolved, options, tokens, old, now, staged)
        _stage_pages(resolved, infos, options, staged, last_change(records))
        new = st.State(st.merge(old, records), tuple(sorted(record_path(p) for p in staged.digests)))
        staged.add(st.STATE_FILE, st.dump_parts(new), durable=True)
        removed = tuple(p for p in produced_before(out_dir, old, tokens) if p not in staged.digests)
        if not options.check:
            staged.commit(removed, last=st.STATE_FILE)
    finally:
        staged.discard()
    report = BuildReport(
        out_dir, tuple(infos), st.changes(old, new), tuple(sorted(staged.added)), tuple(sorted(staged.changed)),
        removed, check=options.check, titles=titles,
    )
    report = _with_warnings(report, resolved, infos)
    return _noted(report, notes), staged.digests


def _old_state(out_dir: Path) -> tuple[st.State, list[str]]:
    """The state file's records, raised to what the published feeds show (never
    lower: see `kh_ical.published`), and warnings saying when that was needed."""
    notes = []
    published = read_published(out_dir)
    try:
        old = st.load(out_dir)
    except DataError as exc:
        if not published:
            raise  # nothing published to read SEQUENCE back from
        problem = exc.problems[0]
        notes.append(f"{problem.place}: {problem.message} — bỏ qua, dựng lại từ các lịch đã xuất bản")
        old = st.State()
    old, raised = st.with_floor(old, published, stamp_and_digest)
    if raised:
        notes.append(f"{raised} mục lịch: tệp trạng thái thiếu, hỏng hoặc cũ hơn lịch đã xuất bản — "
                     "SEQUENCE được lấy lại từ các tệp .ics trong thư mục kết quả")
    return old, notes


def _stage_feeds(resolved, options, tokens, old: st.State, now, staged: Staging):
    """Render every feed with its SEQUENCE/DTSTAMP from the state, and stage it.

    Returns the new state records of the published UIDs, the feeds' FeedInfo,
    and "path: SUMMARY (date)" of the UIDs that are new or changed.
    """
    from kh_ical.feed import content_hash, iter_feeds, render_parts, vevent_digest

    records: dict[str, st.Record] = {}
    infos: list[FeedInfo] = []
    titles: dict[str, str] = {}
    for content in iter_feeds(resolved, options.feed_options(), lambda slug: _feed_path(slug, tokens)):
        spec = content.spec
        for event in content.events:
            if event.uid in records:  # UIDs hold the feed's slug: a clash means a bug, not bad data
                raise KhIcalError(f"lỗi nội bộ: UID {event.uid} dùng hai lần (trong {spec.slug} và một lịch trước đó)")
            before = old.events.get(event.uid)
            digest = content_hash(event)
            if before is not None and before.hash.startswith(st.RECOVERED):
                before = st.recovered(before, vevent_digest(event, before, spec.timezone), digest)
            record = records[event.uid] = st.advance(before, digest, now)
            if options.check and record is not before:  # only --check lists them
                titles[event.uid] = f"{spec.path}: {event.summary} ({event.start.isoformat()})"
        # A state record carries the stamp (SEQUENCE, change time) a VEVENT shows.
        parts = checked_parts(spec.path, render_parts(content, records), len(content.events))
        size = staged.add(spec.path, parts)
        infos.append(
            FeedInfo(spec.slug, spec.agency, spec.name, spec.path, len(content.events), size,
                     spec.lead_tasks, spec.partner_tasks)
        )
    return records, infos, titles


def validate_ids(resolved: ResolvedPlan) -> None:
    """Agency ids become file names: only lower-case ASCII slugs are allowed."""
    problems = []
    for i, agency in enumerate(resolved.plan.agencies):
        place = f"data/agencies.json: agencies[{i}] ({agency.id!r}).id"
        if not _SLUG.fullmatch(agency.id) or len(agency.id) > 80:
            problems.append(Problem(place, "không dùng làm tên tệp được",
                                    "chỉ dùng a-z, 0-9 và một dấu gạch nối giữa các chữ"))
        elif agency.id == ALL_FEED:
            problems.append(Problem(place, f'"{ALL_FEED}" đã dành cho lịch chung của cả kế hoạch', "chọn mã khác"))
    if problems:
        raise DataError(problems)


def _tokens(resolved: ResolvedPlan, options: BuildOptions, out_dir: Path) -> dict[str, str]:
    from kh_ical.private import ensure_tokens, load_tokens

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
            f"{options.secrets_path}: thiếu hoặc hỏng mã riêng của {', '.join(bad)}; "
            "chạy `kh-ical build --private` để tạo các mã còn thiếu"
        )
    return {i: tokens[i] for i in ids}


def _feed_path(slug: str, tokens: dict[str, str]) -> str:
    return f"{PRIVATE_DIR}/{tokens[slug]}/{slug}.ics" if slug in tokens else f"{slug}.ics"


def checked_parts(path: str, parts: Iterable[bytes], events: int) -> Iterator[bytes]:
    """The pieces of a feed (each ends a line), passed on while checked; raises
    KhIcalError after the last one if the feed must not be published, one that
    clients would choke on (a bug guard).

    Line lengths and UTF-8 are guaranteed by `feed.fold` (tested against
    icalendar's folding); here a cut inside a character is still looked for,
    at the folds, where one would be. Splitting or decoding every feed cost
    as much as rendering it at 100,000 tasks.
    """
    problems: dict[str, None] = {}
    begins = ends = pieces = 0
    for part in parts:
        pieces += 1
        if not part.endswith(b"\r\n") or part.count(b"\n") != part.count(b"\r\n"):
            problems["dòng không kết thúc bằng CRLF"] = None
        if _SPLIT_CHARACTER.search(part):
            problems["a folded line starts inside a UTF-8 character"] = None
        # Counting the component lines instead of a full icalendar read-back
        # (which cost as much as rendering); the strict parsers run in the tests.
        begins += _count_lines(part, b"BEGIN:VEVENT\r\n")
        ends += _count_lines(part, b"END:VEVENT\r\n")
        yield part
    if not pieces:
        problems["lịch rỗng"] = None
    if begins != events or ends != events:
        problems["lịch thiếu mục lịch"] = None
    if problems:
        raise KhIcalError(f"{path}: lỗi nội bộ, chưa ghi lịch: {'; '.join(problems)}")


_SPLIT_CHARACTER = re.compile(rb"\r\n [\x80-\xbf]")


def _count_lines(part: bytes, line: bytes) -> int:
    """How many lines of `part` (which starts a line) are exactly `line`."""
    return part.count(b"\n" + line) + part.startswith(line)


def preview_pages(data_dir: Path, out_dir: Path, base_url: str) -> dict[str, bytes] | None:
    """The pages that a build of `data_dir` into `out_dir` writes, as if the folder were
    published at `base_url`: `kh-ical serve` shows them with its own address, so that
    every subscribe button works in a preview. Nothing is written: the stamps
    ("Cập nhật lần cuối") come from the folder's state file as a build's would.

    None when there is nothing to show this way: no build in `out_dir` yet (no
    state file) or a private build (its pages show no feed addresses).

    Raises:
        DataError: bad data.
    """
    from kh_ical.loader import load_plan
    from kh_ical.resolve import raise_for_errors, resolve_plan
    from kh_ical.site import render_site

    out_dir = Path(out_dir)
    if not (out_dir / st.STATE_FILE).is_file():
        return None
    old, _ = _old_state(out_dir)
    if any(f.startswith("sha256:") for f in old.files):  # record_path of a private feed
        return None
    resolved = resolve_plan(load_plan(data_dir))
    raise_for_errors(resolved)
    validate_ids(resolved)
    options = BuildOptions(base_url=base_url, check=True)
    staged = Staging(out_dir, write=False)
    try:
        records, infos, _ = _stage_feeds(resolved, options, {}, old, st.build_time(), staged)
    finally:
        staged.discard()
    return render_site(resolved, infos, base_url=base_url, private_urls=False, updated=last_change(records))


def last_change(records: dict[str, st.Record]) -> dt.datetime | None:
    """When the published events last changed: what the pages call "Cập nhật lần cuối".
    From the state, not the clock: a rebuild with nothing changed gives the same pages."""
    return max((r.changed for r in records.values()), default=None)


def _stage_pages(resolved, infos, options: BuildOptions, staged: Staging, updated: dt.datetime | None) -> None:
    """The index and agency pages (`kh_ical.site`), published beside the feeds."""
    # The pages are published next to the feeds: they never show private URLs
    # (those are handed out with `kh-ical tokens`).
    taken = set(staged.digests) | {st.STATE_FILE, manifest.CACHE_FILE}
    from kh_ical.site import iter_site

    for path, page in iter_site(resolved, infos, base_url=options.base_url, private_urls=False, updated=updated):
        if path in taken:
            raise KhIcalError(f"site pages would overwrite feeds: {path}")
        staged.add(path, page)


def record_path(path: str) -> str:
    """How the state file records a produced path: private paths only as a hash.

    The state file is published with the feeds; a private path holds its token.
    """
    if path.startswith(PRIVATE_DIR + "/"):
        return "sha256:" + hashlib.sha256(path.encode("utf-8")).hexdigest()
    return path


def produced_before(out_dir: Path, old: st.State, tokens: dict[str, str] | None = None) -> list[str]:
    """Existing files an earlier build recorded (private ones found by their hash),
    and with `tokens` (a private build) the feeds under every p/<name>/ whose name
    is no current token, recorded or not."""
    hashed = {f for f in old.files if f.startswith("sha256:")}
    paths = [safe_path(out_dir, f) and f for f in old.files if f not in hashed]
    private = out_dir / PRIVATE_DIR
    if hashed and private.is_dir():
        for file in sorted(private.rglob("*")):
            rel = file.relative_to(out_dir).as_posix()
            if file.is_file() and record_path(rel) in hashed:
                paths.append(rel)
    if tokens:
        paths += _stale_private_feeds(out_dir, set(tokens.values()))
    return sorted({p for p in paths if (out_dir / p).is_file()})


def _stale_private_feeds(out_dir: Path, current: set[str]) -> list[str]:
    """The .ics files in every p/<name>/ folder whose name is no current token.

    The state file may be lost (or older than a rotation): a revoked link must
    die anyway, so the folders themselves are looked at. Only feeds are removed:
    a folder holding anything but .ics files and empty folders is refused,
    never emptied (what else is there is not ours).
    """
    from kh_ical.private import mask

    private = out_dir / PRIVATE_DIR
    if not private.is_dir():
        return []
    feeds = []
    for folder in sorted(private.iterdir()):
        if folder.name in current or not folder.is_dir() or folder.is_symlink():
            continue
        for item in sorted(folder.rglob("*")):
            rel = item.relative_to(out_dir).as_posix()
            feed_or_folder = item.is_dir() or (item.is_file() and item.suffix == ".ics")
            if item.is_symlink() or not is_plain(rel) or not feed_or_folder:
                raise KhIcalError(mask(
                    f"{out_dir / rel}: thư mục của một đường dẫn riêng cũ chứa thứ không phải lịch .ics — "
                    "không xoá gì; hãy xem và dọn thư mục này rồi chạy lại"
                ))
            if item.is_file():
                feeds.append(rel)
    return feeds


def _with_warnings(report: BuildReport, resolved: ResolvedPlan, infos: list[FeedInfo]) -> BuildReport:
    from kh_ical.private import mask

    warnings = []
    for info in infos:
        path = mask(info.path)  # warnings are printed, logged and cached: never a token
        if info.size > MAX_FEED_BYTES:
            warnings.append(f"{path}: {info.size} byte, quá ~1 MB (Google có thể bỏ cập nhật)")
        if info.events > MAX_FEED_EVENTS:
            warnings.append(f"{path}: {info.events} mục lịch, quá ~1.000 (nên dùng --windows end)")
    for task, unresolved in resolved.unresolved:
        warnings.append(f"{task.id}: chưa có ngày, không đưa vào lịch — {unresolved.reason}")
    return replace(report, warnings=tuple(warnings))
