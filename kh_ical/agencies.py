"""Agency registry: names → ids, group expansion, roles of agencies in a task."""

from __future__ import annotations

from enum import Enum

from kh_ical.model import Plan, Task


class Role(str, Enum):
    LEAD = "lead"  # cơ quan chủ trì
    PARTNER = "partner"  # cơ quan phối hợp

    @property
    def label(self) -> str:
        return "Chủ trì" if self is Role.LEAD else "Phối hợp"


def expand(plan: Plan, ids: tuple[str, ...]) -> tuple[str, ...]:
    """The ids themselves and, for each group, its members (cell order, no repeats)."""
    out: dict[str, None] = {}
    for agency_id in ids:
        out[agency_id] = None
        for member in plan.agency(agency_id).members:
            out[member] = None
    return tuple(out)


def task_roles(plan: Plan, task: Task) -> dict[str, Role]:
    """Every agency (groups and their members included) that gets this task.

    An agency that is both lead and partner (directly or through a group) is lead.
    """
    roles = {a: Role.PARTNER for a in expand(plan, task.partners_ref.agencies)}
    roles.update({a: Role.LEAD for a in expand(plan, task.lead_ref.agencies)})
    return roles
