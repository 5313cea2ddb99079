#!/usr/bin/env python3
"""Fits the polynomial coefficients of src/Entente.Models/Common/UtilityPower.cs.

Standard library only. Each function is interpolated at the Chebyshev nodes of its interval in 80-digit
decimal arithmetic, the coefficients rounded to doubles, and the worst relative error of the rounded
polynomial, evaluated by Horner's rule with fused multiply-adds (emulated exactly with fractions), is
printed beside them.

    python3 eng/fit-utility-power.py
"""
import math
import random
from decimal import Decimal, getcontext
from fractions import Fraction

getcontext().prec = 80


def solve(matrix, rhs):
    n = len(matrix)
    rows = [row[:] + [rhs[i]] for i, row in enumerate(matrix)]
    for i in range(n):
        pivot = max(range(i, n), key=lambda r: abs(rows[r][i]))
        rows[i], rows[pivot] = rows[pivot], rows[i]
        for r in range(n):
            if r != i:
                factor = rows[r][i] / rows[i][i]
                for k in range(i, n + 1):
                    rows[r][k] -= factor * rows[i][k]
    return [rows[i][n] / rows[i][i] for i in range(n)]


def chebyshev_interpolant(function, low, high, degree):
    nodes = [Decimal((low + high) / 2 + (high - low) / 2 * math.cos(math.pi * (j + 0.5) / (degree + 1)))
             for j in range(degree + 1)]
    coefficients = solve([[x ** k for k in range(degree + 1)] for x in nodes], [function(x) for x in nodes])
    return [float(c) for c in coefficients]


def fma(a, b, c):
    return float(Fraction(a) * Fraction(b) + Fraction(c))


def worst_relative_error(function, coefficients, low, high, samples=3000):
    rng = random.Random(1)
    worst = Decimal(0)
    for _ in range(samples):
        x = low + (high - low) * rng.random()
        value = coefficients[-1]
        for c in reversed(coefficients[:-1]):
            value = fma(value, x, c)
        exact = function(Decimal(x))
        worst = max(worst, abs(Decimal(value) - exact) / abs(exact))
    return worst


def log_q(s):
    """(atanh(f)/f - 1)/s with s = f*f: ln m = 2f + 2f*s*Q(s)."""
    if s == 0:
        return Decimal(1) / 3
    f = s.sqrt()
    return (((1 + f) / (1 - f)).ln() / 2 / f - 1) / s


def exp_p(r):
    """(e^r - 1 - r)/r^2: e^r = 1 + r + r^2*P(r)."""
    if r == 0:
        return Decimal(1) / 2
    return (r.exp() - 1 - r) / (r * r)


root2 = Decimal(2).sqrt()
f_max_squared = float(((root2 - 1) / (root2 + 1)) ** 2)
half_ln2 = float(Decimal(2).ln() / 2)
for name, function, low, high, degree in [
    ("Q (logarithm)", log_q, 0.0, f_max_squared, 6),
    ("P (exponential)", exp_p, -half_ln2, half_ln2, 9),
]:
    coefficients = chebyshev_interpolant(function, low, high, degree)
    error = worst_relative_error(function, coefficients, low, high)
    print(f"{name}, degree {degree}, worst relative error {float(error):.2g}")
    for k, c in enumerate(coefficients):
        print(f"    {k}: {c!r}")
