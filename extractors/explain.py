"""The debug view behind `metricsdb explain`: for every number, the rule that claimed it and the record.

A pattern author reads this to see which numbers no rule claimed, which claims the precision guard
refused, and what the entity stage thought each name was.
"""
from __future__ import annotations

from metricsdb.model import Paper

from .pipeline import read_paper


def explain_paper(paper: Paper, report_date: str = "1970-01-01") -> str:
    """A plain-text account of how one paper's results section was read."""
    ctx, readings = read_paper(paper, report_date)
    view = ctx.view
    lines = [f"paper {paper.paper_id}: {paper.title}", f"  method: {ctx.method or '(none found)'}"]
    names = ", ".join(f"{m.text}={m.role}" for m in ctx.mentions)
    lines.append(f"  entities: {names or '(none)'}")
    by_mark = {r.claim.quantity: r for r in readings}
    for mark, index in sorted(view.mark_index.items()):
        quantity = view.quantities[index]
        surface = view.source[quantity.start:quantity.end]
        reading = by_mark.get(mark)
        if reading is None:
            lines.append(f"  {surface!r:>16}  unclaimed")
            continue
        record = reading.record
        if record is None:
            lines.append(f"  {surface!r:>16}  {reading.claim.rule}: refused (no benchmark/system it can justify, or a size/count)")
            continue
        extra = "".join(f" {k}={v}" for k, v in (("subset", record.subset), ("direction", record.direction),
                                                  ("reference", record.reference)) if v)
        lines.append(
            f"  {surface!r:>16}  {record.rule}: {record.kind} {record.value:g}{record.unit or ''} "
            f"benchmark={record.benchmark} model={record.model} metric={record.metric}{extra}"
        )
        lines.append(f"  {'':>16}  evidence: {record.evidence}")
    return "\n".join(lines)
