"""The debug view behind `metricsdb explain`: for every number, the rule that claimed it and the record,
the specific reason the guard refused it, the matches that lost it to another rule, or, for a number
no rule matched, which cues were missing around it.
"""
from __future__ import annotations

from wcwidth import wcswidth

from metricsdb.model import Paper

from .document import BENCHMARK, METRIC, NAME_ROLE, SYSTEM_ROLES, PaperContext
from .extractor import Extractor
from .records import not_a_result
from .rules import Lost


def explain_paper(extractor: Extractor, paper: Paper, report_date: str = "1970-01-01") -> str:
    """A plain-text account of how one paper's results section was read."""
    lost: list[Lost] = []
    ctx, readings = extractor.read_paper(paper, report_date, lost)
    view = ctx.view
    lines = [f"paper {paper.paper_id}: {paper.title}", f"  method: {ctx.method or '(none found)'}"]
    names = ", ".join(f"{m.text}={m.role}" for m in ctx.mentions)
    lines.append(f"  entities: {names or '(none)'}")
    by_mark = {r.claim.quantity: r for r in readings}
    lost_by_mark: dict[int, list[Lost]] = {}
    for match in lost:
        for claim in match.claims:
            lost_by_mark.setdefault(claim.quantity, []).append(match)
    for mark, index in sorted(view.mark_index.items()):
        quantity = view.quantities[index]
        surface = view.written[slice(*view.written_span(quantity.start, quantity.end))]
        reading = by_mark.get(mark)
        if reading is None:
            lines.append(f"  {_quoted(surface)}  unclaimed: {missing_cues(ctx, mark)}")
        elif reading.record is None:
            lines.append(f"  {_quoted(surface)}  {reading.claim.rule}: refused: {reading.refusal}")
        else:
            record = reading.record
            extra = "".join(f" {k}={v}" for k, v in (("subset", record.subset), ("direction", record.direction),
                                                      ("reference", record.reference)) if v)
            lines.append(
                f"  {_quoted(surface)}  {record.rule}: {record.kind} {record.value:g}{record.unit or ''} "
                f"benchmark={record.benchmark} model={record.model} metric={record.metric}{extra}"
            )
            lines.append(f"  {'':>16}  evidence: {record.evidence}")
        for match in lost_by_mark.get(mark, []):
            lines.append(f"  {'':>16}  lost: {match.rule} (to {match.winner}: {match.reason})")
    return "\n".join(lines)


def _quoted(surface: str) -> str:
    """The number as written, quoted and right-aligned in 16 terminal columns: a Chinese character takes
    two (`'12.5 个百分点'`), so padding by characters would push the line's columns out of line."""
    quoted = repr(surface)
    width = wcswidth(quoted)
    return " " * max(0, 16 - (width if width >= 0 else len(quoted))) + quoted


def missing_cues(ctx: PaperContext, mark: int) -> str:
    """Why no rule matched a number: the cues rules look for that are missing around it."""
    sentence = next((s for s in ctx.sentences if s.start <= mark < s.end), None)
    if sentence is None:
        return "no rule matched: the number is in no sentence (a heading)"
    clause_start, clause_end = sentence.clause_bounds(mark, mark + 1)
    text = ctx.view.text
    in_clause = [m for m in ctx.mentions if clause_start <= m.start and m.end <= clause_end]
    in_sentence = [m for m in ctx.mentions if sentence.start <= m.start and m.end <= sentence.end]
    missing = []
    if not any(ctx.words.verb.match(text, i) for i in range(clause_start, mark)):
        missing.append("no verb of reaching or change (达到, 提升, 为 ...) before it in its clause")
    if not any(m.role == METRIC for m in in_clause):
        missing.append("no metric in its clause")
    if not any(m.role in SYSTEM_ROLES or m.role == NAME_ROLE for m in in_sentence) and not ctx.method:
        missing.append("no system in its sentence and no method for the paper")
    if not any(m.role == BENCHMARK for m in in_sentence):
        missing.append("no benchmark in its sentence")
    quantity = ctx.quantity_at(mark)
    refused = not_a_result(ctx, quantity, mark)
    guard = f"; the guard would refuse it anyway: {refused}" if refused else _looks_like_a_year(ctx, quantity)
    if not missing:
        return f"no rule matched, though its clause has a verb and a metric: no pattern for this wording{guard}"
    return "no rule matched: " + "; ".join(missing) + guard


def _looks_like_a_year(ctx: PaperContext, quantity) -> str:
    """A note for a bare four-digit number between 1900 and 2100 ("2024 年" is a date already)."""
    written = ctx.view.source[quantity.start:quantity.end]
    if quantity.unit is None and written.isdigit() and len(written) == 4 and 1900 <= quantity.value <= 2100:
        return "; it looks like a year"
    return ""
