#include "resolve/comparison.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace fc {

namespace {

// Probabilities are kept off 0 and 1 so that every weight is finite.
constexpr double kFloor = 1e-6;

double clamped(double p)
{
    return std::clamp(p, kFloor, 1.0 - kFloor);
}

} // namespace

Comparison::Comparison(QString key, QString label, QList<ComparisonLevel> levels)
    : m_key(std::move(key)), m_label(std::move(label)), m_levels(std::move(levels))
{
}

double Comparison::weight(int i) const
{
    if (i < 0 || i >= m_levels.size())
        return 0.0;
    return std::log2(clamped(m_levels.at(i).m) / clamped(m_levels.at(i).u));
}

QJsonObject Comparison::toJson() const
{
    QJsonArray levels;
    for (const ComparisonLevel &l : m_levels)
        levels.append(QJsonObject{{QStringLiteral("key"), l.key},
                                  {QStringLiteral("label"), l.label},
                                  {QStringLiteral("m"), l.m},
                                  {QStringLiteral("u"), l.u}});
    return QJsonObject{{QStringLiteral("key"), m_key}, {QStringLiteral("levels"), levels}};
}

bool Comparison::readJson(const QJsonObject &object)
{
    if (object.value(QStringLiteral("key")).toString() != m_key)
        return false;
    const QJsonArray levels = object.value(QStringLiteral("levels")).toArray();
    for (ComparisonLevel &l : m_levels) {
        const auto it = std::find_if(levels.begin(), levels.end(), [&](const QJsonValue &v) {
            return v.toObject().value(QStringLiteral("key")).toString() == l.key;
        });
        if (it == levels.end())
            return false;
        const QJsonObject o = it->toObject();
        const double m = o.value(QStringLiteral("m")).toDouble(-1);
        const double u = o.value(QStringLiteral("u")).toDouble(-1);
        if (m < 0 || m > 1 || u < 0 || u > 1)
            return false;
        l.m = m;
        l.u = u;
    }
    return true;
}

} // namespace fc
