#!/usr/bin/python3
"""Peer for bench_analysis: the same kernel density (quartic, radius h) and Getis-Ord Gi* (binary
distance band) on the same grid with numpy, vectorised over points and cells. Reads the points as
float64 triples (x, y, weight) from a binary file; prints the seconds each took and a checksum.

usage: grid_peer.py POINTS.bin ORIGIN_X ORIGIN_Y COLUMNS ROWS CELL BANDWIDTH
"""
import math
import sys
import time

import numpy as np

path, ox, oy, cols, rows, cell, h = sys.argv[1:8]
ox, oy, cell, h = float(ox), float(oy), float(cell), float(h)
cols, rows = int(cols), int(rows)
pts = np.fromfile(path, dtype=np.float64).reshape(-1, 3)
x, y, w = pts[:, 0], pts[:, 1], pts[:, 2]

t0 = time.perf_counter()
grid = np.zeros(rows * cols)
fx = (x - ox) / cell - 0.5
fy = (y - oy) / cell - 0.5
cx = np.rint(fx).astype(np.int64)
cy = np.rint(fy).astype(np.int64)
reach = int(math.ceil(h / cell)) + 1
norm = 3.0 / (math.pi * h * h) * 1e6
for dy in range(-reach, reach + 1):
    r = cy + dy
    ddy = (r - fy) * cell
    for dx in range(-reach, reach + 1):
        c = cx + dx
        ddx = (c - fx) * cell
        d2 = ddx * ddx + ddy * ddy
        ok = (d2 < h * h) & (r >= 0) & (r < rows) & (c >= 0) & (c < cols)
        t = 1 - d2[ok] / (h * h)
        np.add.at(grid, r[ok] * cols + c[ok], w[ok] * norm * t * t)
t_kde = time.perf_counter() - t0

t0 = time.perf_counter()
counts = np.bincount(
    (np.floor((y - oy) / cell).astype(np.int64) * cols + np.floor((x - ox) / cell).astype(np.int64)),
    weights=w, minlength=rows * cols).reshape(rows, cols)
n = rows * cols
mean = counts.mean()
s = math.sqrt((counts ** 2).mean() - mean ** 2)
local = np.zeros_like(counts)
wsum = np.zeros_like(counts)
ones = np.ones_like(counts)
r = int(math.floor(h / cell + 1e-9))
for dy in range(-r, r + 1):
    for dx in range(-r, r + 1):
        if math.hypot(dx * cell, dy * cell) > h + 1e-9:
            continue
        ys0, ys1 = max(0, -dy), min(rows, rows - dy)
        xs0, xs1 = max(0, -dx), min(cols, cols - dx)
        local[ys0:ys1, xs0:xs1] += counts[ys0 + dy:ys1 + dy, xs0 + dx:xs1 + dx]
        wsum[ys0:ys1, xs0:xs1] += ones[ys0 + dy:ys1 + dy, xs0 + dx:xs1 + dx]
z = (local - mean * wsum) / (s * np.sqrt((n * wsum - wsum ** 2) / (n - 1)))
t_gi = time.perf_counter() - t0
print("numpy kde %.3f s (sum %.6g); gi* %.3f s (max z %.4f)" % (t_kde, grid.sum(), t_gi, np.nanmax(z)))
