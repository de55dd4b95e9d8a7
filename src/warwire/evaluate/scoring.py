"""Precision, recall and F1: the one computation every evaluator reports with."""

from __future__ import annotations


def f1(p: float, r: float) -> float:
    """Harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * p * r / (p + r) if p + r else 0.0


def prf(hit_system: int, n_system: int, hit_gold: int, n_gold: int) -> tuple[float, float, float]:
    """Precision (system items that hit), recall (gold items hit) and F1; an empty side
    scores 0.  One-to-one matching passes the same count twice: ``prf(tp, n, tp, m)``."""
    p = hit_system / n_system if n_system else 0.0
    r = hit_gold / n_gold if n_gold else 0.0
    return p, r, f1(p, r)
