"""The public satisfaction index (IKM) of Permenpan RB No. 14 Tahun 2017.

Each answer scores nine elements (U1–U9) from 1 to 4. The index of a unit is the average
score of each element (NRR), weighted equally (1/9 each; the regulation prints the weight
rounded as 0.111), summed, and scaled by 25 so that it lies between 25 and 100. The grade
(mutu pelayanan) comes from fixed bands of that index. The exact 1/9 is used rather than
0.111 so that an all-4 survey reads 100.00, not 99.90.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

ELEMENTS = 9
WEIGHT = 1 / ELEMENTS
SCALE = 25
MIN_SCORE, MAX_SCORE = 1, 4

ELEMENT_NAMES = (
    "Persyaratan",
    "Sistem, mekanisme, dan prosedur",
    "Waktu penyelesaian",
    "Biaya/tarif",
    "Produk spesifikasi jenis pelayanan",
    "Kompetensi pelaksana",
    "Perilaku pelaksana",
    "Penanganan pengaduan, saran dan masukan",
    "Sarana dan prasarana",
)

# (lowest index of the band, grade, meaning): checked from the highest band down.
GRADES = (
    (88.31, "A", "Sangat Baik"),
    (76.61, "B", "Baik"),
    (65.00, "C", "Kurang Baik"),
    (25.00, "D", "Tidak Baik"),
)


@dataclass(frozen=True)
class IkmResult:
    """The survey of a period: respondents, the average per element, index and grade."""

    respondents: int
    element_averages: tuple[float, ...]
    index: float
    grade: str
    grade_label: str


def grade_of(index: float) -> tuple[str, str]:
    """The grade of an index, judged on the index rounded to two decimals as published."""
    shown = round(index, 2)
    if not 25.0 <= shown <= 100.0:
        raise ValueError(f"IKM index {index} is outside 25–100")
    for lowest, grade, label in GRADES:
        if shown >= lowest:
            return grade, label
    raise AssertionError("unreachable: the last band starts at 25")


def index_of(element_averages: Sequence[float]) -> float:
    """Σ (NRR of element × 1/9) × 25."""
    if len(element_averages) != ELEMENTS:
        raise ValueError(f"IKM needs {ELEMENTS} element averages, got {len(element_averages)}")
    return sum(average * WEIGHT for average in element_averages) * SCALE


def from_sums(element_sums: Sequence[int], respondents: int) -> IkmResult | None:
    """The result from per-element score totals (as an aggregate query gives them).

    ``None`` when nobody answered: there is no index of an empty survey.
    """
    if respondents <= 0:
        return None
    if len(element_sums) != ELEMENTS:
        raise ValueError(f"IKM needs {ELEMENTS} element sums, got {len(element_sums)}")
    for total in element_sums:
        if not MIN_SCORE * respondents <= total <= MAX_SCORE * respondents:
            raise ValueError(f"element total {total} impossible for {respondents} answers")
    averages = tuple(total / respondents for total in element_sums)
    index = index_of(averages)
    grade, label = grade_of(index)
    return IkmResult(respondents, averages, index, grade, label)


def from_answers(answers: Sequence[Sequence[int]]) -> IkmResult | None:
    """The result from individual answers, each nine scores 1–4."""
    for answer in answers:
        if len(answer) != ELEMENTS or not all(MIN_SCORE <= s <= MAX_SCORE for s in answer):
            raise ValueError(f"an answer needs {ELEMENTS} scores from 1 to 4: {answer!r}")
    sums = [sum(answer[i] for answer in answers) for i in range(ELEMENTS)]
    return from_sums(sums, len(answers))
