"""Sentences per second and value / value+unit P/R/F1 of find_figures against its peers.

Usage:
    python benchmarks/bench_extraction.py [DATASET_PATH|name] [--tools DIR] [--passes N]
        [--cqe-python PYTHON] [--mypyc]

The scorer is the shared evaluation harness (``eval_quant.py``, default ``../shared/tools``
relative to the repository); the claimtrack side is the project's own ``find_figures``.
quantulum3 is measured in this process.  CQE (spaCy-based) cannot share an environment
with claimtrack's pins, so it is measured by this same script run under the interpreter of
its own virtual environment (``--cqe-python``, or ``$CLAIMTRACK_CQE_PYTHON``), on the same
sentences, with the same timing, in the same run; ``benchmarks/setup_cqe.sh`` makes that
environment.  Without one, the CQE rows are left out and the output says so.

With ``--mypyc`` the scanner (``claimtrack/_grammar.py``) is also compiled with mypyc into a
temporary copy of the package, and that build is measured too (the optional compiled build
that ``HATCH_BUILD_HOOK_ENABLE_MYPYC=1 pip install .`` installs); it needs mypy (the dev extra).

value+unit is printed twice: ``exact`` (the scorer's default: normalised unit strings must
agree) and ``head`` (only the last word must agree, so "us troop" == "troop").  claimtrack
keeps modifiers on the mention and out of the unit, as its design asks ("3,000 American
troops" has the unit ``troop``), so ``head`` is the comparison of what each tool calls the
unit; ``exact`` also asks for the modifiers.

The unit of a count is its head noun.  ``find_figures`` names the units its table knows
("troops" -> ``troop``) and keeps any other counted noun on the mention (``Mention.noun``,
"35 sections") while the figure's unit stays ``count``, which the scorer reads as no unit.
The rows marked ``nouns`` score the same mentions with that counted noun as the unit
(:func:`counted_units`); they are scored once, untimed, from the same ``find_figures``.
The row ``v+u phrase`` puts the noun's modifiers back into the unit, as the gold does
("american troop"), and matches units exactly (:func:`counted_phrases`).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType, SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TOOLS = ROOT.parent / "shared" / "tools"
DEFAULT_DATA = ROOT.parent / "shared" / "eval-data" / "newsquant" / "newsquant_dev.json"
OURS = "claimtrack.mentions:find_figures"
COMPILED = "claimtrack (mypyc build)"
CQE_ENV = "CLAIMTRACK_CQE_PYTHON"


def _load_scorer(tools: Path) -> ModuleType:
    path = tools / "eval_quant.py"
    spec = importlib.util.spec_from_file_location("eval_quant", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_quant"] = module
    spec.loader.exec_module(module)
    return module


def counted_units(text: str) -> list[SimpleNamespace]:
    """``find_figures`` with the counted noun as the unit of a count outside the unit table."""
    from claimtrack.mentions import find_figures

    out = []
    for m in find_figures(text):
        fig = m.figure
        unit = m.noun if fig.unit == "count" and m.noun else fig.unit
        shown = SimpleNamespace(value=fig.value, low=fig.low, high=fig.high, hedge=fig.hedge)
        out.append(SimpleNamespace(figure=SimpleNamespace(**vars(shown), unit=unit), span=m.span))
    return out


def counted_phrases(text: str) -> list[SimpleNamespace]:
    """Like :func:`counted_units`, with the counted noun's modifiers in the unit, as the gold has.

    NewsQuant's gold keeps modifiers in a count's unit ("american troop"); claimtrack keeps
    them on the mention (``Mention.modifiers``). These rows ("v+u phrase") score that
    convention from the same mentions.
    """
    out = counted_units(text)
    from claimtrack.mentions import find_figures

    for shown, m in zip(out, find_figures(text), strict=True):
        if m.noun and m.modifiers:
            shown.figure.unit = " ".join([*m.modifiers, m.noun])
    return out


def _timed(
    scorer: ModuleType, names: list[str], examples: list[object], passes: int
) -> dict[str, dict[str, object]]:
    """Score extractors; each one's speed is the best of ``passes`` timed passes over the set.

    The passes of the extractors alternate (claimtrack, quantulum3, claimtrack, ...), so
    that a slow spell of a shared machine falls on both sides of a ratio alike.  The
    shared harness warms up on one sentence only, so the first pass also pays for cold
    caches; the best pass is the steady rate a long-running process would see.
    """
    best: dict[str, dict[str, object]] = {}
    for _ in range(max(1, passes)):
        for name in names:
            done, _setup = scorer.run(name, examples)
            res: dict[str, object] = scorer.score(done)
            if name not in best:
                res["first_pass_sentences_per_sec"] = res["sentences_per_sec"]
                res["value+unit head"] = scorer.score(done, "strict", "head")["value+unit"]
                best[name] = res
            elif (res["sentences_per_sec"] or 0) > (best[name]["sentences_per_sec"] or 0):  # type: ignore[operator]
                best[name]["sentences_per_sec"] = res["sentences_per_sec"]
    if OURS in best:
        done, _setup = scorer.run("__main__:counted_units", examples)
        best[OURS]["value+unit nouns"] = scorer.score(done)["value+unit"]
        best[OURS]["value+unit nouns head"] = scorer.score(done, "strict", "head")["value+unit"]
        done, _setup = scorer.run("__main__:counted_phrases", examples)
        best[OURS]["value+unit phrase"] = scorer.score(done)["value+unit"]
    return best


def _cqe_in(python: str, args: argparse.Namespace) -> dict[str, object] | None:
    """Measure CQE by running this script under ``python`` (CQE's own environment)."""
    try:
        line = _run_self(args, python, "cqe", os.environ.copy())
    except RuntimeError as exc:
        print(f"CQE could not be measured with {python}: {exc}")
        return None
    result: dict[str, object] = json.loads(line)
    return result


def _run_self(args: argparse.Namespace, python: str, only: str, env: dict[str, str]) -> str:
    """Run this script for one extractor under ``python``; return its output's last line."""
    cmd = [python, __file__, args.dataset, "--tools", args.tools, "--passes", str(args.passes)]
    done = subprocess.run(
        [*cmd, "--only", only, "--json"], capture_output=True, text=True, check=False, env=env
    )
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-5:])
        raise RuntimeError(f"exit {done.returncode}:\n{tail}")
    return done.stdout.strip().splitlines()[-1]


def _compiled(args: argparse.Namespace) -> dict[str, object] | None:
    """Compile the scanner with mypyc in a temporary copy of the package and measure it."""
    with tempfile.TemporaryDirectory(prefix="claimtrack-mypyc-") as tmp:
        ignore = shutil.ignore_patterns("__pycache__", "*.so")
        shutil.copytree(ROOT / "claimtrack", Path(tmp) / "claimtrack", ignore=ignore)
        mypyc = [sys.executable, "-m", "mypyc", "--ignore-missing-imports"]
        built = subprocess.run(
            [*mypyc, "--follow-imports=silent", "claimtrack/_grammar.py"],
            cwd=tmp,
            capture_output=True,
            text=True,
            check=False,
        )
        if built.returncode != 0:
            print(f"mypyc build failed: {(built.stderr or built.stdout).strip()[-500:]}")
            return None
        env = {**os.environ, "PYTHONPATH": tmp, "CLAIMTRACK_SCANNER": "compiled"}
        try:
            line = _run_self(args, sys.executable, OURS, env)
        except RuntimeError as exc:
            print(f"the mypyc build could not be measured: {exc}")
            return None
    result: dict[str, object] = json.loads(line)
    return result


def _print(name: str, res: dict[str, object]) -> None:
    rows = (
        ("value", "value"),
        ("value+unit", "value+unit"),
        ("v+u head", "value+unit head"),
        ("v+u nouns", "value+unit nouns"),
        ("v+u nouns head", "value+unit nouns head"),
        ("v+u phrase", "value+unit phrase"),
    )
    for metric, key in rows:
        if key not in res:
            continue
        m = res[key]
        print(f"{name:<34}{metric:<16}P={m['P']:>5} R={m['R']:>5} F1={m['F1']:>5}")  # type: ignore[index]
    print(
        f"{name:<34}{res['sentences_per_sec']} sentences/s best pass "
        f"({res['first_pass_sentences_per_sec']} first pass); errors={res['errors']}"
    )


def main(argv: list[str] | None = None) -> dict[str, dict[str, object]]:
    """Score claimtrack, quantulum3 and (when available) CQE on one dataset, side by side."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("dataset", nargs="?", default=str(DEFAULT_DATA))
    ap.add_argument("--tools", default=str(DEFAULT_TOOLS))
    ap.add_argument("--no-peer", action="store_true", help="skip the peers")
    ap.add_argument("--passes", type=int, default=3, help="timed passes (best is reported)")
    ap.add_argument(
        "--cqe-python",
        default=os.environ.get(CQE_ENV),
        help=f"python of a virtual environment with CQE (default ${CQE_ENV})",
    )
    ap.add_argument("--only", help=argparse.SUPPRESS)  # one extractor, for a peer's environment
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--mypyc", action="store_true", help="also measure the mypyc-compiled scanner")
    args = ap.parse_args(argv)
    scorer = _load_scorer(Path(args.tools))
    examples = scorer.load_dataset(args.dataset)
    if args.only:
        if os.environ.get("CLAIMTRACK_SCANNER") == "compiled":
            from claimtrack import _grammar

            if not str(_grammar.__file__).endswith((".so", ".pyd")):
                raise SystemExit(f"expected the compiled scanner, found {_grammar.__file__}")
        res = _timed(scorer, [args.only], examples, args.passes)[args.only]
        print(json.dumps(res))
        return {args.only: res}
    names = [OURS] + ([] if args.no_peer else ["quantulum3"])
    results: dict[str, dict[str, object]] = {}
    print(f"dataset={args.dataset} sentences={len(examples)} passes={args.passes}")
    results.update(_timed(scorer, names, examples, args.passes))
    for name in names:
        _print(name, results[name])
    if args.mypyc:
        compiled = _compiled(args)
        if compiled is not None:
            results[COMPILED] = compiled
            _print(COMPILED, compiled)
    if not args.no_peer:
        if args.cqe_python:
            cqe = _cqe_in(args.cqe_python, args)
            if cqe is not None:
                results["cqe"] = cqe
                _print("cqe", cqe)
        else:
            print(f"cqe: not measured (give --cqe-python or ${CQE_ENV}; see setup_cqe.sh)")
    passes = (("first_pass_sentences_per_sec", "first"), ("sentences_per_sec", "best"))
    for mine, label_mine in ((OURS, "claimtrack"), (COMPILED, "claimtrack-mypyc")):
        for peer in ("quantulum3", "cqe"):
            if mine not in results or peer not in results:
                continue
            for key, label in passes:
                ours, theirs = results[mine][key], results[peer][key]
                if isinstance(ours, float) and isinstance(theirs, float) and theirs:
                    print(f"speed ratio {label_mine}/{peer}, {label} passes: {ours / theirs:.1f}x")
    return results


if __name__ == "__main__":
    main()
