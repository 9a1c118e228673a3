#include "offenders/priorityscorer.h"

#include "offenders/offendinghistory.h"

#include "graph/parallelfor.h"

#include <QStringBuilder>

#include <algorithm>
#include <climits>
#include <cmath>

namespace fc {

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

} // namespace

PriorityScorer::PriorityScorer(const PriorityBands &bands, HarmLookup harm)
    : m_bands(bands)
    , m_harm(std::move(harm))
{
}

int PriorityScorer::recencyPoints(const QList<PriorityBand> &bands, int days)
{
    if (days < 0)
        return 0;
    for (const PriorityBand &b : bands)
        if (days <= b.bound)
            return b.points;
    return 0;
}

int PriorityScorer::atLeastPoints(const QList<PriorityBand> &bands, double value)
{
    for (const PriorityBand &b : bands)
        if (value >= b.bound)
            return b.points;
    return 0;
}

PriorityScore PriorityScorer::score(qint64 personId, std::span<const IncidentFact> incidents, const QDate &asOf,
                                    bool explain) const
{
    PriorityScore s;
    s.personId = personId;
    const qint64 today = asOf.toJulianDay();
    const qint64 frequencyFrom = today - m_bands.windowDays; // exclusive: the window is windowDays long
    const qint64 harmFrom = m_bands.harmWindowDays > 0 ? today - m_bands.harmWindowDays : 0;
    qint64 last = 0;
    const IncidentFact *lastSeen = nullptr; // the latest as stored on the last day
    for (const IncidentFact &f : incidents) {
        if (f.day > today)
            continue; // after the as-of date
        if (f.day > 0 && f.day >= last) {
            if (f.day > last || IncidentFact::compareOccurredAt(f, *lastSeen) > 0)
                lastSeen = &f;
            last = f.day;
        }
        if (f.day > frequencyFrom)
            ++s.frequency;
        if (m_bands.harmWindowDays == 0 || f.day > harmFrom) {
            const std::optional<double> w = m_harm ? m_harm(f.offence) : std::nullopt;
            if (w) {
                s.harm += *w;
                ++s.harmWeighted;
            } else {
                s.harm += 1;
                ++s.harmCounted;
            }
        }
    }
    if (lastSeen)
        s.lastSeen = lastSeen->occurredAt();
    s.daysSinceLast = last > 0 ? int(today - last) : -1;
    s.recencyPoints = recencyPoints(m_bands.recency, s.daysSinceLast);
    s.frequencyPoints = atLeastPoints(m_bands.frequency, s.frequency);
    s.harmPoints = atLeastPoints(m_bands.harm, s.harm);
    if (m_bands.usesNetwork()) {
        const auto it = m_roles.constFind(personId);
        if (it != m_roles.constEnd()) {
            if (it->broker)
                s.networkPoints += m_bands.brokerPoints;
            if (m_bands.betweennessPoints > 0 && it->betweenness >= m_bands.betweennessThreshold)
                s.networkPoints += m_bands.betweennessPoints;
            s.networkRole = NetworkRoles::describe(*it);
        } else {
            s.networkRole = NetworkRoles::describe(NetworkRole());
        }
    }
    s.score = s.recencyPoints + s.frequencyPoints + s.harmPoints + s.networkPoints;
    if (explain)
        s.explanation = explanation(s, asOf);
    return s;
}

QString PriorityScorer::explanation(const PriorityScore &s, const QDate &asOf) const
{
    return explanation(s, asOf, nullptr);
}

QString PriorityScorer::explanation(const PriorityScore &s, const QDate &asOf, ExplanationCache *cache) const
{
    // Each sentence depends on a few figures only; a ranking of many people asks for the same
    // sentences again and again, so within one ranking they are made once and reused.
    auto cached = [cache](int sentence, std::initializer_list<double> figures, const auto &make) -> QString {
        // Figures that are small whole numbers pack into one key; anything else is not cached.
        quint64 key = 0;
        for (double f : figures) {
            if (!cache || f < -1 || f > 32766 || f != std::floor(f))
                return make();
            key = (key << 15) | quint64(qint64(f) + 1);
        }
        QHash<quint64, QString> &sentences = cache->sentences[sentence];
        auto it = sentences.constFind(key);
        if (it == sentences.constEnd())
            it = sentences.insert(key, make());
        return it.value();
    };
    // Many people share every figure an explanation depends on: their explanation is made once
    // and shared (the same text, one copy in memory).
    QString *whole = nullptr;
    if (cache && !m_bands.usesNetwork()) {
        const ExplanationCache::Figures key{s.daysSinceLast, s.frequency, s.harm, s.harmWeighted, s.harmCounted};
        auto it = cache->whole.find(key);
        if (it != cache->whole.end())
            return it.value();
        whole = &cache->whole[key];
    }
    if (cache && cache->date.isNull())
        cache->date = asOf.toString(Qt::ISODate);
    const QString date = cache ? cache->date : asOf.toString(Qt::ISODate);
    // (The score is the sum of the points, so the points alone key the first sentence.)
    const QString scoreSentence = cached(0, {double(s.recencyPoints), double(s.frequencyPoints), double(s.harmPoints), double(s.networkPoints)},
                         [&] {
        QString sum = tr("Score %1 of %2 = recency %3 + frequency %4 + harm %5")
                          .arg(s.score).arg(m_bands.maximum()).arg(s.recencyPoints).arg(s.frequencyPoints).arg(s.harmPoints);
        if (m_bands.usesNetwork())
            sum += tr(" + network %1").arg(s.networkPoints);
        return sum + QLatin1Char('.');
    });

    auto recencyBand = [&]() -> QString {
        for (const PriorityBand &b : m_bands.recency)
            if (s.daysSinceLast >= 0 && s.daysSinceLast <= b.bound)
                return tr("band up to %1 days").arg(number(b.bound));
        return tr("outside every band");
    };
    auto atLeastBand = [](const QList<PriorityBand> &bands, double value) -> QString {
        for (const PriorityBand &b : bands)
            if (value >= b.bound)
                return tr("band %1 or more").arg(number(b.bound));
        return tr("below every band");
    };
    const QString recencySentence = cached(1, {double(s.daysSinceLast)}, [&] {
        if (s.daysSinceLast < 0)
            return tr("Recency %1: no dated incident on or before %2.").arg(s.recencyPoints).arg(date);
        return tr("Recency %1: last incident %n day(s) before %2 (%3).", nullptr, s.daysSinceLast)
            .arg(s.recencyPoints).arg(date, recencyBand());
    });
    const QString frequencySentence = cached(2, {double(s.frequency)}, [&] {
        return tr("Frequency %1: %n incident(s) in the %2 days to %3 (%4).", nullptr, s.frequency)
            .arg(s.frequencyPoints).arg(m_bands.windowDays).arg(date, atLeastBand(m_bands.frequency, s.frequency));
    });
    const QString harmSentence = cached(3, {s.harm, double(s.harmWeighted), double(s.harmCounted)}, [&] {
        const QString window = m_bands.harmWindowDays > 0 ? tr("in the %1 days to %2").arg(m_bands.harmWindowDays).arg(date)
                                                          : tr("on record to %1").arg(date);
        if (s.harmWeighted == 0)
            return tr("Harm %1: %2, a count of %n incident(s) %3 (no harm weight set) (%4).", nullptr, s.harmCounted)
                .arg(s.harmPoints).arg(number(s.harm), window, atLeastBand(m_bands.harm, s.harm));
        return tr("Harm %1: %2 from %n incident(s) %3 with harm weights plus %4 counted 1 each for want of a "
                  "weight (%5).", nullptr, s.harmWeighted)
            .arg(s.harmPoints).arg(number(s.harm), window).arg(s.harmCounted).arg(atLeastBand(m_bands.harm, s.harm));
    });
    // One allocation for the whole text (QStringBuilder).
    QString out = scoreSentence % QLatin1Char(' ') % recencySentence % QLatin1Char(' ') % frequencySentence
        % QLatin1Char(' ') % harmSentence;
    if (m_bands.usesNetwork())
        out += QLatin1Char(' ') + tr("Network %1: %2.").arg(s.networkPoints).arg(s.networkRole);
    if (whole)
        *whole = out;
    return out;
}

QList<PriorityScore> PriorityScorer::rank(const OffendingHistory &history, const QDate &asOf, bool explain,
                                          const QHash<qint64, int> &previousRanks) const
{
    // Scores and explanations are independent per person: both passes run on every core, each
    // thread with its own sentence cache (the result does not depend on the number of threads).
    const int n = history.personCount();
    const int threads = detail::graphThreadCount();
    QList<PriorityScore> out(n);
    PriorityScore *scores = out.data();
    detail::parallelSlices(n, threads, [&](int begin, int end, int) {
        for (int i = begin; i < end; ++i) {
            scores[i] = score(history.personAt(i), history.incidentsAt(i), asOf, false);
            scores[i].label = history.labelAt(i);
        }
    });
    std::sort(out.begin(), out.end(), [](const PriorityScore &a, const PriorityScore &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.harm != b.harm)
            return a.harm > b.harm;
        const int da = a.daysSinceLast < 0 ? INT_MAX : a.daysSinceLast;
        const int db = b.daysSinceLast < 0 ? INT_MAX : b.daysSinceLast;
        if (da != db)
            return da < db;
        return a.personId < b.personId;
    });
    scores = out.data();
    std::vector<ExplanationCache> caches(size_t(std::max(1, threads)));
    detail::parallelSlices(n, threads, [&](int begin, int end, int thread) {
        for (int i = begin; i < end; ++i) {
            PriorityScore &s = scores[i];
            s.rank = i + 1;
            s.previousRank = previousRanks.value(s.personId, 0);
            if (explain)
                s.explanation = explanation(s, asOf, &caches[size_t(thread)]);
        }
    });
    return out;
}

QString PriorityScorer::method()
{
    return tr("Recency-frequency-harm priority: each factor is banded and the points are added (a transparent "
              "matrix in the spirit of the recency-frequency-gravity matrices UK forces use, not a prediction). "
              "Harm is the sum of the harm weights of the offences, an incident whose offence has no weight "
              "counting 1. Ties are ranked by harm, then the more recent last incident. The score says who "
              "has offended most recently, often and harmfully on the records held; it does not say why, and "
              "records held are not all offending.");
}

} // namespace fc
