"""Every figure has one name and one definition in both languages."""

from __future__ import annotations

from pst_kiosk.domain.figures import FIGURES, FigureKey


def test_every_figure_is_named_and_defined_in_both_languages():
    assert set(FIGURES) == set(FigureKey)
    for figure in FIGURES.values():
        for language in ("id", "en"):
            assert figure.name(language).strip() and figure.definition(language).strip()
        assert figure.name("id") != figure.name("en")
