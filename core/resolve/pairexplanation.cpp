#include "resolve/pairexplanation.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace fc {

double PairExplanation::probabilityOf(double weight)
{
    return 1.0 / (1.0 + std::exp2(-weight));
}

double PairExplanation::totalWeight() const
{
    double w = 0;
    for (const Step &s : steps)
        w += s.weight;
    return w;
}

double PairExplanation::probability() const
{
    return probabilityOf(totalWeight());
}

double PairExplanation::finalScore() const
{
    if (veto)
        return 0.0;
    return cappedProbability >= 0 ? std::min(cappedProbability, probability()) : probability();
}

QJsonObject PairExplanation::toJson() const
{
    QJsonArray array;
    for (const Step &s : steps) {
        QJsonObject o{{QStringLiteral("comparison"), s.comparison},
                      {QStringLiteral("label"), s.label},
                      {QStringLiteral("level"), s.level},
                      {QStringLiteral("detail"), s.detail},
                      {QStringLiteral("weight"), s.weight}};
        if (s.m > 0 || s.u > 0) {
            o.insert(QStringLiteral("m"), s.m);
            o.insert(QStringLiteral("u"), s.u);
        }
        array.append(o);
    }
    QJsonArray noteArray;
    for (const QString &n : notes)
        noteArray.append(n);
    return QJsonObject{{QStringLiteral("method"), QStringLiteral("Fellegi-Sunter")},
                       {QStringLiteral("steps"), array},
                       {QStringLiteral("total_weight"), totalWeight()},
                       {QStringLiteral("probability"), probability()},
                       {QStringLiteral("veto"), veto},
                       {QStringLiteral("score"), finalScore()},
                       {QStringLiteral("notes"), noteArray}};
}

QStringList PairExplanation::toText() const
{
    QStringList out;
    out << tr("%1 %2 %3  %4").arg(tr("comparison"), -22).arg(tr("level"), -26).arg(tr("weight"), 7).arg(tr("bar"));
    for (const Step &s : steps) {
        const int halves = std::min(24, int(std::lround(std::abs(s.weight) * 2)));
        const QString bar = QString(halves, s.weight >= 0 ? QLatin1Char('+') : QLatin1Char('-'));
        QString level = s.level;
        if (!s.detail.isEmpty())
            level += QStringLiteral(" (%1)").arg(s.detail);
        out << QStringLiteral("%1 %2 %3  %4")
                   .arg(s.label.left(22), -22)
                   .arg(level.left(26), -26)
                   .arg(s.weight, 7, 'f', 2)
                   .arg(bar);
    }
    out << tr("%1 %2 %3").arg(tr("total"), -22).arg(QString(), -26).arg(totalWeight(), 7, 'f', 2);
    out << tr("match probability %1").arg(probability(), 0, 'f', 4);
    if (veto)
        out << tr("kept apart whatever the weights (safety rule)");
    else if (cappedProbability >= 0 && cappedProbability < probability())
        out << tr("score lowered to %1 by a safety rule").arg(cappedProbability, 0, 'f', 4);
    for (const QString &n : notes)
        out << QStringLiteral("* ") + n;
    return out;
}

QStringList PairExplanation::reasons() const
{
    QStringList out;
    for (const Step &s : steps) {
        if (s.comparison == QLatin1String("prior"))
            continue;
        out << tr("%1: %2%3 (%4 bits)")
                   .arg(s.label, s.level, s.detail.isEmpty() ? QString() : QStringLiteral(" ") + s.detail)
                   .arg(s.weight, 0, 'f', 2);
    }
    out << tr("total %1 bits with prior, match probability %2").arg(totalWeight(), 0, 'f', 2).arg(probability(), 0, 'f', 4);
    out += notes;
    return out;
}

} // namespace fc
