"""The compliance checks' figures: all rules over one organisation of 10,000 activities
(target < 1 s), and the register read they start from.

    python bench/run_checks.py            # 10,000 activities, 5 repetitions
    python bench/run_checks.py --quick    # 1,000 activities, 3 repetitions

The register is the synthetic one of bench/generate.py (one organisation). "read" is
`load_context` (read_tree of the organisation plus the history and notice facts); "rules" is
`run_checks` on that context: every registered rule, findings sorted. Wall time
(time.perf_counter), median of the repetitions after one untimed warm-up. Results are printed
and written to bench/out/results-checks.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import generate  # noqa: E402  (bench/generate.py)
from timing import median_of  # noqa: E402  (bench/timing.py)

from ropa.core.checks.engine import load_context, run_checks  # noqa: E402
from ropa.core.register import open_register  # noqa: E402
from ropa.exports.common import resolve_organisation  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--activities", type=int)
    parser.add_argument("--reps", type=int)
    parser.add_argument(
        "--translated",
        action="store_true",
        help="the organisation writes in three languages, every text translated",
    )
    args = parser.parse_args(argv)
    activities = args.activities or (1000 if args.quick else 10000)
    reps = args.reps or (3 if args.quick else 5)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "checks.ropa"
        document = generate.make_document(
            organisations=1, activities_per_org=activities, seed=1, translated=args.translated
        )
        generate.write_register(path, generate.to_bytes(document))
        db = open_register(path)
        try:
            with db.reader() as session:
                org_id = resolve_organisation(session, None)
                read_s, context = median_of(lambda: load_context(session, org_id), reps)

            def every_rule() -> object:
                context._memo.clear()  # type: ignore[attr-defined]  # nothing remembered
                return run_checks(context)  # type: ignore[arg-type]

            rules_s, findings = median_of(every_rule, reps)
        finally:
            db.close()
    per_rule = Counter(f.rule for f in findings)  # type: ignore[attr-defined]
    print(f"{activities} activities, median of {reps}")
    print(f"read (load_context)      {read_s:8.3f} s")
    print(f"rules (run_checks)       {rules_s:8.3f} s   target < 1 s")
    print(f"findings: {sum(per_rule.values())}  {dict(per_rule.most_common())}")
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    name = "results-checks-quick.json" if args.quick else "results-checks.json"
    (out / name).write_text(
        json.dumps({"activities": activities, "read": read_s, "rules": rules_s}, indent=2)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
