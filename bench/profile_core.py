"""Profile one register-core operation of ropa with cProfile (where does the time go?).

    python bench/profile_core.py export  [--organisations 200 --activities 50] [--top 30]
    python bench/profile_core.py import
    python bench/profile_core.py open

The register (and its JSON) is generated in a temporary folder, or taken from --register /
--json when given (e.g. made by bench/generate.py). The full statistics are written to
bench/out/profile-<operation>.prof (open them with `python -m pstats` or snakeviz).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

from ropa.core.queries import list_activities  # noqa: E402
from ropa.core.register import create_register, open_register  # noqa: E402
from ropa.exports.interchange import export_json, import_json  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("operation", choices=("open", "export", "import"))
    parser.add_argument("--organisations", type=int, default=200)
    parser.add_argument("--activities", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--register", type=Path, help="an existing register file (open, export)")
    parser.add_argument("--json", type=Path, help="an existing interchange document (import)")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--sort", default="tottime", help="pstats sort key (tottime, cumulative)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="ropa-profile-") as tmp:
        folder = Path(tmp)
        os.environ["ROPA_DATA_DIR"] = str(folder / "userdata")
        data: bytes | None = args.json.read_bytes() if args.json else None
        register = args.register
        if data is None and (args.operation == "import" or register is None):
            doc = generate.make_document(args.organisations, args.activities, args.seed)
            data = generate.to_bytes(doc)
        if register is None and args.operation != "import":
            register = folder / "register.ropa"
            assert data is not None
            generate.write_register(register, data)

        profiler = cProfile.Profile()
        if args.operation == "open":
            db = open_register(register)  # warm-up, as in run.py
            with db.reader() as session:
                list_activities(session)
            db.close()
            start = time.perf_counter()
            profiler.enable()
            db = open_register(register)
            with db.reader() as session:
                list_activities(session)
            profiler.disable()
            db.close()
        elif args.operation == "export":
            db = open_register(register)
            export_json(db)  # warm-up
            start = time.perf_counter()
            profiler.enable()
            export_json(db)
            profiler.disable()
            db.close()
        else:
            assert data is not None
            db = create_register(folder / "fresh.ropa", language="en")
            start = time.perf_counter()
            profiler.enable()
            import_json(db, data, source="profile")
            profiler.disable()
            db.close()
        elapsed = time.perf_counter() - start

    out = HERE / "out" / f"profile-{args.operation}.prof"
    out.parent.mkdir(parents=True, exist_ok=True)
    profiler.dump_stats(out)
    print(f"{args.operation}: {elapsed:.3f} s under cProfile (profiling adds overhead)")
    stats = pstats.Stats(profiler)
    stats.sort_stats(args.sort).print_stats(args.top)
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
