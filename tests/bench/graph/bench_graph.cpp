// Benchmark of the graph engine next to python3-igraph on the same Barabasi-Albert graphs: the
// graph is generated here, written to a temporary edge list and read by bench_igraph.py, so both
// sides time exactly the same graph in the same run.
//
//   bench_graph                   components + PageRank on 1,000,000 vertices / 5,000,000 edges
//   bench_graph --betweenness     also exact betweenness on 20,000 / 100,000 (igraph: ~1 minute)
//   bench_graph --large-vertices 100000 --betweenness-vertices 5000   smaller runs

#include "graph/centrality.h"
#include "graph/graphstructure.h"
#include "graph/weightedgraph.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <random>
#include <thread>

using namespace fc;

namespace {

struct EdgeList
{
    int vertices = 0;
    std::vector<int> from, to;
};

/** Barabasi-Albert preferential attachment, m edges per new vertex (as networkx generates it). */
EdgeList barabasiAlbert(int n, int m, quint64 seed)
{
    EdgeList e;
    e.vertices = n;
    std::mt19937_64 rng(seed);
    std::vector<int> repeated; // every edge end once: picking from it is picking by degree
    repeated.reserve(size_t(n) * size_t(m) * 2);
    std::vector<int> targets(static_cast<size_t>(m));
    for (int i = 0; i < m; ++i)
        targets[size_t(i)] = i;
    std::vector<int> picked;
    for (int v = m; v < n; ++v) {
        for (int t : targets) {
            e.from.push_back(v);
            e.to.push_back(t);
            repeated.push_back(v);
            repeated.push_back(t);
        }
        picked.clear();
        while (int(picked.size()) < m) {
            const int t = repeated[std::uniform_int_distribution<size_t>(0, repeated.size() - 1)(rng)];
            if (std::find(picked.begin(), picked.end(), t) == picked.end())
                picked.push_back(t);
        }
        targets = picked;
    }
    return e;
}

bool writeEdges(const EdgeList &e, const QString &path)
{
    FILE *f = std::fopen(path.toLocal8Bit().constData(), "w");
    if (!f)
        return false;
    for (size_t i = 0; i < e.from.size(); ++i)
        std::fprintf(f, "%d %d\n", e.from[i], e.to[i]);
    return std::fclose(f) == 0;
}

/** Runs the igraph side and returns its "<what> <seconds>" lines as a map. */
QHash<QString, double> runIgraph(const QString &edges, int vertices, const QStringList &flags)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral("/usr/bin/python3"),
            QStringList{QStringLiteral(FC_BENCH_IGRAPH_SCRIPT), edges, QString::number(vertices)} + flags);
    p.waitForFinished(-1);
    QHash<QString, double> out;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2)
            out.insert(QString::fromLatin1(parts[0]), parts[1].toDouble());
    }
    if (p.exitCode() != 0)
        std::fprintf(stderr, "bench_igraph.py failed (exit %d)\n", p.exitCode());
    return out;
}

void row(const char *what, double ours, double igraph, const QString &note = {})
{
    std::printf("  %-34s %9.3f s   igraph %9.3f s   %s\n", what, ours, igraph, qPrintable(note));
    std::fflush(stdout);
}

double seconds(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e9; }

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption large("large-vertices", "Vertices of the components/PageRank graph.", "n", "1000000");
    QCommandLineOption betweenness("betweenness", "Also time exact betweenness (igraph takes ~1 min).");
    QCommandLineOption btwVertices("betweenness-vertices", "Vertices of the betweenness graph.", "n", "20000");
    QCommandLineOption skipLarge("skip-large", "Skip the components/PageRank graph.");
    parser.addOptions({large, betweenness, btwVertices, skipLarge});
    parser.process(app);
    QTemporaryDir dir;
    const int threads = std::max(1u, std::thread::hardware_concurrency());
    std::printf("graph engine vs python3-igraph, Barabasi-Albert graphs, 5 edges per vertex, %d threads\n",
                threads);

    if (!parser.isSet(skipLarge)) {
        const int n = parser.value(large).toInt();
        const EdgeList e = barabasiAlbert(n, 5, 1);
        const QString path = dir.filePath("large.txt");
        writeEdges(e, path);
        std::printf("\n%d vertices, %zu edges\n", n, e.from.size());
        const QHash<QString, double> ig = runIgraph(path, n, {"--components", "--pagerank"});
        QElapsedTimer t;
        t.start();
        const WeightedGraph g = WeightedGraph::fromIndexEdges(e.vertices, e.from, e.to);
        row("build (CSR, from index pairs)", seconds(t), ig.value("build"), "igraph: read from file");
        t.restart();
        int count = 0;
        GraphStructure::componentOf(g, &count);
        row("connected components", seconds(t), ig.value("components"), QStringLiteral("%1 component(s)").arg(count));
        t.restart();
        Centrality::Result pr = Centrality::pageRank(g, false, 0.85, 1e-10 / n, 20);
        row("PageRank, 20 iterations", seconds(t), ig.value("pagerank"), "igraph: PRPACK, exact solve");
        t.restart();
        // networkx's own stop rule (L1 change < n * 1e-6) is meaningless at this size; this stops at a
        // total L1 change below 1e-6 instead.
        pr = Centrality::pageRank(g, false, 0.85, 1e-6 / n, 1000);
        row("PageRank, to L1 change < 1e-6", seconds(t), ig.value("pagerank"),
            QStringLiteral("%1 iterations").arg(pr.iterations));
    }

    if (parser.isSet(betweenness)) {
        const int n = parser.value(btwVertices).toInt();
        const EdgeList e = barabasiAlbert(n, 5, 2);
        const QString path = dir.filePath("betweenness.txt");
        writeEdges(e, path);
        std::printf("\n%d vertices, %zu edges\n", n, e.from.size());
        const WeightedGraph g = WeightedGraph::fromIndexEdges(e.vertices, e.from, e.to);
        QElapsedTimer t;
        t.start();
        Centrality::betweenness(g, false, {}, threads);
        const double ours = seconds(t);
        const QHash<QString, double> ig = runIgraph(path, n, {"--betweenness"});
        row("exact betweenness", ours, ig.value("betweenness"),
            QStringLiteral("ours on %1 threads, igraph on 1").arg(threads));
        t.restart();
        const Centrality::Estimate est = Centrality::approximateBetweenness(g, 0.05, 0.1, 1, {}, threads);
        row("sampled betweenness eps .05 d .1", seconds(t), 0,
            QStringLiteral("%1 sources (igraph has no bounded estimate)").arg(est.samples));
    }
    return 0;
}
