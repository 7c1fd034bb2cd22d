"""Time writing pre-filled fillable intern surveys, each to its own PDF file.

    uv run python tests/benchmarks/bench_pdf.py [--count 100] [--repeat 3] [--profile]

Each survey has every score given (some "not applicable"), long comments, the intern's
facts and its own code (so its own QR code: nothing is reused from one survey to the
next but what StageDesk keeps for any form, such as the font subsets). The fonts are
loaded before the clock starts (once per process: about 0.1 s, printed too).

The batch is written ``--repeat`` times (3), each time with new codes, and the fastest
batch counts: on a shared virtual machine the same work can take a third longer from one
second to the next, and that noise only ever adds time. The target is 100 surveys in
under 2 s; the exit code is 1 when it is missed.
"""

import argparse
import cProfile
import datetime as dt
import pstats
import sys
import tempfile
import time
from pathlib import Path

from stagedesk.core.forms import FieldType, FormRegistry, ScaleAnswer, builtin_dir
from stagedesk.core.forms.codes import FormCode
from stagedesk.output.pdf.forms.job import FormJob, Letterhead, Variant
from stagedesk.output.pdf.forms.writer import write_form
from stagedesk.output.pdf.kit.fonts import register_fonts

TARGET_S = 2.0
COMMENT = (
    "Ik heb veel geleerd over het werk in een team, over plannen en over het schrijven "
    "van duidelijke nota's. Mijn mentor nam altijd de tijd om mijn vragen te beantwoorden. "
)


def jobs(count: int, first: int = 1000) -> list[FormJob]:
    definition = FormRegistry.load([builtin_dir()]).get("intern_survey")
    answers: dict[str, object] = {}
    for index, field in enumerate(definition.fields()):
        if field.type is FieldType.SCALE:
            skipped = index % 9 == 0
            answers[field.id] = ScaleAnswer(None if skipped else index % 5 + 1, skipped)
        elif field.type is FieldType.LONG_TEXT:
            answers[field.id] = COMMENT * 2
        elif field.type is FieldType.YES_NO:
            answers[field.id] = True
    return [
        FormJob(
            definition=definition,
            language=("nl", "fr", "en")[number % 3],
            variant=Variant.FILLABLE,
            code=FormCode(first + number, definition.id, definition.version),
            letterhead=Letterhead("Stad Gent — Dienst Personeel"),
            subject=f"Céline Lefèvre-Œuvray {number}",
            facts={
                "intern.name": "Céline Lefèvre-Œuvray",
                "internship.start_date": dt.date(2026, 3, 2),
            },
            answers=dict(answers),
            printed_on=dt.date(2026, 5, 29),
        )
        for number in range(count)
    ]


def run(batch: list[FormJob], folder: Path) -> float:
    folder.mkdir(exist_ok=True)
    start = time.perf_counter()
    for index, job in enumerate(batch):
        write_form(job, folder / f"survey-{index}.pdf")
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="print where the time goes")
    options = parser.parse_args()
    start = time.perf_counter()
    register_fonts()
    fonts = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as folder:
        if options.profile:
            batch = jobs(options.count)
            cProfile.runctx("run(batch, Path(folder))", globals(), locals(), "bench_pdf.prof")
            pstats.Stats("bench_pdf.prof").sort_stats("cumulative").print_stats(30)
            return 0
        times = []
        for repeat in range(options.repeat):
            batch = jobs(options.count, first=1000 + repeat * options.count)
            times.append(run(batch, Path(folder) / str(repeat)))
        size = sum(p.stat().st_size for p in (Path(folder) / "0").iterdir()) / options.count
    best = min(times)
    target = TARGET_S * options.count / 100
    print(f"fonts loaded in {fonts * 1000:.0f} ms (once per process)")
    print(f"batches: {', '.join(f'{t:.2f} s' for t in times)}")
    print(
        f"{options.count} pre-filled fillable intern surveys: {best:.2f} s "
        f"({best / options.count * 1000:.1f} ms each, {size / 1024:.0f} KiB each); "
        f"target < {target:.1f} s: {'pass' if best < target else 'FAIL'}"
    )
    return 0 if best < target else 1


if __name__ == "__main__":
    sys.exit(main())
