"""The PDF register's figures: ropa's build_pdf against raw reportlab building the same
flowables, and how the time grows with the number of activities.

    python bench/run_pdf.py              # 100 and 1,000 activities, 3 repetitions
    python bench/run_pdf.py --quick      # 50 and 200 activities, 1 repetition (smoke run)

- ours: `build_pdf(db)` on a register file holding one organisation of N synthetic activities
  (bench/generate.py): one read of the register, the story (cover, contents, summary, one
  section per activity, annexes), one layout pass with header, footer "page X / Y", bookmarks
  and the table of contents.
- raw: the same texts, taken from ropa's story once (outside the timing), built again as
  plain reportlab flowables (a Paragraph per paragraph, a Table of Paragraphs per table, same
  styles and fonts, same column widths) into a SimpleDocTemplate: no table of contents, no
  header or footer, no bookmarks, no database read.

CPU time (time.process_time), median of the repetitions after one untimed warm-up; ours and
raw alternate. Targets: ours / raw <= 1.3x at the larger size; time(large) / time(small) <=
1.1 x (large / small), i.e. 11x for 100 -> 1,000 activities. The table is printed and the
figures are written to bench/out/results-pdf.json (results-pdf-quick.json with --quick).
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import generate  # noqa: E402  (bench/generate.py)
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from ropa.core.register import open_register  # noqa: E402
from ropa.db.session import RegisterDatabase  # noqa: E402
from ropa.exports.common import resolve_organisation  # noqa: E402
from ropa.exports.pdf.layout import FormTableOfContents  # noqa: E402
from ropa.exports.pdf.register import build_pdf, build_story  # noqa: E402
from ropa.exports.pdf.styles import (  # noqa: E402
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
)
from ropa.exports.register_view import load_register_view  # noqa: E402

Spec = tuple[Any, ...]


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def make_register(folder: Path, activities: int, seed: int) -> Path:
    path = folder / f"pdf-{activities}.ropa"
    document = generate.make_document(organisations=1, activities_per_org=activities, seed=seed)
    generate.write_register(path, generate.to_bytes(document))
    return path


# -- the raw side ----------------------------------------------------------------------------


def raw_specs(db: RegisterDatabase) -> list[Spec]:
    """ropa's story reduced to plain data: paragraph texts and styles, table cells, widths."""
    with db.reader() as session:
        view = load_register_view(session, resolve_organisation(session, None), None)
    specs: list[Spec] = []

    def spec(flowable: Flowable) -> Spec | None:
        if isinstance(flowable, Paragraph):
            return ("p", flowable.text, flowable.style)
        if isinstance(flowable, Table):
            cells = flowable._cellvalues
            rows = [[spec(c) if isinstance(c, Flowable) else None for c in r] for r in cells]
            return ("t", rows, list(flowable._colWidths), flowable)
        if isinstance(flowable, PageBreak):
            return ("break",)
        if isinstance(flowable, Spacer):
            return ("space", flowable.width, flowable.height)
        return None

    for flowable in build_story(view).flowables:
        if isinstance(flowable, FormTableOfContents):
            continue
        found = spec(flowable)
        if found is not None:
            specs.append(found)
    return specs


def raw_flowable(spec: Spec) -> Flowable:
    kind = spec[0]
    if kind == "p":
        return Paragraph(spec[1], spec[2])
    if kind == "t":
        _kind, rows, widths, original = spec
        data = [[raw_flowable(c) if c is not None else "" for c in row] for row in rows]
        return Table(
            data,
            colWidths=widths,
            style=_style_of(original),
            repeatRows=original.repeatRows,
            splitByRow=1,
            splitInRow=1,
        )
    if kind == "break":
        return PageBreak()
    return Spacer(spec[1], spec[2])


def _style_of(table: Table) -> list[Any]:
    return [*table._bkgrndcmds, *table._linecmds, *table._spanCmds, *_cell_cmds(table)]


def _cell_cmds(table: Table) -> list[Any]:
    style = table._cellStyles[0][0]
    return [
        ("VALIGN", (0, 0), (-1, -1), style.valign),
        ("LEFTPADDING", (0, 0), (-1, -1), style.leftPadding),
        ("RIGHTPADDING", (0, 0), (-1, -1), style.rightPadding),
        ("TOPPADDING", (0, 0), (-1, -1), style.topPadding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), style.bottomPadding),
    ]


def raw_build(specs: list[Spec]) -> bytes:
    buffer = io.BytesIO()
    padding = 6  # SimpleDocTemplate's frame padding: the same frame as ropa's pages
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_LEFT - padding,
        rightMargin=MARGIN_RIGHT - padding,
        topMargin=MARGIN_TOP - padding,
        bottomMargin=MARGIN_BOTTOM - padding,
    )
    doc.build([raw_flowable(s) for s in specs])
    return buffer.getvalue()


# -- measuring -------------------------------------------------------------------------------


def cpu(action: Callable[[], bytes]) -> tuple[float, bytes]:
    gc.collect()
    start = time.process_time()
    result = action()
    return time.process_time() - start, result


def measure(path: Path, reps: int) -> dict[str, Any]:
    db = open_register(path)
    try:
        specs = raw_specs(db)
        cpu(lambda: build_pdf(db))  # warm-up (fonts, caches)
        cpu(lambda: raw_build(specs))
        ours: list[float] = []
        raw: list[float] = []
        pages = raw_pages = 0
        for rep in range(reps):
            sides = [("ours", lambda: build_pdf(db)), ("raw", lambda: raw_build(specs))]
            for name, action in sides if rep % 2 == 0 else sides[::-1]:
                seconds, data = cpu(action)
                (ours if name == "ours" else raw).append(seconds)
                count = data.count(b"/Type /Page\n") or data.count(b"/Type /Page ")
                if name == "ours":
                    pages = count
                else:
                    raw_pages = count
        return {
            "ours": statistics.median(ours),
            "raw": statistics.median(raw),
            "pages": pages,
            "raw_pages": raw_pages,
        }
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--large", type=int, default=1000)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="50 and 200 activities, 1 rep")
    parser.add_argument("--tmpdir", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=None, help="where the JSON results go")
    args = parser.parse_args(argv)
    if args.quick:
        args.small, args.large, args.reps = 50, 200, 1
    results: dict[int, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(dir=args.tmpdir) as folder:
        for size in (args.small, args.large):
            log(f"register of {size:,} activities")
            path = make_register(Path(folder), size, args.seed)
            log(f"measuring ({args.reps} repetitions)")
            results[size] = measure(path, args.reps)
    header = ("activities", "pages", "raw pages", "ours (s)", "raw (s)", "ours/raw")
    print("{:>10} {:>6} {:>9} {:>9} {:>8} {:>9}".format(*header))
    for size, r in results.items():
        ratio = r["ours"] / r["raw"]
        print(
            f"{size:>10,} {r['pages']:>6} {r['raw_pages']:>9} {r['ours']:>9.2f} "
            f"{r['raw']:>8.2f} {ratio:>8.2f}x"
        )
    small, large = results[args.small], results[args.large]
    growth = large["ours"] / small["ours"]
    allowed = 1.1 * args.large / args.small
    ratio = large["ours"] / large["raw"]
    print(f"ours / raw at {args.large:,} activities: {ratio:.2f}x (target <= 1.3x)")
    print(
        f"growth {args.small:,} -> {args.large:,} activities: {growth:.1f}x "
        f"(target <= {allowed:.0f}x)"
    )
    out = args.out or HERE / "out" / (
        "results-pdf-quick.json" if args.quick else "results-pdf.json"
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    summary = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": platform.platform(),
        "python": platform.python_version(),
        "repetitions": args.reps,
        "seed": args.seed,
        "sizes": {str(size): r for size, r in results.items()},
        "ratio": ratio,
        "growth": growth,
    }
    out.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    log(f"results written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
