"""The one precision / recall / F1 computation the evaluators share."""

import pytest

from warwire.evaluate.scoring import f1, prf


def test_prf_counts_each_side_on_its_own() -> None:
    p, r, f = prf(3, 4, 3, 6)
    assert (p, r) == (0.75, 0.5)
    assert f == pytest.approx(0.6)


def test_empty_sides_score_zero() -> None:
    assert prf(0, 0, 0, 5) == (0.0, 0.0, 0.0)
    assert f1(0.0, 0.0) == 0.0 and f1(0.0, 0.8) == 0.0
