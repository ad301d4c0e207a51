"""`kh-ical agencies` and `kh-ical events`: what the registries hold."""

from __future__ import annotations

import datetime as dt

import click

from kh_ical.agencies import AgencyUsage, agency_usage
from kh_ical.cli.base import cli, data_option
from kh_ical.events import EventChange, EventUsage, Hanging, Move, event_usage, set_event_date
from kh_ical.loader import load_plan
from kh_ical.model import EventStatus, Kind, Plan
from kh_ical.resolve import resolve_plan
from kh_ical.terms import APPROXIMATE, STATUS, TENTATIVE, UNDATED, command


def padded_date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else UNDATED


@cli.command("agencies")
@data_option
def agencies_cmd(data_dir):
    """Liệt kê cơ quan: số nhiệm vụ chủ trì, phối hợp và các ô đã nhận ra.

    Mỗi cơ quan (và nhóm cơ quan) với số nhiệm vụ chủ trì, phối hợp (tính cả
    nhiệm vụ giao cho nhóm) và các ô trong tasks.json đã nhận ra cơ quan đó.
    """
    plan = load_plan(data_dir)
    click.echo(format_agencies(plan, agency_usage(plan)))


def format_agencies(plan: Plan, usages: tuple[AgencyUsage, ...]) -> str:
    groups = sum(1 for u in usages if u.agency.group)
    lines = [f"{len(usages)} cơ quan ({groups} nhóm), {len(plan.tasks)} nhiệm vụ:"]
    for u in usages:
        kind = " (nhóm)" if u.agency.group else ""
        lines.append(f"{u.agency.display} [{u.agency.id}]{kind}: chủ trì {len(u.lead)}, phối hợp {len(u.partner)}")
        if u.agency.group:
            names = ", ".join(plan.agency(m).display for m in u.agency.members) or "chưa có thành viên"
            lines.append(f"  thành viên: {names}")
        for g in u.groups:
            lines.append(f"  thuộc nhóm: {plan.agency(g).display}")
        for role, text, tasks in u.cells:
            lines.append(f"  ô {role.label.lower()} “{text}”: {', '.join(tasks)}")
    return "\n".join(lines)


@cli.group("events", invoke_without_command=True)
@data_option
@click.pass_context
def events_cmd(ctx: click.Context, data_dir):
    """Liệt kê sự kiện: ngày, trạng thái và các nhiệm vụ phụ thuộc.

    Sự kiện là các lễ, hội nghị… trong events.json mà ngày của nhiệm vụ tính
    theo. Đổi ngày một sự kiện: kh-ical events set ID YYYY-MM-DD.
    """
    ctx.obj = data_dir
    if ctx.invoked_subcommand is None:
        click.echo(format_events(event_usage(resolve_plan(load_plan(data_dir))), data_dir))


def format_events(usages: tuple[EventUsage, ...], data_dir=None) -> str:
    lines = [f"{len(usages)} sự kiện:"]
    for u in usages:
        ev = u.event
        where = f"mục {', '.join(u.sections)}" if u.sections else "không thuộc mục nào"
        lines.append(f"{ev.id}: {ev.name}")
        when = _when(ev.date, ev.status)
        lines.append(f"  ngày: {when} · {where}")
        lines += [f"  {_hanging_line(h)}" for h in u.hanging] or ["  (không nhiệm vụ nào phụ thuộc)"]
        if not ev.known and u.hanging:
            lines.append(f"  → đặt ngày: {command(data_dir, 'events set', ev.id, 'YYYY-MM-DD')}")
    return "\n".join(lines)


def _when(date: dt.date | None, status: EventStatus) -> str:
    if date is None:
        return "chưa biết"
    if status is EventStatus.UNKNOWN:
        return f"chưa biết (ghi tạm {padded_date(date)}, chưa đưa lên lịch)"
    return f"{padded_date(date)} ({STATUS[status]})"


def _hanging_line(h: Hanging) -> str:
    head = f"{h.task} {h.label}" if h.label else h.task
    if h.occurrence is None:
        return f"{head}: {UNDATED}"
    if h.remark:
        when = span_text(h.occurrence.kind, h.occurrence.start, h.occurrence.end)
        return f"{head}: {when} (ghi rõ ngày; sự kiện chỉ nêu trong ghi chú)"
    occ = h.occurrence
    marks = [m for m, on in ((TENTATIVE, occ.tentative), (APPROXIMATE, occ.approximate)) if on]
    return f"{head}: {span_text(occ.kind, occ.start, occ.end)}" + (f" ({', '.join(marks)})" if marks else "")


def span_text(kind: Kind | None, start: dt.date | None, end: dt.date | None) -> str:
    if start is None or end is None:
        return UNDATED
    if kind is Kind.DEADLINE:
        return f"hạn {padded_date(end)}"
    if start == end:
        return f"ngày {padded_date(start)}"
    return f"{padded_date(start)} – {padded_date(end)}"


class DateType(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.date):
            return value
        try:
            if len(value) != 10:  # fromisoformat would also take "20240103"
                raise ValueError(value)
            return dt.date.fromisoformat(value)
        except ValueError:
            self.fail(f"“{value}” không phải ngày có thật viết dạng YYYY-MM-DD (vd. 2024-01-03)", param, ctx)


@events_cmd.command("set")
@click.argument("event_id", metavar="ID")
@click.argument("date", type=DateType(), metavar="YYYY-MM-DD")
@click.option("--status", type=click.Choice(["confirmed", "estimated", "unknown"]), default=None,
              help="Trạng thái mới: confirmed (chính thức), estimated (dự kiến), unknown (chưa biết). "
                   "Mặc định giữ nguyên; sự kiện chưa biết ngày thành chính thức.")
@data_option
@click.pass_context
def events_set_cmd(ctx: click.Context, event_id, date, status, data_dir):
    """Đổi ngày một sự kiện trong events.json và cho biết mục lịch nào dời.

    Sau đó chạy kh-ical build để cập nhật các lịch. Ví dụ, khi ngày dự kiến đã
    được chốt: kh-ical events set ID YYYY-MM-DD --status confirmed
    """
    if ctx.get_parameter_source("data_dir") is click.core.ParameterSource.DEFAULT:
        data_dir = ctx.obj  # `kh-ical events --data DIR set …`
    change = set_event_date(data_dir, event_id, date, status)
    click.echo(format_change(change, data_dir))


def format_change(change: EventChange, data_dir=None) -> str:
    ev = change.event
    new = _when(ev.date, ev.status)
    if not change.written:
        return f"Sự kiện {ev.id} đã có ngày {new}: không có gì thay đổi."
    old = _when(change.old_date, change.old_status)
    lines = [f"Đã đổi sự kiện {ev.id} ({ev.name}): {old} → {new} trong {change.path}."]
    if not change.moves:
        lines.append("Không mục lịch nào dời ngày.")
    else:
        lines.append(f"{len(change.moves)} mục lịch thay đổi, trong {len(change.feeds)} lịch:")
        lines += [f"  {_move_line(m)}" for m in change.moves]
    lines.append(f"Chạy `{command(data_dir, 'build')}` để cập nhật các lịch.")
    return "\n".join(lines)


def _move_line(m: Move) -> str:
    head = f"{m.task} {m.label}" if m.label else m.task

    def side(span, tentative) -> str:
        text = span_text(m.kind, *span) if span else UNDATED
        return text + (f" ({TENTATIVE})" if tentative else "")

    return f"{head}: {side(m.old, m.old_tentative)} → {side(m.new, m.new_tentative)} · lịch: {', '.join(m.feeds)}"
