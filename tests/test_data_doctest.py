"""The examples in the data modules' docstrings are run, so that they stay true."""

from __future__ import annotations

import doctest

import pytest

import kh_ical.agencies
import kh_ical.events
import kh_ical.loader
import kh_ical.text


@pytest.mark.parametrize("module", [kh_ical.agencies, kh_ical.events, kh_ical.loader, kh_ical.text])
def test_docstring_examples(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
