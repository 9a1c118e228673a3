#!/usr/bin/python3
"""Writes gi_fixture.json: Getis-Ord Gi* z-scores and p-values computed with numpy, independently of
FusionCell's C++ (tests/analysis/tst_hotspots.cpp compares against it).

Gi* (Getis & Ord 1992; Ord & Getis 1995) for cell i with binary weights w_ij (1 when the centres of i
and j are within the distance band, i itself included), n cells, mean X and S = sqrt(mean(x^2) - X^2):
    Gi* = (sum_j w_ij x_j - X sum_j w_ij) / (S sqrt((n sum_j w_ij^2 - (sum_j w_ij)^2) / (n - 1)))
The weight matrix is built in full (n x n) from the distance matrix, unlike the C++ code, which walks
neighbour offsets. p = 2 (1 - Phi(|z|)) = erfc(|z| / sqrt(2)); Benjamini-Hochberg at q = 0.05 over all cells.

Run: /usr/bin/python3 tests/analysis/data/make_gi_fixture.py (needs python3-numpy); the output is committed.
"""
import json
import math
import os

import numpy as np

CELL = 100.0
rng = np.random.default_rng(20261204)
cases = []
def benjamini_hochberg(p, q):
    order = np.argsort(p, kind="stable")
    m = len(p)
    k = 0
    for rank in range(m, 0, -1):
        if p[order[rank - 1]] <= rank / m * q:
            k = rank
            break
    out = [False] * m
    for rank in range(k):
        out[int(order[rank])] = True
    return out


for rows, columns, band, block in ((5, 6, 100.0, 1), (5, 6, 150.0, 1), (7, 7, 250.0, 1), (15, 15, 150.0, 3)):
    values = rng.poisson(2.0, size=(rows, columns)).astype(float)
    # A planted hot spot: a block of cells around the centre.
    r0, c0 = rows // 2 - block // 2, columns // 2 - block // 2
    values[r0:r0 + block, c0:c0 + block] += 25.0
    x = values.reshape(-1)  # row-major, row 0 = southernmost
    n = x.size
    ys, xs = np.divmod(np.arange(n), columns)
    centres = np.stack([(xs + 0.5) * CELL, (ys + 0.5) * CELL], axis=1)
    d = np.sqrt(((centres[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2))
    w = (d <= band + 1e-9).astype(float)
    mean = x.mean()
    s = math.sqrt((x ** 2).mean() - mean ** 2)
    wsum = w.sum(axis=1)
    w2 = (w ** 2).sum(axis=1)
    z = (w @ x - mean * wsum) / (s * np.sqrt((n * w2 - wsum ** 2) / (n - 1)))
    p = [math.erfc(abs(v) / math.sqrt(2.0)) for v in z]
    cases.append({"rows": rows, "columns": columns, "cell": CELL, "band": band,
                  "values": x.tolist(), "z": z.tolist(), "p": p,
                  "bh_significant_q05": benjamini_hochberg(np.array(p), 0.05)})

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gi_fixture.json")
with open(out, "w") as f:
    json.dump({"generator": "make_gi_fixture.py (numpy %s)" % np.__version__, "cases": cases}, f, indent=1)
print("wrote", out)
