"""The phrase corpus (tests/phrase_cases.py) against resolve_phrase.

Every phrasing of a case must give the case's occurrences (order-free), every
NEGATIVE phrase must raise PhraseError naming the expected words, every
grammar rule must be exercised by a case and its own examples must resolve.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from phrase_cases import C23, CASES, DASHES, NEGATIVE, RULE_EXAMPLE_CTX, Case, day, mismatch, norm

from kh_ical.errors import PhraseError
from kh_ical.model import Kind
from kh_ical.phrases.grammar import RULES
from kh_ical.phrases.tokens import tokenize
from kh_ical.resolve import resolve_phrase


def ascii_id(text: str, width: int = 48) -> str:
    """A readable test id: diacritics dropped for display only."""
    flat = unicodedata.normalize("NFD", " ".join(text.split())).replace("đ", "d").replace("Đ", "D")
    flat = "".join(c for c in flat if not unicodedata.combining(c))
    flat = flat.encode("ascii", "replace").decode()
    return flat[:width]


def _nfd_tag(text: str) -> str:
    return "nfd:" if text != unicodedata.normalize("NFC", text) else ""


PHRASINGS = [
    pytest.param(case, phrase, id=f"{case.name}#{k}:{_nfd_tag(phrase)}{ascii_id(phrase)}")
    for case in CASES
    for k, phrase in enumerate(case.phrasings)
]


@pytest.mark.parametrize("case, phrase", PHRASINGS)
def test_phrase(case: Case, phrase: str):
    result = resolve_phrase(phrase, case.ctx)
    problem = mismatch(result, case.expected, case.unresolved)
    assert problem is None, f"{phrase!r}\n{problem}"


@pytest.mark.parametrize("neg", NEGATIVE, ids=[f"{k}:{ascii_id(n.phrase)}" for k, n in enumerate(NEGATIVE)])
def test_negative(neg):
    with pytest.raises(PhraseError) as info:
        resolve_phrase(neg.phrase, neg.ctx)
    err = info.value
    unread = [norm(u) for u in err.unread]
    nfc = unicodedata.normalize("NFC", neg.phrase)
    one_dash = DASHES.sub("-", nfc)
    for u in err.unread:  # spans index the NFC phrase (dashes made one kind)
        assert u and u in one_dash, (u, one_dash)
    for want in neg.unread:
        options = want if isinstance(want, tuple) else (want,)
        assert any(all(any(w in u for u in unread) for w in norm(o).split()) for o in options), (
            f"{neg.phrase!r}: error should name {want!r}; it names {err.unread!r} ({err.reason})")
    for readable in neg.keep:
        assert not any(norm(readable) in u for u in unread), (
            f"{neg.phrase!r}: {readable!r} was readable but is named unread: {err.unread!r}")
    if neg.declined:
        assert "chưa" in err.reason.casefold(), f"declined without saying 'not yet': {err.reason!r}"
    assert nfc.split()[0] in str(err) or " ".join(nfc.split()) in str(err)  # the message quotes the phrase


def test_declined_reason_differs_from_unreadable():
    """A declined construct says it is not supported yet, not merely unreadable."""
    with pytest.raises(PhraseError) as declined:
        resolve_phrase("trước ngày 15/1 của năm sau", C23)
    with pytest.raises(PhraseError) as unreadable:
        resolve_phrase("Quý IV/2023 xyz 5", C23)
    assert declined.value.reason != unreadable.value.reason


MIXED = ["ngày 12/4-2023", "12/4-2023", "Ngày 12-4/2023"]


@pytest.mark.parametrize("phrase", MIXED, ids=[ascii_id(p) for p in MIXED])
def test_mixed_separators_are_a_typo_or_an_error(phrase):
    """Not a date form of the contract: read as the day 12/4/2023 (a typo) or refused,
    never silently as something else (a range from 12/4 to the end of 2023)."""
    try:
        result = resolve_phrase(phrase, C23)
    except PhraseError:
        return
    assert mismatch(result, (day("2023-04-12"),)) is None, mismatch(result, (day("2023-04-12"),))


def test_no_duplicate_phrasings():
    seen: dict[tuple, str] = {}
    for case in CASES:
        for phrase in case.phrasings:
            key = (phrase, case.ctx)
            assert key not in seen, f"{phrase!r} is in {seen[key]} and {case.name}"
            seen[key] = case.name
    for neg in NEGATIVE:
        assert (neg.phrase, neg.ctx) not in seen, f"negative {neg.phrase!r} is also a case"


def test_case_names_are_unique():
    names = [c.name for c in CASES]
    assert len(names) == len(set(names))


def test_every_case_has_many_phrasings():
    for case in CASES:
        assert len(case.phrasings) >= 3, case.name  # at least one own phrasing plus case/NFD variants


def test_every_rule_has_a_case():
    names = {r.name for r in RULES}
    covered = {name for case in CASES for name in case.rules}
    assert names - covered == set(), "grammar rules no corpus case exercises"
    assert covered - names == set(), "cases name rules the grammar does not have"


def test_rules_are_named_and_have_examples():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    for rule in RULES:
        assert rule.examples, rule.name


RULE_EXAMPLES = [pytest.param(r.name, ex, id=f"{ascii_id(r.name, 30)}:{ascii_id(ex)}")
                 for r in RULES for ex in r.examples]


@pytest.mark.parametrize("rule, example", RULE_EXAMPLES)
def test_rule_example_resolves(rule: str, example: str):
    result = resolve_phrase(example, RULE_EXAMPLE_CTX)
    assert result.occurrences or result.unresolved, f"{rule}: {example!r} resolved to nothing"
    for occ in result.occurrences:
        if occ.kind is Kind.UNDATED:
            assert occ.start is None and occ.end is None
        else:
            assert occ.start is not None and occ.end is not None and occ.start <= occ.end
            if occ.kind is Kind.DEADLINE or occ.kind is Kind.DAY:
                assert occ.start == occ.end


def test_labels_keep_the_source_words_with_a_capital():
    """Decision 5: the label is written as in the source, first letter upper-case."""
    ctx = C23
    [occ] = resolve_phrase("tổng kết tháng 10/2023", ctx).occurrences
    assert occ.label == "Tổng kết"
    [occ] = resolve_phrase("Tổng kết trao giải ngày 10/10/2024", ctx).occurrences
    assert occ.label == "Tổng kết trao giải"
    first, second = sorted(resolve_phrase("- Hoàn thành trước ngày 15/3/2025 - Tổng kết tháng 12/2025",
                                          ctx).occurrences, key=lambda o: o.start)
    assert (first.label, second.label) == ("Hoàn thành", "Tổng kết")
    [occ] = resolve_phrase("Hoàn thành trước ngày 15/3/2025", ctx).occurrences
    assert occ.label is None  # "Hoàn thành" is a label only in multi-part cells


# --- the tokenizer, apart from resolving ---------------------------------------------

TOKEN_TEXTS = [
    "Hoàn thành trước ngày 10/8/2023",
    "Từ 20-4-2024 – 7.5.2024 (tức 10/3 âm lịch)",
    "Quý IV/ 2023 và tháng 01/2024",
    "vào lúc 14 giờ 30, ngày 12/6/2025",
    "- Triển khai từ quý I/2024\n- Tổng kết trao giải ngày 10/10/2024",
    "các ngày 1, 2/9/2025; Quý III2027",
]


@pytest.mark.parametrize("text", TOKEN_TEXTS, ids=[ascii_id(t) for t in TOKEN_TEXTS])
def test_token_spans_index_the_text(text):
    text = unicodedata.normalize("NFC", text)
    tokens = tokenize(text)
    assert tokens
    end = 0
    for tok in tokens:
        assert text[tok.start : tok.end] == tok.text
        assert tok.start >= end and tok.end > tok.start  # in order, not overlapping
        assert text[end : tok.start].strip() == ""  # only spaces are left out
        end = tok.end
    assert text[end:].strip() == ""


@pytest.mark.parametrize("date", ["12/4/2023", "12-4-2023", "12.4.2023", "07/01/2024"])
def test_a_written_date_is_one_token(date):
    text = f"Hoàn thành trước ngày {date} nhé"
    at = text.index(date)
    assert [(t.start, t.end) for t in tokenize(text) if t.text == date] == [(at, at + len(date))]


def test_words_keep_their_diacritics():
    kinds = {t.text: t.kind for t in tokenize("trước năm 2027 và sau sáu tháng")}
    assert {"trước", "năm", "sau", "sáu"} <= set(kinds)
    assert kinds["năm"] == kinds["sau"] == kinds["sáu"]


# --- prose around a date (rule "lời văn quanh mốc thời gian") ------------------------------

PROSE_DATED = ["Hoàn thành trước ngày 10/8/2023", "Từ tháng 6 đến hết tháng 8/2023", "Quý IV/2023", "20h ngày 2/9/2025",
               "trước ngày 15/3 hằng năm", "ngày 10 và 25 hằng tháng", "các ngày 1, 5/9/2025", "Năm 2026 và các năm sau"]
PROSE_WORDS = ["gửi báo cáo về Bộ Thông tin và Truyền thông", "Phiên thứ nhất,", "Ban Tổ chức sẽ nhận hồ sơ tham gia",
               "trên địa bàn toàn tỉnh", "lần thứ XVI"]


def _dates(result) -> list[tuple]:
    return [(o.kind, o.start, o.end, o.time, o.end_time, o.rrule) for o in result.occurrences]


@pytest.mark.parametrize("dated", PROSE_DATED, ids=ascii_id)
@pytest.mark.parametrize("words", PROSE_WORDS, ids=ascii_id)
def test_prose_never_changes_a_date(dated, words):
    """Plain words before or after a dated construct give its dates exactly, the words in the note."""
    alone = resolve_phrase(dated, C23)
    for phrase in (f"{words} {dated}", f"{dated} {words}"):
        result = resolve_phrase(phrase, C23)
        assert _dates(result) == _dates(alone), phrase
        note = words.strip(",:")
        assert any(note in (o.note or "") for o in result.occurrences), (phrase, [o.note for o in result.occurrences])


def test_words_that_change_a_date_make_an_error_naming_them():
    with pytest.raises(PhraseError) as info:
        resolve_phrase("dự kiến hội chợ diễn ra từ ngày 7/8-12/8/2021, thay vì từ ngày 10/8-15/8/2021 như trước.", C23)
    assert info.value.unread == ["thay vì", "như trước"]
    assert "đổi nghĩa của ngày tháng" in info.value.reason


def test_prose_between_two_dates_is_an_error_that_says_why():
    with pytest.raises(PhraseError) as info:
        resolve_phrase("Từ 1/7, triển khai thu thập thông tin thị trường lao động năm 2021", C23)
    assert info.value.unread == ["triển khai thu thập thông tin thị trường lao động"]
    assert "giữa hai mốc thời gian" in info.value.reason


@pytest.mark.parametrize("phrase", ["gửi báo cáo về Sở Nội vụ", "Thực hiện theo quy định (gửi báo cáo)"], ids=ascii_id)
def test_prose_alone_is_no_date(phrase):
    with pytest.raises(PhraseError):
        resolve_phrase(phrase, C23)


@pytest.mark.parametrize("phrase", ["bảo đảm thông xe kỹ thuật năm 2025", "phấn đấu đưa vào sử dụng quý IV/2025",
                                    "Mục tiêu: thông tuyến tháng 12/2025", "cam kết khởi công 2026"], ids=ascii_id)
def test_an_aim_right_before_a_period_with_no_lead_word_is_an_error_that_says_why(phrase):
    """Work during 2025, or done by its end? "… trong năm 2025" (a window) or "hoàn thành … trong năm
    2025" (a deadline) would say; the aim alone does not."""
    with pytest.raises(PhraseError) as info:
        resolve_phrase(phrase, C23)
    assert "nêu mục tiêu" in info.value.reason


@pytest.mark.parametrize("phrase", ["bảo đảm thông xe kỹ thuật trong năm 2025", "lịch tiếp công dân năm 2025",
                                    "bảo đảm thông xe kỹ thuật vào năm 2025"], ids=ascii_id)
def test_a_lead_word_or_no_aim_keeps_the_window(phrase):
    assert _dates(resolve_phrase(phrase, C23)) == [(Kind.WINDOW, dt.date(2025, 1, 1), dt.date(2025, 12, 31), None,
                                                     None, None)]
