"""Reading filled-in forms back: 100 filled intern surveys, target under 1 s.

    uv run python tests/benchmarks/bench_read.py

The surveys are written fillable and pre-filled (every question answered, as a PDF reader
saves them), then read back with ``read_pdf`` + ``answers_from_pdf`` — what the import
does per file before comparing with the database. The best of three rounds counts.
"""

import sys
import tempfile
import time
from pathlib import Path

from stagedesk.core.forms import FormRegistry, builtin_dir
from stagedesk.core.forms.codes import FormCode
from stagedesk.output.pdf.forms.job import Variant
from stagedesk.output.pdf.forms.specimen import specimen_job
from stagedesk.output.pdf.forms.writer import write_form
from stagedesk.output.readback.reader import answers_from_pdf, read_pdf

COUNT, TARGET = 100, 1.0


def main() -> int:
    definition = FormRegistry.load([builtin_dir()]).get("intern_survey")
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for number in range(1, COUNT + 1):
            job = specimen_job(definition, "nl", Variant.FILLABLE, answered=1.0)
            job = type(job)(**{**vars(job), "code": FormCode(number, definition.id, 1)})
            path = Path(folder) / f"survey-{number}.pdf"
            write_form(job, path)
            files.append(path)
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            answered = 0
            for path in files:
                filled = read_pdf(path)
                answers, _ = answers_from_pdf(definition, filled.values)
                answered += len(answers)
            best = min(best, time.perf_counter() - started)
    print(f"read back {COUNT} filled surveys ({answered // COUNT} answers each): {best:.2f} s")
    print("PASS" if best < TARGET else f"FAIL: target < {TARGET} s")
    return 0 if best < TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
