"""Quantities stage: every number in a results text, with its span, value, unit, sign and scale.

The vocabulary (Chinese numerals, scale words, units, name prefixes) lives in `data/numerals.yaml`
and `data/units.yaml`; this module turns it into one regex (a `Grammar`, built once per Extractor)
and scans each text in a single pass. Digits glued to a name (`GPT-5.2`, `mAP@0.5`, `5-shot`,
`Qwen2.5`) fail the regex's lookarounds, dates and N×N sizes match a branch that is thrown away, and a number right after a
name-prefix word (`Level 3`, `Top 5`, `第 4`) is dropped by one dict lookup, so later stages see
only amounts. Every branch is greedy and the scan is leftmost, so the results are sorted,
non-overlapping, and each is the longest reading at its position (`93% - 95%`, not `93%`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from operator import itemgetter
from typing import Callable

from .frozen import quick_init
from .lexicon import Lexicon, NumeralsFile, UnitsFile, alternation


@quick_init
@dataclass(frozen=True, slots=True)
class Quantity:
    """One number as written: `text[start:end]` is its whole surface, number plus unit."""

    start: int
    end: int
    value: float  # scale applied; a range's low end
    value_high: float | None = None  # a range's high end
    unit: str | None = None  # canonical unit from units.yaml, None for a plain number
    sign: str | None = None  # "+" / "-" only when written
    scale: str | None = None  # scale word or suffix as written ("万", "B"), so "7B" can be refused


# ---------------------------------------------------------------- the grammar, built once

def _cls(chars) -> str:
    """Body of a regex character class holding these literal characters."""
    return "".join(re.escape(c) for c in chars)


def _unit_alt(forms) -> str:
    """Unit forms; a Latin form must end at a word boundary (`5 s`, not `5 seeds`)."""
    return alternation(forms, end=lambda form: "(?![A-Za-z])" if form[-1].isascii() and form[-1].isalpha() else "")


def _after_lead(words) -> str:
    """Words whose first character the scan has already taken as the lead: `(?<=百)分之`."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    return "|".join(f"(?<={re.escape(lead)})(?:{alternation(rest)})" for lead, rest in rests.items())


DIGITS = "0123456789０１２３４５６７８９"
DIGIT = "0-9０-９"  # the same, as a class range
_ALNUM = f"A-Za-z{DIGIT}"
_MARKER_FOLLOWERS = frozenset(" \t*")  # what follows a list marker: `1. text`, `1.**bold**`
_SENTENCE_ENDS = frozenset(";；。")  # an item numbered inside a line follows one: "…；2) BarSet：…"
_DIGITS_AFTER = frozenset("0123456789")


def _build_pattern(num: NumeralsFile, units: UnitsFile) -> str:
    """The scanner. Every branch starts after one shared lead character, `(?P<lead>[...])`, and
    checks it by lookbehind: a pattern that opens with a plain character class lets `re` skip from
    candidate to candidate in C, several times faster than trying each branch at every position."""
    d = f"[{DIGIT}]"
    at_digit = f"(?<={d})"
    dec = _cls(num.decimal_points)
    thousands = rf"[{_cls(num.thousands_separators)}]{d}{{3}}"
    dnum = rf"(?:{d}{{1,3}}(?:{thousands})+|{d}+)(?:[{dec}]{d}+)?"
    dnum_rest = rf"(?:{d}{{0,2}}(?:{thousands})+|{d}*)(?:[{dec}]{d}+)?"  # dnum after its first digit
    frac_rest = rf"{d}{{0,2}}[{_cls(num.fraction_slashes)}][1-9１-９]{d}{{0,2}}"
    cn_chars = _cls([*num.digits, *num.multipliers])
    cn_digits, multipliers = _cls(num.digits), _cls(num.multipliers)
    cn_decimal = rf"{re.escape(num.decimal_word)}[{cn_digits}]+"
    cnum = f"[{cn_chars}]+(?:{cn_decimal})?"
    sign_symbols, sign_words = _cls(num.sign_symbols), _cls(num.sign_words)
    sign = rf"(?:[{sign_symbols}]|[{sign_words}][ \t]*)"
    scale_gate = _cls({" ", "\t", *(w[0] for w in [*num.scale_suffixes, *num.scale_words])})
    scale = (
        rf"(?=[{scale_gate}])(?:(?:{alternation(num.scale_suffixes)})(?![A-Za-z])|[ \t]*(?:{alternation(num.scale_words)}))"
    )
    approx = f"(?:{alternation(num.approx_infixes)})?"
    all_forms = [f for forms in units.units.values() for f in forms]
    unit_first = _cls({f[0] for f in all_forms})
    unit_gate = _cls({" ", "\t", "*", *unit_first, *(w[0] for w in num.approx_infixes)})
    cjk_forms = [f for f in all_forms if not f[0].isascii()]
    conn_gate = _cls({" ", "\t", *(w[0] for w in num.range_connectors)})
    conn = rf"[ \t]*(?:{alternation(num.range_connectors)})[ \t]*"
    joiners = _cls(num.name_joiners)
    # A number must not continue a name on its left (the char before the lead), nor run into one
    # on its right: Qwen2.5, GPT-5.2, mAP@0.5, IPC=1, 5-shot, 512p, 3D.
    left = rf"(?<![{_ALNUM}_{joiners}].)"
    end = rf"(?!(?<=[{_ALNUM}])(?:[{_ALNUM}_]|[{joiners}][{_ALNUM}]))"

    # The `(?=[...])` gates let the optional parts fail on their first character.
    unit_alt = _unit_alt(all_forms)

    def unit(name: str) -> str:
        return rf"(?:(?=[{unit_gate}])[ \t]*{approx}(?:\*\*)?[ \t]*(?=[{unit_first}])(?P<{name}>{unit_alt}))?"

    # The lead is either the first digit (n1r holds the rest) or the sign (n1 the whole number).
    quantity = (
        rf"(?:{at_digit}(?P<n1r>(?>{frac_rest}|{dnum_rest}))"
        rf"|(?:(?<=[{sign_symbols}])|(?<=[{sign_words}])[ \t]*)(?P<n1>(?>{d}{frac_rest}|{dnum})))"
        rf"(?P<k1>{scale})?{unit('u1')}"
        rf"(?:(?=[{conn_gate}]){conn}(?P<s2>{sign})?(?P<n2>(?>{dnum}))(?P<k2>{scale})?{unit('u2')})?"
    )
    zeros = _cls(c for c, v in num.digits.items() if v == 0)
    cn_fraction = (
        rf"(?<![{zeros}])(?P<fdr>[{cn_chars}]*){re.escape(num.fraction_infix)}(?P<fn>{cnum})"
    )
    cn_quantity = (
        rf"(?P<c1r>[{cn_chars}]*)(?:(?=[{conn_gate}]){conn}(?P<c2>{cnum}))?"
        rf"(?P<ck>{alternation(num.scale_words)})?{approx}(?P<cu>{_unit_alt(cjk_forms)})"
    )
    # A Chinese numeral standing alone, or before a Latin unit (一百六十 FPS), is an amount only when
    # it cannot be a word: two characters or more with a multiplier, a decimal part, or a scale word.
    scale_words = alternation(num.scale_words)
    cn_standalone = (
        rf"(?P<s1r>(?:(?<=[{multipliers}])[{cn_chars}]+|[{cn_chars}]*[{multipliers}][{cn_chars}]*)(?:{cn_decimal})?"
        rf"|[{cn_chars}]*{cn_decimal}|(?<=[{cn_digits}])(?={scale_words}))"
        rf"(?P<sk>{scale_words})?{approx}(?:(?P<su>{_unit_alt(cjk_forms)})|[ \t]*(?P<sl>{_unit_alt(all_forms)}))?"
    )
    tenths = (
        rf"(?<![{cn_chars}].)(?<![{_cls(c for c, v in num.digits.items() if v == 0)}])(?:{alternation(num.tenth_words)})"
        rf"(?=(?:{alternation(num.tenth_followers)})|[^\u4e00-\u9fff]|$)"
    )
    # Numbers joined by slashes, one of them with a decimal point or a percent sign (EM/F1 为 35.8/48.9,
    # 2.4%/5.7%): one quantity each. Integers (3/10, 17/20) stay fractions.
    percent = _cls(f for f in units.units.get("%", []) if len(f) == 1)
    slashes = _cls(num.fraction_slashes)
    slashed = (
        rf"(?=[{DIGIT}{dec}{percent}]*+[{slashes}])"  # a slash right after the first number: cheap to refuse
        rf"(?=[{DIGIT}{dec}{percent}{slashes}{sign_symbols}]*?(?:[{dec}]{d}|[{percent}]))"
        rf"(?:{at_digit}{dnum_rest}|(?<=[{sign_symbols}]){dnum})[{percent}]?"
        rf"(?:[{slashes}][{sign_symbols}]?{dnum}[{percent}]?)+"
    ) if percent else "(?!)"
    prefix_forms = [f for forms in units.prefix_units.values() for f in forms]
    prefixed = rf"(?P<pu>{_after_lead(prefix_forms)})[ \t]*(?P<pn>{dnum}|{cnum})"

    # Digits that are not amounts: dates (2026-01-11, 2025 年 1 月 8 日), sizes (512×512) and device counts (8×H100).
    dm = num.date_markers
    year, month, day = (f"(?:{alternation(words)})" for words in (dm.year, dm.month, dm.day))
    sp = r"[ \t]*"
    ops = _cls(num.dimension_operators)
    dates_and_sizes = (
        rf"(?:(?<=1)9|(?<=2)0){d}{d}(?P<date_sep>[-/])(?:0[1-9]|1[0-2])"
        rf"(?:(?P=date_sep)(?:0[1-9]|[12][0-9]|3[01]))?(?!{d})"
        rf"|(?=[{DIGIT}]{{0,3}}{sp}[{_cls(w[0] for w in [*dm.year, *dm.month])}])"
        rf"(?:(?:{d}{{3}}{sp}{year}{sp}{d}{{1,2}}|{d}?){sp}{month}{sp}{d}{{1,2}}{sp}{day}"
        rf"|{d}{{3}}{sp}{year}{sp}{d}{{1,2}}{sp}{month})"
        rf"|(?>{dnum_rest})(?:(?:[{ops}]|[ \t][{ops}][ \t]){dnum})+"
        rf"|(?>{dnum_rest})[{_cls(num.count_operators)}](?=[A-Za-z])"  # 8×H100: a count of devices
    )

    # Only a number followed by one of these can be a date or a size: a cheap gate for that branch.
    skip_next = _cls({*(w[0] for w in [*dm.year, *dm.month]), *num.dimension_operators})
    skip_gate = rf"(?=[{DIGIT}{dec}{_cls(num.thousands_separators)}]*+[ \t]*[-/{skip_next}])"
    blockers = _cls(num.numeral_blockers)
    leads = {*DIGITS, *num.sign_symbols, *num.sign_words, *num.digits, *num.multipliers}
    leads.update(f[0] for f in prefix_forms)
    return (
        rf"(?P<lead>[{_cls(sorted(leads))}]){left}(?:"
        rf"(?P<skip>{at_digit}{skip_gate}(?:{dates_and_sizes}))"
        rf"|(?P<slashed>{slashed}){end}"
        rf"|(?P<quantity>{quantity}){end}"
        rf"|(?P<prefixed>{prefixed}){end}"
        rf"|(?<=[{cn_chars}])(?<![{blockers}].)"
        rf"(?:(?P<cn_fraction>{cn_fraction})|(?P<cn_quantity>{cn_quantity})|(?P<cn_standalone>{cn_standalone})"
        rf"|(?P<cn_tenths>{tenths}))"
        ")"
    )


class Grammar:
    """The compiled scanner of one lexicon and the tables that turn its groups into values."""

    def __init__(self, lexicon: Lexicon):
        num, units = lexicon.numerals, lexicon.units
        self.pattern = re.compile(_build_pattern(num, units))
        self.unit = {form: u for u, forms in units.units.items() for form in forms}
        self.prefix_unit = {form: u for u, forms in units.prefix_units.items() for form in forms}
        self.sign = {**num.sign_symbols, **num.sign_words}
        # Scales are powers of ten: keep the exponent, so "1.1万" parses exactly as 1.1e4.
        self.scale_exp = {w: len(str(v)) - 1 for w, v in {**num.scale_words, **num.scale_suffixes}.items()}
        self.cn_digit = num.digits
        self.cn_mult = num.multipliers
        self.decimal_word = num.decimal_word
        percent = {f for f in units.units.get("%", []) if len(f) == 1}
        sign, d = _cls(num.sign_symbols), f"[{DIGIT}]"
        # "2.4cm/2.9cm", "1.2ms/3.4ms": numbers with one glued unit joined by slashes, which the main
        # pattern leaves alone (a slash after a unit may start a rate: cm/s)
        latin_units = [f for f in self.unit if f[0].isascii() and f[0].isalpha()]
        self.unit_slashed = re.compile(
            rf"(?<![A-Za-z0-9_.{_cls(num.fraction_slashes)}])(?P<first>{d}+(?:[{_cls(num.decimal_points)}]{d}+)?)"
            rf"(?P<unit>{alternation(latin_units)})(?:[{_cls(num.fraction_slashes)}]{d}+(?:[{_cls(num.decimal_points)}]{d}+)?"
            rf"(?P=unit))+(?![A-Za-z0-9_])")
        self.slashed_part = re.compile(
            rf"(?P<sign>[{sign}]?)(?P<number>{d}+(?:[{_cls(num.decimal_points)}]{d}+)?)(?P<percent>[{_cls(percent)}]?)"
        )
        self.to_ascii = str.maketrans(
            {
                **{c: str(i % 10) for i, c in enumerate(DIGITS)},
                **{c: "." for c in num.decimal_points},
                **{c: None for c in num.thousands_separators},
                **{c: "/" for c in num.fraction_slashes},
            }
        )
        # Name prefixes by their last character in either case, so most numbers are cleared by one
        # dict lookup on the character before them (after spaces, `(`, `#`).
        self.prefixes: dict[str, list[str]] = {}
        for word in sorted({w.lower() for w in num.name_prefixes}, key=len, reverse=True):
            for last in {word[-1], word[-1].upper()}:
                self.prefixes.setdefault(last, []).append(word)
        self.prefix_reach = max(map(len, num.name_prefixes)) + 4
        self.list_marker_ends = frozenset(num.list_marker_ends)
        self.list_gap = re.compile(rf"[ \t]*(?:{alternation([*num.list_separators, *num.range_connectors])})[ \t]*")
        self.change_connectors = frozenset(num.change_connectors)
        self.factor_added = re.compile(rf"(?:{alternation(num.factor_added_after)})\s*$")
        self.signed_value = re.compile(rf"(?P<change>{alternation(num.signed_change_words)})?\s*"
                                       rf"(?:{alternation(num.signed_value_copulas)})\s*(?:\*\*)?\s*$")
        self.change_start = re.compile(rf"(?:{alternation(num.change_starts)})[^,，;；。\n]{{0,20}}$")
        self.connector_before = re.compile(rf"[ \t]*(?:{alternation(num.range_connectors)})[ \t]*$")
        self.quantity_groups = itemgetter(
            *(self.pattern.groupindex[g] - 1 for g in ("lead", "n1", "n1r", "k1", "u1", "s2", "n2", "k2", "u2"))
        )
        self.build: dict[str, Callable[[re.Match[str]], Quantity]] = {
            "prefixed": self._prefixed,
            "cn_fraction": self._cn_fraction,
            "cn_quantity": self._cn_quantity,
            "cn_standalone": self._cn_standalone,
            "cn_tenths": self._cn_tenths,
        }

    def names_it(self, text: str, start: int) -> bool:
        """True when a name-prefix word (Level, Stage, Top, 第 ...) stands right before `start`."""
        lo = start - self.prefix_reach if start > self.prefix_reach else 0
        head = text[lo:start].rstrip(" \t#(")
        words = self.prefixes.get(head[-1:])
        if words is None:
            return False
        head = head.lower()
        for word in words:
            if head.endswith(word):
                before = lo + len(head) - len(word) - 1  # a Latin word must start a word: not "Laptop 3"
                if before < 0 or not word.isascii() or not text[before].isascii() or not text[before].isalpha():
                    return True
        return False

    def list_marker(self, text: str, start: int, end: int) -> bool:
        """True for the `1.` / `2、` / `(3)` that numbers a list item: an integer at the start of a line (in
        parentheses, or before 、 or a space), or after a sentence's end inside one (`；2) `, `。3、`),
        followed by a list_marker_ends character (which the caller has checked)."""
        if not text[start:end].isdigit():
            return False
        before = text[text.rfind("\n", 0, start) + 1 : start].rstrip(" \t")
        opened = before.endswith("(")
        if opened:
            before = before[:-1].rstrip(" \t")
        closer = text[end]
        if opened and closer not in ")）":
            return False
        if not before.strip(" \t"):
            return opened or closer in "、\u20e3" or text[end + 1 : end + 2] in _MARKER_FOLLOWERS
        return before[-1] in _SENTENCE_ENDS and (opened or closer in ")）、\u20e3") and text[end + 1 : end + 2] not in _DIGITS_AFTER

    def _number(self, digits: str, scale: str | None) -> float:
        if scale is None:
            try:
                return float(digits)  # the common case; float() also reads full-width digits
            except ValueError:
                pass
        s = digits.translate(self.to_ascii)
        if "/" in s:
            top, bottom = s.split("/")
            value = int(top) / int(bottom)
            return value * 10 ** self.scale_exp[scale] if scale else value
        return float(f"{s}e{self.scale_exp[scale]}") if scale else float(s)

    def _cn_number(self, s: str) -> float:
        """二十 -> 20, 两百零五 -> 205; without multipliers digit by digit: 二〇二五 -> 2025; a decimal
        part digit by digit: 八十七点二 -> 87.2. Float arithmetic, so an absurdly long numeral gives inf
        rather than an error."""
        s, point, decimals = s.partition(self.decimal_word)
        if point:
            fraction = float("0." + "".join(str(self.cn_digit[c]) for c in decimals))
            return (self._cn_number(s) if s else 0.0) + fraction
        if not any(c in self.cn_mult for c in s):
            value = 0.0
            for c in s:
                value = value * 10 + self.cn_digit[c]
            return value
        total = current = 0.0
        for c in s:
            if c in self.cn_digit:
                current = self.cn_digit[c]
            else:
                total += (current or 1) * self.cn_mult[c]
                current = 0.0
        return total + current

    def change(self, m: re.Match[str], text: str) -> list[Quantity]:
        """"从 54.7% 到 58.6%" reads like a range but states a change: two quantities, the unit written
        once at the end shared by both. A range is kept when nothing says 从 / 由 before it."""
        whole = self.quantity(m)
        if whole.value_high is None or not self.change_start.search(text, max(0, m.start() - 24), m.start()):
            return [whole]
        second_start = m.start("s2") if m.group("s2") else m.start("n2")
        connector = self.connector_before.search(text, m.start(), second_start)
        if connector is None or connector.group().strip() not in self.change_connectors:
            return [whole]
        k1, k2 = (k.lstrip(" \t") if k else None for k in m.group("k1", "k2"))
        unit_first = self.unit[m.group("u1")] if m.group("u1") else whole.unit
        second_sign = self.sign[m.group("s2")[0]] if m.group("s2") else None
        return [
            Quantity(m.start(), connector.start(), whole.value, None, unit_first, whole.sign, k1 or k2),
            Quantity(second_start, m.end(), whole.value_high, None, whole.unit, second_sign, k2 or k1),
        ]

    def quantity(self, m: re.Match[str]) -> Quantity:
        lead, n1, n1r, k1, u1, s2, n2, k2, u2 = self.quantity_groups(m.groups())
        if n1 is None:
            n1, sign = lead + n1r, None
        else:
            sign = self.sign[lead]
        k1 = k1.lstrip(" \t") if k1 else None
        k2 = k2.lstrip(" \t") if k2 else None
        value = self._number(n1, k1 or k2)  # a range's scale written once applies to both ends
        if sign == "-":
            value = -value
        high = None
        if n2 is not None:
            high = self._number(n2, k2 or k1)
            if s2 and self.sign[s2[0]] == "-":
                high = -high
        u = u2 or u1
        return Quantity(m.start(), m.end(), value, high, self.unit[u] if u else None, sign, k1 or k2)

    def added_factor(self, q: Quantity, text: str) -> Quantity:
        """`翻了一倍` is twice as much: one 倍 after 翻 is what is added (no one means 1×; `翻了两倍` is
        written for 2× as often as for 3×, so it stays as written)."""
        if (q.unit == "x" and q.value == 1 and q.value_high is None
                and self.factor_added.search(text, max(0, q.start - 4), q.start)):
            return replace(q, value=2.0)
        return q

    def own_sign(self, q: Quantity, text: str) -> Quantity:
        """A minus right after 为 / 是 / ：(before a value or a slash group) is the value's own sign (`Vina Score 为 -7.61` is a score of
        -7.61, no decrease): the value stays negative, the written sign no longer marks a change."""
        if q.sign == "-":
            copula = self.signed_value.search(text, max(0, q.start - 12), q.start)
            if copula and not copula.group("change"):
                return replace(q, sign=None)
        return q

    def _prefixed(self, m: re.Match[str]) -> Quantity:
        n = m.group("pn")
        value = self._cn_number(n) if n[0] in self.cn_digit or n[0] in self.cn_mult else self._number(n, None)
        return Quantity(m.start(), m.end(), value, None, self.prefix_unit[m.group("lead") + m.group("pu")])

    def _cn_fraction(self, m: re.Match[str]) -> Quantity:
        lead, fdr, fn = m.group("lead", "fdr", "fn")
        return Quantity(m.start(), m.end(), self._cn_number(fn) / self._cn_number(lead + fdr))

    def slashed(self, m: re.Match[str]) -> list[Quantity]:
        """"35.8/48.9", "2.4%/5.7%": each number its own quantity, with its own sign and percent."""
        found = []
        for part in self.slashed_part.finditer(m.group()):
            sign = self.sign[part.group("sign")] if part.group("sign") else None
            value = self._number(part.group("number"), None)
            found.append(Quantity(m.start() + part.start(), m.start() + part.end(), -value if sign == "-" else value,
                                  None, "%" if part.group("percent") else None, sign))
        return found

    def _cn_standalone(self, m: re.Match[str]) -> Quantity:
        lead, rest, k, cjk_unit, latin_unit = m.group("lead", "s1r", "sk", "su", "sl")
        value = self._cn_number(lead + rest) * (10 ** self.scale_exp[k] if k else 1)
        unit = cjk_unit or latin_unit
        return Quantity(m.start(), m.end(), value, None, self.unit[unit] if unit else None, None, k)

    def _cn_tenths(self, m: re.Match[str]) -> Quantity:
        return Quantity(m.start(), m.end(), self.cn_digit[m.group("lead")] * 10.0, None, "%")

    def _cn_quantity(self, m: re.Match[str]) -> Quantity:
        lead, c1r, c2, k, u = m.group("lead", "c1r", "c2", "ck", "cu")
        factor = 10 ** self.scale_exp[k] if k else 1
        high = self._cn_number(c2) * factor if c2 else None
        return Quantity(m.start(), m.end(), self._cn_number(lead + c1r) * factor, high, self.unit[u], None, k)


def _unit_slashed(text: str, grammar: Grammar, found: list[Quantity]) -> list[Quantity]:
    """`found` with the parts of `2.4cm/2.9cm` where nothing was found, in order."""
    extra = []
    for m in grammar.unit_slashed.finditer(text):
        if any(q.start < m.end() and m.start() < q.end for q in found):
            continue
        unit, cursor = grammar.unit[m.group("unit")], m.start()
        for part in re.finditer(rf"[^/／]+", m.group()):
            start, end = m.start() + part.start(), m.start() + part.end()
            number = part.group()[:len(part.group()) - len(m.group("unit"))]
            extra.append(Quantity(start, end, grammar._number(number, None), None, unit))
    return sorted(found + extra, key=lambda q: q.start) if extra else found


def _signed_like(grammar: Grammar, text: str, signed: Quantity, last: Quantity | None, q: Quantity) -> Quantity:
    """A minus is a value's own sign, like that of an earlier value of its sentence in the same unit that a copula
    made negative ("NMSE 为 -21.4 dB"), when the value follows it in a list ("分别为 -24.1%、-19.6% 和 -31.8%") or
    stands alone in parentheses after a name ("优于 BarNet（-8.65 dB）"): more values of a measure written negative,
    not decreases."""
    if q.sign != "-" or q.unit != signed.unit or _SENTENCE_BREAK.search(text, signed.end, q.start):
        return q
    listed = last is not None and last.value < 0 and last.sign is None and grammar.list_gap.fullmatch(text, last.end, q.start)
    aside = text[q.start - 1:q.start] in ("(", "（") and text[q.end:q.end + 1] in (")", "）", "/", "／", " ")
    return replace(q, sign=None) if listed or aside else q


_SENTENCE_BREAK = re.compile(r"[。；;！？!?\n]")


def find_quantities(text: str, grammar: Grammar) -> list[Quantity]:
    """Quantities of `text`, sorted by start and non-overlapping; names, settings and dates give none."""
    build, change, list_gap = grammar.build, grammar.change, grammar.list_gap
    names_it, list_marker, marker_ends = grammar.names_it, grammar.list_marker, grammar.list_marker_ends
    found: list[Quantity] = []
    name_end = -1  # end of the last number that a name prefix claimed (Level 1, 2, 3)
    signed: Quantity | None = None  # the last value whose minus is its own (`为 -21.4 dB`), in its sentence
    for m in grammar.pattern.finditer(text):
        kind = m.lastgroup
        if kind == "quantity":
            start, end = m.span()
            if names_it(text, start) or (
                name_end >= 0 and m.group().isdigit() and list_gap.fullmatch(text, name_end, start)
            ):
                name_end = end
            elif not (text[end : end + 1] in marker_ends and list_marker(text, start, end)):
                for q in change(m, text):
                    own = grammar.own_sign(q, text)
                    if own is q and signed is not None:
                        own = _signed_like(grammar, text, signed, found[-1] if found else None, q)
                    signed = own if own is not q else signed
                    found.append(grammar.added_factor(own, text))
        elif kind == "slashed":
            parts = grammar.slashed(m)
            own = grammar.own_sign(parts[0], text) if parts else None
            if own is parts[0] and parts and signed is not None:
                own = _signed_like(grammar, text, signed, found[-1] if found else None, parts[0])
            if parts and own is not parts[0]:
                signed = own
            found.extend(replace(q, sign=None) if own is not parts[0] and q.sign == "-" else q for q in parts)
        elif kind != "skip":
            found.append(grammar.added_factor(build[kind](m), text))
    return _unit_slashed(text, grammar, found) if "/" in text or "／" in text else found
