#!/usr/bin/python3
"""The igraph side of bench_graph: times igraph on the edge list bench_graph wrote.

Usage: /usr/bin/python3 bench_igraph.py EDGES VERTICES [--betweenness] [--pagerank] [--components]
Prints one line per measurement: "<what> <seconds>".
"""
import sys
import time

import igraph as ig


def timed(what, fn):
    start = time.perf_counter()
    fn()
    print(f"{what} {time.perf_counter() - start:.3f}", flush=True)


def main():
    path, n = sys.argv[1], int(sys.argv[2])
    flags = set(sys.argv[3:])
    start = time.perf_counter()
    g = ig.Graph.Read_Edgelist(path, directed=False)
    if g.vcount() < n:
        g.add_vertices(n - g.vcount())
    print(f"build {time.perf_counter() - start:.3f}", flush=True)
    if "--components" in flags:
        timed("components", lambda: g.connected_components())
    if "--pagerank" in flags:
        timed("pagerank", lambda: g.pagerank(damping=0.85))
    if "--betweenness" in flags:
        timed("betweenness", lambda: g.betweenness(directed=False))


if __name__ == "__main__":
    main()
