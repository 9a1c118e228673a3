#!/usr/bin/python3
"""Makes the reference values the graph tests compare against (run once, output committed).

Run with Debian's /usr/bin/python3 (networkx 2.8, python3-igraph 0.10):
    /usr/bin/python3 tests/graph/data/make_reference.py
Writes reference.json (classic public networks) and ba2000.json (a Barabasi-Albert graph with its
exact betweenness, for the sampled-betweenness bound test) next to this script.

Every value comes from networkx; where igraph computes the same quantity it is cross-checked here
so that a disagreement between the two oracles stops the script instead of reaching a fixture.
Vertices are numbered 1..n in networkx node order; the JSON also keeps their names.
"""
import json
import math
import os

import igraph as ig
import networkx as nx
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

HERE = os.path.dirname(os.path.abspath(__file__))


def disjoint_union_with_isolates():
    # Karate club and Florentine families side by side plus two isolated vertices: a
    # disconnected graph with isolated vertices, built only from published networks.
    g = nx.disjoint_union(nx.karate_club_graph(), nx.florentine_families_graph())
    g.add_node(g.number_of_nodes())
    g.add_node(g.number_of_nodes())
    return g


NETWORKS = {
    # Zachary (1977); networkx carries the interaction counts as 'weight'.
    "karate": nx.karate_club_graph,
    # Knuth's Les Miserables co-appearances, weighted.
    "les_miserables": nx.les_miserables_graph,
    # Davis, Gardner & Gardner (1941): 18 women x 14 events, bipartite, unweighted.
    "davis_southern_women": nx.davis_southern_women_graph,
    # Padgett's Florentine marriages, unweighted.
    "florentine_families": nx.florentine_families_graph,
    "karate_florentine_isolates": disjoint_union_with_isolates,
}


def close(a, b, tol=1e-10):
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))


def to_igraph(g, index):
    h = ig.Graph(n=g.number_of_nodes(), edges=[(index[u], index[v]) for u, v in g.edges()])
    h.es["weight"] = [d.get("weight", 1) for _, _, d in g.edges(data=True)]
    return h


def describe(g):
    nodes = list(g.nodes())
    index = {v: i for i, v in enumerate(nodes)}
    vid = lambda v: index[v] + 1  # ids used by the C++ tests
    per_vertex = lambda d: [d[v] for v in nodes]
    weighted = all("weight" in d for _, _, d in g.edges(data=True)) and g.number_of_edges() > 0

    out = {
        "names": [str(v) for v in nodes],
        "edges": [[vid(u), vid(v), d.get("weight", 1)] for u, v, d in g.edges(data=True)],
        "weighted": weighted,
        "degree": per_vertex(dict(g.degree())),
        "weighted_degree": per_vertex(dict(g.degree(weight="weight"))),
        "betweenness": per_vertex(nx.betweenness_centrality(g, normalized=False)),
        "betweenness_normalised": per_vertex(nx.betweenness_centrality(g, normalized=True)),
        "harmonic": per_vertex(nx.harmonic_centrality(g)),
        # Debian's python3 has no numpy: the pure-Python power iterations, run to convergence.
        "eigenvector": per_vertex(
            nx.eigenvector_centrality(g, weight=None, tol=1e-15, max_iter=100000)),
        "eigenvector_weighted": per_vertex(
            nx.eigenvector_centrality(g, weight="weight", tol=1e-15, max_iter=100000)),
        "pagerank": per_vertex(
            _pagerank_python(g, alpha=0.85, weight=None, tol=1e-15, max_iter=100000)),
        "pagerank_weighted": per_vertex(
            _pagerank_python(g, alpha=0.85, weight="weight", tol=1e-15, max_iter=100000)),
        "components": sorted(sorted(vid(v) for v in c) for c in nx.connected_components(g)),
        "articulation_points": sorted(vid(v) for v in nx.articulation_points(g)),
        "bridges": sorted(sorted([vid(u), vid(v)]) for u, v in nx.bridges(g)),
        "core_number": per_vertex(nx.core_number(g)),
    }
    source = nodes[0]
    hops = nx.single_source_shortest_path_length(g, source)
    out["hops_from_first"] = [hops.get(v, -1) for v in nodes]
    # Weighted paths treat a stronger tie as a shorter step: length = 1 / weight.
    for u, v, d in g.edges(data=True):
        d["length"] = 1.0 / d.get("weight", 1)
    dist = nx.single_source_dijkstra_path_length(g, source, weight="length")
    out["weighted_distance_from_first"] = [dist.get(v, -1) for v in nodes]

    # Cross-check against igraph where it computes the same thing.
    h = to_igraph(g, index)
    n = g.number_of_nodes()
    for a, b in zip(out["betweenness"], h.betweenness(directed=False)):
        assert close(a, b), ("betweenness", a, b)
    for a, b in zip(out["harmonic"], h.harmonic_centrality(normalized=False)):
        assert close(a, b), ("harmonic", a, b)
    for a, b in zip(out["pagerank"], h.pagerank(damping=0.85)):
        assert close(a, b, 1e-9), ("pagerank", a, b)
    for a, b in zip(out["pagerank_weighted"], h.pagerank(damping=0.85, weights="weight")):
        assert close(a, b, 1e-9), ("pagerank weighted", a, b)
    for a, b in zip(out["core_number"], h.coreness()):
        assert a == b, ("core", a, b)
    if nx.is_connected(g):
        ev = h.eigenvector_centrality(scale=False)
        norm = math.sqrt(sum(x * x for x in ev))
        for a, b in zip(out["eigenvector"], ev):
            assert close(a, b / norm, 1e-9), ("eigenvector", a, b / norm)
    assert sorted(sorted(vid(nodes[i]) for i in c) for c in h.components()) == out["components"]
    assert sorted(vid(nodes[i]) for i in h.articulation_points()) == out["articulation_points"]
    return out


def main():
    ref = {name: describe(make()) for name, make in NETWORKS.items()}
    # Modularity (unweighted) of the karate club's real fission into Mr. Hi's and the Officer's
    # factions (the 'club' node attribute), for the community tests.
    g = nx.karate_club_graph()
    hi = {v for v in g if g.nodes[v]["club"] == "Mr. Hi"}
    ref["karate"]["faction_mr_hi"] = sorted(v + 1 for v in hi)
    ref["karate"]["faction_modularity"] = nx.community.modularity(g, [hi, set(g) - hi], weight=None)
    with open(os.path.join(HERE, "reference.json"), "w") as f:
        json.dump(ref, f, indent=1)

    # A mid-sized graph for the sampled betweenness bound: BA(2000, 5), seed 42.
    g = nx.barabasi_albert_graph(2000, 5, seed=42)
    nodes = list(g.nodes())
    bn = nx.betweenness_centrality(g, normalized=True)
    ba = {
        "edges": [[u + 1, v + 1] for u, v in g.edges()],
        "vertex_count": g.number_of_nodes(),
        "betweenness_normalised": [bn[v] for v in nodes],
    }
    with open(os.path.join(HERE, "ba2000.json"), "w") as f:
        json.dump(ba, f)


if __name__ == "__main__":
    main()
