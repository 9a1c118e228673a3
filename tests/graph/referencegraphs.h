#pragma once

#include "graph/weightedgraph.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace fc::test {

/** The fixtures written by data/make_reference.py: one JSON object per classic network. */
inline QJsonObject loadFixture(const QString &fileName)
{
    QFile f(QStringLiteral(FC_TEST_DATA_DIR "/") + fileName);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open test fixture %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline QJsonObject referenceNetwork(const QString &name)
{
    static const QJsonObject all = loadFixture(QStringLiteral("reference.json"));
    return all.value(name).toObject();
}

/** The fixture's graph: vertex i+1 is networkx node i, edges carry the networkx weight. */
inline WeightedGraph graphOf(const QJsonObject &net)
{
    QList<qint64> ids;
    const int n = net.value(QStringLiteral("names")).toArray().size();
    for (int i = 1; i <= n; ++i)
        ids << i;
    QList<WeightedEdge> edges;
    for (const QJsonValue &e : net.value(QStringLiteral("edges")).toArray()) {
        const QJsonArray a = e.toArray();
        edges << WeightedEdge{a.at(0).toInteger(), a.at(1).toInteger(), a.size() > 2 ? a.at(2).toDouble() : 1.0};
    }
    return WeightedGraph::build(ids, edges);
}

inline QList<double> doubles(const QJsonValue &v)
{
    QList<double> out;
    for (const QJsonValue &x : v.toArray())
        out << x.toDouble();
    return out;
}

inline QStringList referenceNetworkNames()
{
    return {QStringLiteral("karate"), QStringLiteral("les_miserables"),
            QStringLiteral("davis_southern_women"), QStringLiteral("florentine_families"),
            QStringLiteral("karate_florentine_isolates")};
}

} // namespace fc::test
