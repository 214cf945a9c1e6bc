"""The privacy notice's figures: a notice of 200 public activities built from the register and
rendered to HTML (target < 0.2 s) and to PDF (target < 1 s).

    python bench/run_notice.py            # 200 public activities, 7 repetitions
    python bench/run_notice.py --quick    # 50 activities, 3 repetitions (smoke run)

The register holds one organisation of N synthetic activities (bench/generate.py), every one of
them made active and marked for the notice (the synthetic register marks only some), so the
notice describes all N: their purposes, data, recipients, transfers and retention phases.

Each figure is wall time (time.perf_counter: what the user waits for), the median of the
repetitions after one untimed warm-up, split into the register read + build
(`build_notice(db)`), and each renderer on the built document. For scale, "raw" figures
measure the libraries alone on the same content: Jinja2 rendering the same sections with a
bare template (no escaping helpers, no CSS) and reportlab laying out the same paragraphs and
tables in a SimpleDocTemplate (no header, footer, bookmarks or links). The table is printed
and written to bench/out/results-notice.json.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import platform
import sqlite3
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
import jinja2  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table  # noqa: E402

from ropa.core.register import open_register  # noqa: E402
from ropa.exports.notice.builder import build_notice  # noqa: E402
from ropa.exports.notice.model import BulletList, NoticeDocument, Subheading  # noqa: E402
from ropa.exports.notice.model import Paragraph as NoticeParagraph  # noqa: E402
from ropa.exports.notice.model import Table as NoticeTable  # noqa: E402
from ropa.exports.notice.render_html import render_html  # noqa: E402
from ropa.exports.notice.render_pdf import render_pdf  # noqa: E402
from ropa.exports.pdf.styles import register_fonts, text  # noqa: E402


def make_register(folder: Path, activities: int, seed: int) -> Path:
    path = folder / f"notice-{activities}.ropa"
    document = generate.make_document(organisations=1, activities_per_org=activities, seed=seed)
    for activity in document["organisations"][0]["activities"]:
        activity["status"] = "active"
        activity["in_notice"] = True
    generate.write_register(path, generate.to_bytes(document))
    with sqlite3.connect(path) as conn:  # processor activities stay out of the notice
        conn.execute("UPDATE activity SET role = 'controller' WHERE role = 'processor'")
    return path


def timed(function: Callable[[], Any], reps: int) -> tuple[float, list[float], Any]:
    function()  # warm-up
    samples: list[float] = []
    result = None
    for _ in range(reps):
        gc.collect()
        start = time.perf_counter()
        result = function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), samples, result


RAW_TEMPLATE = jinja2.Environment(autoescape=True).from_string(
    "<html><body>{% for s in sections %}<h2>{{ s.title }}</h2>"
    "{% for b in s.blocks %}{% if b.kind == 'table' %}<table>{% for r in b.rows %}<tr>"
    "{% for c in r %}<td>{{ c }}</td>{% endfor %}</tr>{% endfor %}</table>"
    "{% else %}<p>{{ b.text }}</p>{% endif %}{% endfor %}{% endfor %}</body></html>"
)


def _raw_sections(doc: NoticeDocument) -> list[dict[str, Any]]:
    out = []
    for section in doc.sections:
        blocks: list[dict[str, Any]] = []
        for block in section.blocks:
            if isinstance(block, NoticeTable):
                blocks.append({"kind": "table", "rows": [block.headers, *block.rows]})
            elif isinstance(block, BulletList):
                blocks.extend(
                    {"kind": "p", "text": "".join(s.text for s in item)} for item in block.items
                )
            elif isinstance(block, NoticeParagraph):
                blocks.append({"kind": "p", "text": block.text()})
            elif isinstance(block, Subheading):
                blocks.append({"kind": "p", "text": block.text})
        out.append({"title": section.title, "blocks": blocks})
    return out


def raw_pdf(sections: list[dict[str, Any]]) -> bytes:
    register_fonts()
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    body.fontName = "DejaVuSans"
    story: list[Any] = []
    for section in sections:
        story.append(Paragraph(text(section["title"]), styles["Heading2"]))
        for block in section["blocks"]:
            if block["kind"] == "table":
                rows = [[Paragraph(text(c), body) for c in row] for row in block["rows"]]
                story.append(Table(rows, repeatRows=1))
            else:
                story.append(Paragraph(text(block["text"]), body))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--activities", type=int)
    parser.add_argument("--reps", type=int)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    activities = args.activities or (50 if args.quick else 200)
    reps = args.reps or (3 if args.quick else 7)

    with tempfile.TemporaryDirectory() as tmp:
        path = make_register(Path(tmp), activities, args.seed)
        db = open_register(path)
        try:
            build_s, build_samples, doc = timed(lambda: build_notice(db, lang="fr"), reps)
            html_s, html_samples, html = timed(lambda: render_html(doc), reps)
            pdf_s, pdf_samples, pdf = timed(lambda: render_pdf(doc), reps)
            sections = _raw_sections(doc)
            raw_html_s, _, _ = timed(lambda: RAW_TEMPLATE.render(sections=sections), reps)
            raw_pdf_s, _, _ = timed(lambda: raw_pdf(sections), reps)
        finally:
            db.close()

    rows = [
        ("register read + build", build_s, None),
        ("render HTML", html_s, raw_html_s),
        ("render PDF", pdf_s, raw_pdf_s),
        ("build + HTML (target < 0.2 s)", build_s + html_s, None),
        ("build + PDF (target < 1 s)", build_s + pdf_s, None),
    ]
    print(
        f"notice of {doc.activity_count} public activities, {len(doc.sections)} sections, "
        f"HTML {len(html) // 1024} KB, PDF {len(pdf) // 1024} KB; median of {reps}"
    )
    print(f"{'figure':34} {'ours (s)':>9} {'raw (s)':>9} {'ratio':>7}")
    for name, ours, raw in rows:
        raw_text = f"{raw:9.3f}" if raw else " " * 9
        ratio = f"{ours / raw:6.2f}x" if raw else ""
        print(f"{name:34} {ours:9.3f} {raw_text} {ratio:>7}")
    out_dir = HERE / "out"
    out_dir.mkdir(exist_ok=True)
    name = "results-notice-quick.json" if args.quick else "results-notice.json"
    (out_dir / name).write_text(
        json.dumps(
            {
                "when": datetime.now(UTC).isoformat(),
                "machine": platform.platform(),
                "activities": doc.activity_count,
                "reps": reps,
                "build": build_samples,
                "html": html_samples,
                "pdf": pdf_samples,
                "raw_html": raw_html_s,
                "raw_pdf": raw_pdf_s,
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
