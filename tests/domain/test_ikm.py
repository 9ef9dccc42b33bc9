import pytest

from pst_kiosk.domain import ikm


def test_all_fours_is_one_hundred_grade_a():
    result = ikm.from_answers([[4] * 9, [4] * 9])
    assert result is not None
    assert result.respondents == 2
    assert result.index == pytest.approx(100.0)
    assert (result.grade, result.grade_label) == ("A", "Sangat Baik")


def test_all_ones_is_twenty_five_grade_d():
    result = ikm.from_answers([[1] * 9])
    assert result is not None
    assert result.index == pytest.approx(25.0)
    assert result.grade == "D"


def test_worked_example_by_hand():
    # Two answers; element averages 3.5, 3, 4, 4, 3.5, 3, 3, 2.5, 3.5 -> sum 30 -> 30/9*25
    answers = [
        [4, 3, 4, 4, 4, 3, 3, 2, 4],
        [3, 3, 4, 4, 3, 3, 3, 3, 3],
    ]
    result = ikm.from_answers(answers)
    assert result is not None
    assert result.element_averages == (3.5, 3.0, 4.0, 4.0, 3.5, 3.0, 3.0, 2.5, 3.5)
    assert result.index == pytest.approx(30 / 9 * 25)  # 83.33
    assert result.grade == "B"
    assert result.grade_label == "Baik"


@pytest.mark.parametrize(
    ("index", "grade"),
    [
        (100.0, "A"), (88.31, "A"), (88.305, "A"), (88.30, "B"), (76.61, "B"), (76.60, "C"),
        (65.00, "C"), (64.99, "D"), (25.0, "D"),
    ],
)
def test_grade_bands_at_their_edges(index, grade):
    assert ikm.grade_of(index)[0] == grade


def test_index_outside_the_scale_is_refused():
    with pytest.raises(ValueError):
        ikm.grade_of(24.0)
    with pytest.raises(ValueError):
        ikm.grade_of(100.5)


def test_no_answers_has_no_index():
    assert ikm.from_answers([]) is None
    assert ikm.from_sums([0] * 9, 0) is None


def test_bad_answers_are_refused():
    with pytest.raises(ValueError):
        ikm.from_answers([[5] * 9])
    with pytest.raises(ValueError):
        ikm.from_answers([[3] * 8])
    with pytest.raises(ValueError):
        ikm.from_sums([3] * 9, 4)  # 3 points cannot come from 4 answers of at least 1


def test_sums_and_answers_agree():
    answers = [[(i + j) % 4 + 1 for j in range(9)] for i in range(7)]
    by_answers = ikm.from_answers(answers)
    sums = [sum(a[j] for a in answers) for j in range(9)]
    assert by_answers == ikm.from_sums(sums, 7)
