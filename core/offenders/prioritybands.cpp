#include "offenders/prioritybands.h"

#include <QJsonArray>

namespace fc {

namespace {

QJsonArray bandsJson(const QList<PriorityBand> &bands)
{
    QJsonArray out;
    for (const PriorityBand &b : bands)
        out.append(QJsonArray{b.bound, b.points});
    return out;
}

bool readBands(const QJsonObject &json, const char *key, bool ascending, QList<PriorityBand> *out, QString *error)
{
    const QString k = QString::fromLatin1(key);
    if (!json.contains(k))
        return true; // keeps the default
    const QJsonValue v = json.value(k);
    auto fail = [&](const QString &what) {
        if (error)
            *error = PriorityBands::tr("priority bands: \"%1\" %2").arg(k, what);
        return false;
    };
    if (!v.isArray())
        return fail(PriorityBands::tr("must be a list of [bound, points] pairs"));
    QList<PriorityBand> bands;
    for (const QJsonValue &item : v.toArray()) {
        const QJsonArray pair = item.toArray();
        if (!item.isArray() || pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
            return fail(PriorityBands::tr("must be a list of [bound, points] pairs of numbers"));
        const double points = pair.at(1).toDouble();
        if (points != int(points) || points < 0 || points > 100)
            return fail(PriorityBands::tr("has points %1: expected a whole number from 0 to 100").arg(points));
        const PriorityBand b{pair.at(0).toDouble(), int(points)};
        if (b.bound < 0)
            return fail(PriorityBands::tr("has a negative bound %1").arg(b.bound));
        if (!bands.isEmpty() && (ascending ? b.bound <= bands.last().bound : b.bound >= bands.last().bound))
            return fail(ascending ? PriorityBands::tr("bounds must rise from one band to the next")
                                  : PriorityBands::tr("bounds must fall from one band to the next"));
        bands.append(b);
    }
    *out = bands;
    return true;
}

bool readInt(const QJsonObject &json, const char *key, int min, int max, int *out, QString *error)
{
    const QString k = QString::fromLatin1(key);
    if (!json.contains(k))
        return true;
    const double v = json.value(k).toDouble(-1);
    if (!json.value(k).isDouble() || v != int(v) || v < min || v > max) {
        if (error)
            *error = PriorityBands::tr("priority bands: \"%1\" must be a whole number from %2 to %3").arg(k).arg(min).arg(max);
        return false;
    }
    *out = int(v);
    return true;
}

int maxPoints(const QList<PriorityBand> &bands)
{
    int m = 0;
    for (const PriorityBand &b : bands)
        m = std::max(m, b.points);
    return m;
}

} // namespace

PriorityBands PriorityBands::defaults()
{
    PriorityBands b;
    b.recency = {{28, 5}, {91, 4}, {182, 3}, {365, 2}, {730, 1}};
    b.frequency = {{20, 5}, {10, 4}, {5, 3}, {2, 2}, {1, 1}};
    // On the scale of the default harm table (Cambridge Crime Harm Index, days of imprisonment: a shop
    // theft 1, a robbery of business property 365), which is also that of counts (each incident 1).
    b.harm = {{365, 5}, {100, 4}, {30, 3}, {10, 2}, {1, 1}};
    return b;
}

int PriorityBands::maximum() const
{
    return maxPoints(recency) + maxPoints(frequency) + maxPoints(harm) + brokerPoints + betweennessPoints;
}

QJsonObject PriorityBands::toJson() const
{
    return QJsonObject{{QStringLiteral("recency_days"), bandsJson(recency)},
                       {QStringLiteral("frequency"), bandsJson(frequency)},
                       {QStringLiteral("harm"), bandsJson(harm)},
                       {QStringLiteral("window_days"), windowDays},
                       {QStringLiteral("harm_window_days"), harmWindowDays},
                       {QStringLiteral("broker_points"), brokerPoints},
                       {QStringLiteral("betweenness_points"), betweennessPoints},
                       {QStringLiteral("betweenness_threshold"), betweennessThreshold}};
}

std::optional<PriorityBands> PriorityBands::fromJson(const QJsonObject &json, QString *error)
{
    PriorityBands b = defaults();
    if (!readBands(json, "recency_days", true, &b.recency, error) || !readBands(json, "frequency", false, &b.frequency, error)
        || !readBands(json, "harm", false, &b.harm, error) || !readInt(json, "window_days", 1, 36500, &b.windowDays, error)
        || !readInt(json, "harm_window_days", 0, 36500, &b.harmWindowDays, error)
        || !readInt(json, "broker_points", 0, 100, &b.brokerPoints, error)
        || !readInt(json, "betweenness_points", 0, 100, &b.betweennessPoints, error))
        return std::nullopt;
    if (json.contains(QStringLiteral("betweenness_threshold"))) {
        const double t = json.value(QStringLiteral("betweenness_threshold")).toDouble(-1);
        if (t < 0 || t > 1) {
            if (error)
                *error = tr("priority bands: \"betweenness_threshold\" must be a number from 0 to 1 (normalised betweenness)");
            return std::nullopt;
        }
        b.betweennessThreshold = t;
    }
    return b;
}

QString PriorityBands::describe() const
{
    QStringList lines;
    QStringList parts;
    for (const PriorityBand &b : recency)
        parts << tr("up to %1 days: %2").arg(b.bound).arg(b.points);
    lines << tr("Recency (days since the last incident): %1; older or none: 0").arg(parts.join(QLatin1String(", ")));
    parts.clear();
    for (const PriorityBand &b : frequency)
        parts << tr("%1 or more: %2").arg(b.bound).arg(b.points);
    lines << tr("Frequency (incidents in the %1 days to the as-of date): %2; fewer: 0")
                 .arg(windowDays).arg(parts.join(QLatin1String(", ")));
    parts.clear();
    for (const PriorityBand &b : harm)
        parts << tr("%1 or more: %2").arg(b.bound).arg(b.points);
    lines << tr("Harm (sum of harm weights, an incident whose offence has no weight counting 1; %1): %2; less: 0")
                 .arg(harmWindowDays > 0 ? tr("incidents in the %1 days to the as-of date").arg(harmWindowDays)
                                         : tr("every incident on record"),
                      parts.join(QLatin1String(", ")));
    if (usesNetwork())
        lines << tr("Network role: broker (articulation point of the offender network): %1; normalised "
                    "betweenness %2 or more: %3")
                     .arg(brokerPoints).arg(betweennessThreshold).arg(betweennessPoints);
    else
        lines << tr("Network role: not scored (broker and betweenness points are 0)");
    lines << tr("Highest possible score: %1").arg(maximum());
    return lines.join(QLatin1Char('\n'));
}

} // namespace fc
