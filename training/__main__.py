"""The training command.

python -m training grow FILE...   add labelled items (JSONL) to corpus/headlines.jsonl
python -m training check          list every problem in the corpus
python -m training fit            fit the reading model on the training portion and write
                                  config/reading-model.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from training import corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    grow = commands.add_parser("grow", help="add labelled items to the corpus")
    grow.add_argument("files", nargs="+", type=Path)
    commands.add_parser("check", help="list every problem in the corpus")
    commands.add_parser("fit", help="fit the reading model and write its weights")
    args = parser.parse_args(argv)
    if args.command == "grow":
        return _grow(args.files)
    if args.command == "check":
        return _check()
    from training.train import write_model  # noqa: PLC0415  (scikit-learn only when fitting)

    print(write_model())
    return 0


def _grow(files: list[Path]) -> int:
    examples = corpus.load()
    raws = [
        json.loads(line)
        for f in files
        for line in f.read_text("utf-8").splitlines()
        if line.strip()
    ]
    grown = corpus.grow(examples, raws)
    problems = corpus.problems(grown)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    corpus.write(grown)
    print(f"{len(grown) - len(examples)} items added, {len(grown)} in all")
    return 0


def _check() -> int:
    examples = corpus.load()
    problems = corpus.problems(examples) + corpus.translation_problems(examples)
    print("\n".join(problems) or "no problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
