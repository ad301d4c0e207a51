"""JSON text that people edit, read strictly: a key written twice, nesting too
deep for the parser, or a number too long to convert is an error with its line
and column, never a silent choice (json keeps the last of two equal keys, so a
second "tasks" list would drop the first half of a plan without a word)."""

from __future__ import annotations

import json
import re
from typing import Any

_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:"]+|\s+', re.DOTALL)
_LONG_NUMBER = re.compile(r"\d{4000,}")


class JsonTextError(ValueError):
    def __init__(self, message: str, text: str, pos: int):
        self.message = message
        self.lineno = text.count("\n", 0, pos) + 1
        self.colno = pos - text.rfind("\n", 0, pos)
        super().__init__(f"{message}: line {self.lineno} column {self.colno}")


class _Duplicate(Exception):
    def __init__(self, key: str):
        self.key = key


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        raise _Duplicate(next(k for k, _ in pairs if k in seen or seen.add(k)))
    return result


def loads(text: str) -> Any:
    """`json.loads` that refuses duplicate keys, too deep nesting and huge numbers.

    Raises:
        json.JSONDecodeError: not JSON.
        JsonTextError: JSON that cannot be taken as it is written.
    """
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates)
    except _Duplicate as dup:
        raise JsonTextError(f'khoá "{dup.key}" viết hai lần trong cùng một đối tượng', text,
                            _second_key_at(text, dup.key)) from None
    except RecursionError:
        raise JsonTextError("mảng hoặc đối tượng lồng nhau quá sâu", text, 0) from None
    except ValueError as exc:
        if isinstance(exc, json.JSONDecodeError):
            raise
        match = _LONG_NUMBER.search(text)  # Python refuses to convert > 4,300 digits
        raise JsonTextError("số quá dài", text, match.start() if match else 0) from None


def _second_key_at(text: str, key: str) -> int:
    """Where `key` is written the second time in one object (only called on error)."""
    stack: list[list] = []  # per open bracket: [is_object, keys seen, a key comes next]
    for m in _TOKEN.finditer(text):
        token = m.group()
        if token.isspace():
            continue
        if token in "{[":
            stack.append([token == "{", set(), token == "{"])
        elif token in "}]":
            if stack:
                stack.pop()
        elif token == ",":
            if stack and stack[-1][0]:
                stack[-1][2] = True
        elif token[0] == '"' and stack and stack[-1][0] and stack[-1][2]:
            stack[-1][2] = False
            name = json.loads(token)
            if name == key and name in stack[-1][1]:
                return m.start()
            stack[-1][1].add(name)
    return 0
