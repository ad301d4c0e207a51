"""kh-ical: a Vietnamese plan (kế hoạch) appendix → one iCalendar feed per agency."""

from kh_ical.errors import DataError, KhIcalError, PhraseError, Problem
from kh_ical.model import Event, Kind, Occurrence, Plan, Task

__all__ = [
    "DataError",
    "Event",
    "KhIcalError",
    "Kind",
    "Occurrence",
    "PhraseError",
    "Plan",
    "Problem",
    "Task",
]
__version__ = "0.1.0"
