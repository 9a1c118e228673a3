#include "graph/associationgraph.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace fc {

QString Association::label() const
{
    QString text = AssociationGraph::tr("%n incident(s)", nullptr, int(incidents.size()));
    if (!incidents.isEmpty())
        text += QStringLiteral(" · £") + QLocale::c().toString(valueGbp, 'f', 2);
    if (otherTies > 0)
        text += AssociationGraph::tr(" · %n other tie(s)", nullptr, otherTies);
    return text;
}

AssociationGraph AssociationGraph::build(const OffenderProjection &projection, const QList<qint64> &people)
{
    AssociationGraph g;
    const WeightedGraph &graph = projection.graph();
    QSet<qint64> wanted;
    for (qint64 id : people.isEmpty() ? graph.ids() : people)
        if (graph.contains(id) && !wanted.contains(id)) {
            wanted.insert(id);
            g.m_people.append(id);
        }
    std::sort(g.m_people.begin(), g.m_people.end());
    for (qint64 id : std::as_const(g.m_people))
        if (const EntityRecord *e = projection.entity(id))
            g.m_labels.insert(id, e->label);

    const std::vector<int> &offsets = graph.offsets();
    const std::vector<int> &targets = graph.targets();
    for (qint64 a : std::as_const(g.m_people)) {
        const int va = graph.indexOf(a);
        QList<qint64> mine = projection.incidentsOf(a);
        std::sort(mine.begin(), mine.end());
        for (int k = offsets[va]; k < offsets[va + 1]; ++k) {
            const qint64 b = graph.id(targets[k]);
            if (b <= a || !wanted.contains(b))
                continue;
            Association as;
            as.a = a;
            as.b = b;
            as.weight = graph.weight(va, targets[k]);
            QList<qint64> theirs = projection.incidentsOf(b);
            std::sort(theirs.begin(), theirs.end());
            std::set_intersection(mine.cbegin(), mine.cend(), theirs.cbegin(), theirs.cend(), std::back_inserter(as.incidents));
            for (qint64 i : std::as_const(as.incidents))
                if (const EntityRecord *e = projection.entity(i)) {
                    as.valueGbp += e->valueGbp;
                    g.m_labels.insert(i, e->label);
                }
            as.otherTies = std::max(0, int(as.weight + 0.5) - int(as.incidents.size()));
            g.m_associations.append(as);
        }
    }
    std::sort(g.m_associations.begin(), g.m_associations.end(), [](const Association &x, const Association &y) {
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    return g;
}

const Association *AssociationGraph::between(qint64 a, qint64 b) const
{
    if (a > b)
        std::swap(a, b);
    for (const Association &as : m_associations)
        if (as.a == a && as.b == b)
            return &as;
    return nullptr;
}

} // namespace fc
