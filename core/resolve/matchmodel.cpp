#include "resolve/matchmodel.h"

#include "resolve/sortedlists.h"
#include "resolve/stringmetrics.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <span>

namespace fc {

using SortedLists::countShared;
using SortedLists::sharesAny;

namespace {

// The level of two dates; *incompatible when they differ in more than two digits (and are not
// day and month swapped): two dates each one slip from the true date are two digits apart, so
// only further apart is a different person for certain (the safety rule's veto).
int dobLevel(const ComparableRecords::Dob &a, const ComparableRecords::Dob &b, bool *incompatible)
{
    *incompatible = false;
    if (a.julianDay == b.julianDay)
        return MatchModel::DobExact;
    if (a.year == b.year && a.day == b.month && a.month == b.day)
        return MatchModel::DobSwapped;
    const int differences = StringMetrics::isoDateDifferences(a.year, a.month, a.day, b.year, b.month, b.day);
    *incompatible = differences > 2;
    return differences == 1 ? MatchModel::DobOneDigit : MatchModel::DobDifferent;
}

ComparisonLevel lvl(const char *key, const QString &label, double m, double u)
{
    return ComparisonLevel{QString::fromLatin1(key), label, m, u};
}

// Whether two sorted visit lists hold the same store within the window; *closest gets the
// smallest gap in days over the shared stores (-1 when none is shared).
bool sharesStoreWithin(std::span<const StoreVisit> a, std::span<const StoreVisit> b, qint64 window,
                       qint64 *closest = nullptr)
{
    qint64 best = -1;
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].store < b[j].store) {
            ++i;
        } else if (b[j].store < a[i].store) {
            ++j;
        } else {
            const qint64 store = a[i].store;
            const size_t i0 = i, j0 = j;
            while (i < a.size() && a[i].store == store)
                ++i;
            while (j < b.size() && b[j].store == store)
                ++j;
            for (size_t x = i0; x < i; ++x)
                for (size_t y = j0; y < j; ++y) {
                    const qint64 gap = std::abs(a[x].day - b[y].day);
                    if (best < 0 || gap < best)
                        best = gap;
                }
            if (!closest && best >= 0 && best <= window)
                return true;
        }
    }
    if (closest)
        *closest = best;
    return best >= 0 && best <= window;
}

std::span<const StoreVisit> visitsOf(const ResolveRecord &r)
{
    return std::span<const StoreVisit>(r.visits.constData(), size_t(r.visits.size()));
}

// Name comparisons already made on this thread, for the set of a run (ComparableRecords::serial):
// two names compared once are compared again for every pair of records that carry them (a
// common name in a block meets the same few spellings hundreds of times). Direct-mapped, each
// slot one word: the two names' ids, the level and a bit saying the slot is used.
class NameLevelCache
{
public:
    static constexpr int kIdBits = 22;
    static constexpr int kSlotBits = 18;
    static constexpr size_t kSlots = size_t(1) << kSlotBits;

    /** The cached level of names x and y of set, or computes it with level(). */
    template <typename Level>
    int level(const ComparableRecords &set, const ComparableRecords::Name &x, const ComparableRecords::Name &y,
              Level &&compute)
    {
        const quint64 serial = set.serial();
        if (serial == 0 || x.id >= (1 << kIdBits) || y.id >= (1 << kIdBits))
            return compute();
        if (serial != m_serial) {
            m_slots.assign(kSlots, 0);
            m_serial = serial;
        }
        const quint64 key = quint64(x.id) << kIdBits | quint64(y.id);
        quint64 &slot = m_slots[size_t((key * 0x9E3779B97F4A7C15ull) >> (64 - kSlotBits))];
        if (slot & 1 && slot >> 4 == key)
            return int((slot >> 1) & 7);
        const int l = compute();
        slot = key << 4 | quint64(l) << 1 | 1;
        return l;
    }

private:
    quint64 m_serial = 0;
    std::vector<quint64> m_slots;
};

thread_local NameLevelCache nameLevelCache;

QString nameText(const ComparableRecords &set, const ComparableRecords::Name &n)
{
    return (set.string(n.forename) + QLatin1Char(' ') + set.string(n.surname)).trimmed();
}

} // namespace

MatchModel::MatchModel()
{
    // Prior guesses, replaced by training; each comparison's m and u sum to 1.
    m_comparisons = {
        Comparison(QStringLiteral("name"), tr("name"),
                   {lvl("exact", tr("exact"), 0.60, 0.001), lvl("reversed", tr("forename/surname reversed"), 0.03, 0.0001),
                    lvl("one_edit", tr("one edit apart"), 0.15, 0.002),
                    lvl("two_edits", tr("two edits / Jaro-Winkler >= 0.88"), 0.05, 0.005),
                    lvl("initial", tr("same surname, initial only"), 0.10, 0.01),
                    lvl("different", tr("different"), 0.07, 0.9819)}),
        Comparison(QStringLiteral("dob"), tr("date of birth"),
                   {lvl("exact", tr("exact"), 0.85, 0.0003), lvl("swapped", tr("day and month swapped"), 0.03, 0.00001),
                    lvl("one_digit", tr("one digit differs"), 0.07, 0.001),
                    lvl("different", tr("different"), 0.05, 0.99869)}),
        Comparison(QStringLiteral("area"), tr("town"),
                   {lvl("shared", tr("a town in common"), 0.8, 0.3), lvl("none", tr("no town in common"), 0.2, 0.7)}),
        Comparison(QStringLiteral("vehicle"), tr("vehicle"),
                   {lvl("shared", tr("a vehicle in common"), 0.3, 0.001),
                    lvl("none", tr("no vehicle in common"), 0.7, 0.999)}),
        Comparison(QStringLiteral("associate"), tr("co-offender"),
                   {lvl("shared", tr("a co-offender/associate in common"), 0.3, 0.002),
                    lvl("none", tr("no co-offender in common"), 0.7, 0.998)}),
        Comparison(
            QStringLiteral("store"), tr("store and time"),
            {lvl("shared", tr("the same store within %n day(s)", nullptr, kStoreWindowDays), 0.3, 0.005),
             lvl("none", tr("no store in common within %n day(s)", nullptr, kStoreWindowDays), 0.7, 0.995)}),
    };
    refreshWeights();
}

double MatchModel::priorWeight() const
{
    return std::log2(m_lambda / (1.0 - m_lambda));
}

void MatchModel::setProbabilities(int comparison, int level, double m, double u)
{
    m_comparisons[comparison].level(level).m = m;
    m_comparisons[comparison].level(level).u = u;
    refreshWeights();
}

void MatchModel::setLambda(double lambda)
{
    m_lambda = std::clamp(lambda, 1e-9, 1.0 - 1e-9);
}

void MatchModel::refreshWeights()
{
    m_weights.assign(m_comparisons.size(), {});
    for (int c = 0; c < m_comparisons.size(); ++c)
        for (int l = 0; l < m_comparisons.at(c).levelCount(); ++l)
            m_weights[c].push_back(m_comparisons.at(c).weight(l));
}

void MatchModel::enforceOrder()
{
    // (better, worse) level pairs of each comparison.
    static const QList<QList<std::pair<int, int>>> kOrder{
        {{NameExact, NameReversed},
         {NameExact, NameOneEdit},
         {NameExact, NameInitial},
         {NameOneEdit, NameTwoEdits},
         {NameTwoEdits, NameDifferent},
         {NameReversed, NameDifferent},
         {NameInitial, NameDifferent}},
        {{DobExact, DobSwapped},
         {DobExact, DobOneDigit},
         {DobSwapped, DobDifferent},
         {DobOneDigit, DobDifferent}},
        {{0, 1}},
        {{0, 1}},
        {{0, 1}},
        {{0, 1}},
    };
    for (int c = 0; c < m_comparisons.size() && c < kOrder.size(); ++c) {
        Comparison &comparison = m_comparisons[c];
        // The order's pairs are listed best first, so one pass in order and a second to settle.
        for (int pass = 0; pass < comparison.levelCount(); ++pass) {
            bool changed = false;
            for (const auto &[better, worse] : kOrder.at(c)) {
                const double wb = comparison.weight(better);
                if (comparison.weight(worse) <= wb + 1e-12)
                    continue;
                ComparisonLevel &w = comparison.level(worse);
                const double m = w.u * std::exp2(wb);
                comparison.level(0).m += w.m - m;
                w.m = m;
                changed = true;
            }
            if (!changed)
                break;
        }
    }
}

void MatchModel::setSurnameCounts(const QHash<QString, int> &counts)
{
    m_surnameCounts = counts;
    m_surnameTotal = 0;
    for (int n : counts)
        m_surnameTotal += n;
    // Σtf² = Σn² / total², summed in integers: the same in any hash order (a sum of doubles is not).
    qint64 sumSquares = 0;
    for (int n : counts)
        sumSquares += qint64(n) * n;
    m_sumTfSquared = m_surnameTotal > 0 ? double(sumSquares) / (double(m_surnameTotal) * double(m_surnameTotal)) : 0.0;
}

void MatchModel::countSurnames(const QList<ResolveRecord> &records)
{
    QHash<QString, int> counts;
    for (const ResolveRecord &r : records) {
        QStringList seen;
        for (const NameForm &n : r.names)
            if (!n.surname.isEmpty() && !seen.contains(n.surname)) {
                seen << n.surname;
                ++counts[n.surname];
            }
    }
    setSurnameCounts(counts);
}

double MatchModel::tfAdjustment(const QString &surname) const
{
    if (m_surnameTotal <= 0 || m_sumTfSquared <= 0)
        return 0.0;
    // A surname the model has not seen counts as seen once.
    const double tf = double(std::max(1, m_surnameCounts.value(surname, 1))) / double(m_surnameTotal);
    return std::log2(m_sumTfSquared / tf);
}

int MatchModel::nameLevel(const ComparableRecords &set, const ComparableRecords::Name &x,
                          const ComparableRecords::Name &y)
{
    const QStringView forenameA = set.text(x.forename), surnameA = set.text(x.surname);
    const QStringView forenameB = set.text(y.forename), surnameB = set.text(y.surname);
    if (surnameA.isEmpty() || surnameB.isEmpty())
        return NameDifferent;
    // A part of one letter is an initial (or a missing forename), in either column.
    const bool initialA = forenameA.size() <= 1 || surnameA.size() <= 1;
    const bool initialB = forenameB.size() <= 1 || surnameB.size() <= 1;
    if (!initialA && !initialB) {
        if (x.forename == y.forename && x.surname == y.surname)
            return NameExact;
        if (x.forename == y.surname && x.surname == y.forename)
            return NameReversed;
        // An edit distance is at least the difference in length: names further apart than that
        // cannot be one or two edits, and need no counting. The names are compared as written
        // and the wrong way round ("JONEES AHMED" is one edit from "AHMED JONES"): an export that
        // writes "SURNAME Forename" and a keying slip happen together.
        int best = NameDifferent;
        for (const bool reversed : {false, true}) {
            const int fb = reversed ? y.surname : y.forename, sb = reversed ? y.forename : y.surname;
            const QStringView forenameC = set.text(fb), surnameC = set.text(sb);
            const qsizetype lengthApart =
                std::abs(forenameA.size() - forenameC.size()) + std::abs(surnameA.size() - surnameC.size());
            if (lengthApart > 2)
                continue;
            // Equal ids are equal strings (distance 0); forenames more than two edits apart make
            // the sum more than two whatever the surnames.
            const int forenames = x.forename == fb ? 0 : StringMetrics::damerauLevenshtein(forenameA, forenameC);
            const int d = forenames > 2
                              ? forenames
                              : forenames + (x.surname == sb ? 0 : StringMetrics::damerauLevenshtein(surnameA, surnameC));
            if (d <= 1)
                return NameOneEdit;
            if (d <= 2)
                best = NameTwoEdits;
        }
        if (best == NameTwoEdits)
            return best;
        if (StringMetrics::jaroWinkler(forenameA, forenameB) >= 0.88 &&
            StringMetrics::jaroWinkler(surnameA, surnameB) >= 0.88)
            return NameTwoEdits;
        return NameDifferent;
    }
    // An initial: the one-letter part is the forename's initial and the other part the surname,
    // whichever column it was written in ("BOOTH G" is G. Booth); the other name may be either
    // way round too.
    const bool surnameFirstX = surnameA.size() <= 1 && forenameA.size() > 1;
    const bool surnameFirstY = surnameB.size() <= 1 && forenameB.size() > 1;
    const QStringView initialX = surnameFirstX ? surnameA : forenameA;
    const QStringView familyX = surnameFirstX ? forenameA : surnameA;
    const QStringView initialY = surnameFirstY ? surnameB : forenameB;
    const QStringView familyY = surnameFirstY ? forenameB : surnameB;
    auto agrees = [](QStringView initial, QStringView family, QStringView forename, QStringView surname) {
        if (family.size() <= 1 || surname.size() <= 1)
            return false;
        const bool closeSurname = family == surname || StringMetrics::damerauLevenshtein(family, surname) <= 1;
        return closeSurname && (initial.isEmpty() || forename.isEmpty() || initial.at(0) == forename.at(0));
    };
    if (agrees(initialX, familyX, initialY, familyY) || agrees(initialX, familyX, familyY, initialY) ||
        agrees(initialY, familyY, initialX, familyX) || agrees(initialY, familyY, familyX, initialX))
        return NameInitial;
    return NameDifferent;
}

int MatchModel::nameLevel(const ComparableRecords::Person &a, const ComparableRecords::Person &b) const
{
    int best = NameDifferent;
    for (const ComparableRecords::Name &x : a.names)
        for (const ComparableRecords::Name &y : b.names)
            best = std::min(best, nameLevelCache.level(*a.set, x, y, [&] { return nameLevel(*a.set, x, y); }));
    return best;
}

MatchModel::Levels MatchModel::levels(const ResolveRecord &a, const ResolveRecord &b, QString *surnameAgreed,
                                      bool *incompatibleDobs) const
{
    ComparableRecords pair;
    const int i = pair.add(a);
    const int j = pair.add(b);
    const QString *surname = nullptr;
    const Levels out = levels(pair.person(i), pair.person(j), &surname, incompatibleDobs);
    if (surname && surnameAgreed)
        *surnameAgreed = *surname;
    return out;
}

MatchModel::Levels MatchModel::levels(const ComparableRecords::Person &a, const ComparableRecords::Person &b,
                                      const QString **surnameAgreed, bool *incompatibleDobs) const
{
    if (incompatibleDobs)
        *incompatibleDobs = false;
    Levels out;
    out.fill(-1);
    if (!a.names.empty() && !b.names.empty()) {
        int best = NameDifferent;
        for (const ComparableRecords::Name &x : a.names)
            for (const ComparableRecords::Name &y : b.names) {
                const int l = nameLevelCache.level(*a.set, x, y, [&] { return nameLevel(*a.set, x, y); });
                if (l < best) {
                    best = l;
                    if (l == NameExact && surnameAgreed)
                        *surnameAgreed = &a.set->string(x.surname);
                }
            }
        out[Name] = qint8(best);
    }
    if (!a.dobs.empty() && !b.dobs.empty()) {
        int best = DobDifferent;
        bool incompatible = false;
        for (const ComparableRecords::Dob &x : a.dobs)
            for (const ComparableRecords::Dob &y : b.dobs) {
                bool apart = false;
                const int l = dobLevel(x, y, &apart);
                incompatible = incompatible || apart;
                best = std::min(best, l);
            }
        // Any incompatible pair of dates is what the safety rule looks at.
        out[Dob] = qint8(incompatible ? int(DobDifferent) : best);
        if (incompatibleDobs)
            *incompatibleDobs = incompatible;
    }
    if (!a.areas.empty() && !b.areas.empty())
        out[Area] = sharesAny(a.areas, b.areas) ? 0 : 1;
    if (!a.vehicles.empty() && !b.vehicles.empty())
        out[Vehicle] = sharesAny(a.vehicles, b.vehicles) ? 0 : 1;
    if (!a.associates.empty() && !b.associates.empty())
        out[Associate] = sharesAny(a.associates, b.associates) ? 0 : 1;
    if (!a.visits.empty() && !b.visits.empty())
        out[Store] = sharesStoreWithin(a.visits, b.visits, kStoreWindowDays) ? 0 : 1;
    return out;
}

MatchResult MatchModel::score(const ResolveRecord &a, const ResolveRecord &b) const
{
    ComparableRecords pair;
    const int i = pair.add(a);
    const int j = pair.add(b);
    return score(pair.person(i), pair.person(j));
}

MatchResult MatchModel::score(const ComparableRecords::Person &a, const ComparableRecords::Person &b) const
{
    MatchResult result;
    const QString *surname = nullptr;
    bool incompatible = false;
    const Levels l = levels(a, b, &surname, &incompatible);
    if (incompatible) {
        result.veto = true;
        return result;
    }
    double w = priorWeight();
    for (int c = 0; c < PersonComparisonCount; ++c)
        if (l[c] >= 0)
            w += m_weights[c][l[c]];
    if (l[Name] == NameExact && surname)
        w += tfAdjustment(*surname);
    result.score = PairExplanation::probabilityOf(w);
    result.needsContext = (l[Dob] < 0 && l[Vehicle] != 0 && l[Associate] != 0 && l[Store] != 0) ||
                          l[Name] == NameDifferent || l[Name] < 0 || l[Dob] == DobDifferent;
    return result;
}

PairExplanation MatchModel::explain(const ResolveRecord &a, const ResolveRecord &b) const
{
    PairExplanation e;
    ComparableRecords pair;
    pair.add(a);
    pair.add(b);
    const QString *agreed = nullptr;
    bool incompatible = false;
    const Levels l = levels(pair.person(0), pair.person(1), &agreed, &incompatible);
    const QString surname = agreed ? *agreed : QString();
    e.steps << PairExplanation::Step{QStringLiteral("prior"), tr("prior"),
                                     tr("lambda %1").arg(m_lambda, 0, 'g', 3), QString(), 0, 0, priorWeight()};
    auto details = [&](int c) -> QString {
        switch (c) {
        case Name: {
            // The closest pair of names, as written in match form.
            int best = NameDifferent + 1;
            QString text;
            for (const ComparableRecords::Name &x : pair.person(0).names)
                for (const ComparableRecords::Name &y : pair.person(1).names) {
                    const int n = nameLevel(pair, x, y);
                    if (n < best) {
                        best = n;
                        text = nameText(pair, x) + QStringLiteral(" / ") + nameText(pair, y);
                    }
                }
            return text;
        }
        case Dob: {
            QStringList da, db;
            for (const QDate &d : a.dobs)
                da << d.toString(Qt::ISODate);
            for (const QDate &d : b.dobs)
                db << d.toString(Qt::ISODate);
            return da.join(QLatin1Char(',')) + QStringLiteral(" / ") + db.join(QLatin1Char(','));
        }
        case Area:
            return tr("%n in common", nullptr, countShared(a.areas, b.areas));
        case Vehicle:
            return tr("%n in common", nullptr, countShared(a.vehicles, b.vehicles));
        case Associate:
            return tr("%n in common", nullptr, countShared(a.associates, b.associates));
        case Store: {
            qint64 gap = -1;
            sharesStoreWithin(visitsOf(a), visitsOf(b), kStoreWindowDays, &gap);
            return gap < 0 ? tr("no store in common")
                           : tr("closest visits to a shared store %n day(s) apart", nullptr, int(gap));
        }
        default:
            return QString();
        }
    };
    for (int c = 0; c < PersonComparisonCount; ++c) {
        const Comparison &comparison = m_comparisons.at(c);
        PairExplanation::Step s;
        s.comparison = comparison.key();
        s.label = comparison.label();
        if (l[c] < 0) {
            s.level = tr("null (missing on a side)");
        } else {
            const ComparisonLevel &level = comparison.level(l[c]);
            s.level = level.label;
            s.m = level.m;
            s.u = level.u;
            s.weight = m_weights[c][l[c]];
            s.detail = details(c);
        }
        e.steps << s;
    }
    if (l[Name] == NameExact) {
        const double tf = tfAdjustment(surname);
        e.steps << PairExplanation::Step{QStringLiteral("tf"), tr("surname frequency"),
                                         tr("term-frequency adjustment"),
                                         tr("%1: %2 of %3 records").arg(surname).arg(m_surnameCounts.value(surname, 1)).arg(m_surnameTotal),
                                         0, 0, tf};
    }
    if (!incompatible && l[Dob] == DobDifferent)
        e.notes << tr("safety rule: the dates of birth are two digits apart: not merged automatically as a pair "
                      "(the two may still meet through the true date; review only with a shared vehicle or "
                      "co-offender)");
    if (!incompatible && (l[Name] == NameDifferent || l[Name] < 0))
        e.notes << tr("safety rule: the names agree at no level: not merged automatically (review only with a "
                      "shared vehicle or co-offender)");
    if (incompatible) {
        e.veto = true;
        e.notes << tr("safety rule: two different dates of birth (more than two digits apart) keep the two apart "
                      "whatever else agrees");
    } else if (l[Dob] < 0) {
        QStringList evidence;
        if (l[Vehicle] == 0)
            evidence << tr("%n shared vehicle(s)", nullptr, countShared(a.vehicles, b.vehicles));
        if (l[Associate] == 0)
            evidence << tr("%n shared co-offender(s) or associate(s)", nullptr, countShared(a.associates, b.associates));
        if (l[Store] == 0) {
            qint64 gap = -1;
            sharesStoreWithin(visitsOf(a), visitsOf(b), kStoreWindowDays, &gap);
            evidence << tr("the same store within %n day(s)", nullptr, int(gap));
        }
        if (evidence.isEmpty())
            e.notes << tr(
                "safety rule: no date of birth to compare and no shared vehicle, co-offender or store "
                "within %n day(s): not merged automatically",
                nullptr, kStoreWindowDays);
        else
            e.notes << tr("no date of birth to compare; context evidence: %1").arg(evidence.join(QStringLiteral(", ")));
    }
    return e;
}

void MatchModel::train(const QList<ResolveRecord> &records, const std::vector<std::pair<int, int>> &candidates,
                       const QList<Label> &labels, qint64 maxTrainingPairs, qint64 randomPairs)
{
    train(records, ComparableRecords(records), candidates, labels, maxTrainingPairs, randomPairs);
}

void MatchModel::train(const QList<ResolveRecord> &records, const ComparableRecords &comparable,
                       const std::vector<std::pair<int, int>> &candidates, const QList<Label> &labels,
                       qint64 maxTrainingPairs, qint64 randomPairs)
{
    m_training = MatchTraining();
    m_training.records = int(records.size());
    m_training.candidatePairs = qint64(candidates.size());
    countSurnames(records);
    const qint64 n = records.size();
    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (const ResolveRecord &r : records)
        digest.addData(QByteArrayView(reinterpret_cast<const char *>(&r.entityId), sizeof r.entityId));
    if (n < 2) {
        m_training.digest = QString::fromLatin1(digest.result().toHex());
        m_training.trainedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        return;
    }

    // u from random pairs: almost all of them are different people.
    QRandomGenerator rng(m_training.seed);
    const qint64 random = std::min<qint64>(randomPairs, n * (n - 1) / 2);
    std::vector<std::vector<double>> counts(m_comparisons.size());
    for (int c = 0; c < m_comparisons.size(); ++c)
        counts[c].assign(m_comparisons.at(c).levelCount(), 0.0);
    for (qint64 i = 0; i < random; ++i) {
        const int a = int(rng.bounded(quint32(n)));
        int b = int(rng.bounded(quint32(n - 1)));
        if (b >= a)
            ++b;
        const Levels l = levels(comparable.person(a), comparable.person(b));
        for (int c = 0; c < m_comparisons.size(); ++c)
            if (l[c] >= 0)
                counts[c][l[c]] += 1;
    }
    m_training.randomPairs = random;
    for (int c = 0; c < m_comparisons.size(); ++c) {
        double total = 0;
        for (double x : counts[c])
            total += x;
        if (total <= 0)
            continue;
        // Add-half smoothing, so that a level never seen among random pairs keeps a finite weight,
        // and kPriorRandomPairs pairs' worth of the prior guess, so that a workspace of a handful
        // of records (whose few random pairs may all be one person) keeps sensible weights.
        const double denominator = total + 0.5 * double(counts[c].size()) + kPriorRandomPairs;
        for (int lv = 0; lv < m_comparisons.at(c).levelCount(); ++lv)
            m_comparisons[c].level(lv).u =
                (counts[c][lv] + 0.5 + kPriorRandomPairs * m_comparisons.at(c).level(lv).u) / denominator;
    }

    // Patterns of a deterministic sample of candidate pairs, and of the labelled pairs.
    QHash<quint64, double> all, byDob, byName, matches, nonMatches;
    const size_t stride = std::max<size_t>(1, size_t((qint64(candidates.size()) + maxTrainingPairs - 1) /
                                                    std::max<qint64>(1, maxTrainingPairs)));
    for (size_t i = 0; i < candidates.size(); i += stride) {
        const Levels l = levels(comparable.person(candidates[i].first), comparable.person(candidates[i].second));
        const quint64 key = ExpectationMaximiser::pack(l);
        all[key] += 1;
        if (l[Dob] == DobExact || l[Dob] == DobSwapped)
            byDob[key] += 1;
        if (l[Name] >= 0 && l[Name] <= NameOneEdit)
            byName[key] += 1;
        ++m_training.trainingPairs;
    }
    for (const Label &label : labels) {
        const quint64 key = ExpectationMaximiser::pack(levels(comparable.person(label.a), comparable.person(label.b)));
        if (label.decision > 0) {
            matches[key] += 1;
            ++m_training.labelledMatches;
        } else if (label.decision < 0) {
            nonMatches[key] += 1;
            ++m_training.labelledNonMatches;
        }
    }

    // Session 1, pairs with the same date of birth: m of the name and the context comparisons.
    // Session 2, pairs with the same name: m of the date of birth and the context comparisons.
    // Each m is regularised towards the prior guess (kPriorPairs pairs' worth).
    QList<Comparison> trained = m_comparisons;
    int sessions = 0;
    const QList<int> context{int(Area), int(Vehicle), int(Associate), int(Store)};
    QList<QList<double>> contextM;
    auto session = [&](const QHash<quint64, double> &patterns, int ignored, int estimated) {
        if (patterns.isEmpty())
            return;
        ExpectationMaximiser em(m_comparisons, 0.1);
        em.setFixedU(true);
        em.setIgnored(ignored, true);
        em.setPriorPairs(kPriorPairs);
        m_training.iterations += em.run(patterns, matches, nonMatches);
        trained[estimated] = em.comparisons().at(estimated);
        QList<double> ms;
        for (int c : context)
            for (int lv = 0; lv < em.comparisons().at(c).levelCount(); ++lv)
                ms << em.comparisons().at(c).level(lv).m;
        contextM << ms;
        ++sessions;
    };
    session(byDob, Dob, Name);
    session(byName, Name, Dob);
    if (!contextM.isEmpty()) {
        int k = 0;
        for (int c : context)
            for (int lv = 0; lv < trained.at(c).levelCount(); ++lv, ++k) {
                double sum = 0;
                for (const QList<double> &ms : std::as_const(contextM))
                    sum += ms.at(k);
                trained[c].level(lv).m = sum / double(contextM.size());
            }
    }
    m_comparisons = trained;
    enforceOrder();

    // The prior: the probability that two records drawn at random are the same person (the
    // frame of u, which comes from random pairs). The proportion of matches among candidate
    // pairs is estimated by EM with m and u held; nearly all matches are candidate pairs, so
    // lambda = that proportion x candidate pairs / all pairs.
    ExpectationMaximiser prior(m_comparisons, 0.1);
    prior.setLambdaOnly(true);
    m_training.iterations += prior.run(all);
    m_candidateLambda = std::clamp(prior.lambda(), 1e-9, 1.0 - 1e-9);
    const double allPairs = double(n) * double(n - 1) / 2.0;
    m_lambda = std::clamp(m_candidateLambda * double(candidates.size()) / allPairs, 1e-12, 1.0 - 1e-9);

    QList<quint64> keys = all.keys();
    std::sort(keys.begin(), keys.end());
    for (quint64 k : keys) {
        const double c = all.value(k);
        digest.addData(QByteArrayView(reinterpret_cast<const char *>(&k), sizeof k));
        digest.addData(QByteArrayView(reinterpret_cast<const char *>(&c), sizeof c));
    }
    m_training.digest = QString::fromLatin1(digest.result().toHex());
    m_training.trainedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_trained = sessions > 0;
    refreshWeights();
}

QJsonObject MatchModel::toJson() const
{
    QJsonArray comparisons;
    for (const Comparison &c : m_comparisons)
        comparisons.append(c.toJson());
    QJsonObject surnames;
    for (auto it = m_surnameCounts.cbegin(); it != m_surnameCounts.cend(); ++it)
        surnames.insert(it.key(), it.value());
    const MatchTraining &t = m_training;
    return QJsonObject{
        {QStringLiteral("method"), QStringLiteral("Fellegi-Sunter")},
        // Version 3: issue 14's name levels (either way round) and 730-day store level.
        {QStringLiteral("version"), 3},
        {QStringLiteral("candidate_lambda"), m_candidateLambda},
        {QStringLiteral("entity_type"), QStringLiteral("person")},
        {QStringLiteral("lambda"), m_lambda},
        {QStringLiteral("comparisons"), comparisons},
        {QStringLiteral("tf_surname_counts"), surnames},
        {QStringLiteral("training"),
         QJsonObject{{QStringLiteral("records"), t.records},
                     {QStringLiteral("candidate_pairs"), t.candidatePairs},
                     {QStringLiteral("training_pairs"), t.trainingPairs},
                     {QStringLiteral("random_pairs"), t.randomPairs},
                     {QStringLiteral("labelled_matches"), t.labelledMatches},
                     {QStringLiteral("labelled_non_matches"), t.labelledNonMatches},
                     {QStringLiteral("em_iterations"), t.iterations},
                     {QStringLiteral("seed"), qint64(t.seed)},
                     {QStringLiteral("digest"), t.digest},
                     {QStringLiteral("trained_at"), t.trainedAt}}},
    };
}

std::optional<MatchModel> MatchModel::fromJson(const QJsonObject &object, QString *error)
{
    MatchModel model;
    auto fail = [&](const QString &why) -> std::optional<MatchModel> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (object.value(QStringLiteral("method")).toString() != QLatin1String("Fellegi-Sunter") ||
        object.value(QStringLiteral("version")).toInt() != 3)
        return fail(tr("the saved match model is not a Fellegi-Sunter model of version 3"));
    const QJsonArray comparisons = object.value(QStringLiteral("comparisons")).toArray();
    if (comparisons.size() != model.m_comparisons.size())
        return fail(tr("the saved match model has %1 comparisons (expected %2)")
                        .arg(comparisons.size())
                        .arg(model.m_comparisons.size()));
    for (int c = 0; c < model.m_comparisons.size(); ++c)
        if (!model.m_comparisons[c].readJson(comparisons.at(c).toObject()))
            return fail(tr("the saved match model's comparison %1 is not readable (levels with m and u from 0 to 1 "
                           "expected)")
                            .arg(model.m_comparisons.at(c).key()));
    const double lambda = object.value(QStringLiteral("lambda")).toDouble(-1);
    if (lambda <= 0 || lambda >= 1)
        return fail(tr("the saved match model's lambda is not a probability"));
    model.m_lambda = lambda;
    model.m_candidateLambda = object.value(QStringLiteral("candidate_lambda")).toDouble(lambda);
    QHash<QString, int> counts;
    const QJsonObject surnames = object.value(QStringLiteral("tf_surname_counts")).toObject();
    for (auto it = surnames.begin(); it != surnames.end(); ++it)
        counts.insert(it.key(), it.value().toInt());
    model.setSurnameCounts(counts);
    const QJsonObject t = object.value(QStringLiteral("training")).toObject();
    model.m_training.records = t.value(QStringLiteral("records")).toInt();
    model.m_training.candidatePairs = t.value(QStringLiteral("candidate_pairs")).toInteger();
    model.m_training.trainingPairs = t.value(QStringLiteral("training_pairs")).toInteger();
    model.m_training.randomPairs = t.value(QStringLiteral("random_pairs")).toInteger();
    model.m_training.labelledMatches = t.value(QStringLiteral("labelled_matches")).toInt();
    model.m_training.labelledNonMatches = t.value(QStringLiteral("labelled_non_matches")).toInt();
    model.m_training.iterations = t.value(QStringLiteral("em_iterations")).toInt();
    model.m_training.seed = quint32(t.value(QStringLiteral("seed")).toInteger());
    model.m_training.digest = t.value(QStringLiteral("digest")).toString();
    model.m_training.trainedAt = t.value(QStringLiteral("trained_at")).toString();
    model.m_trained = true;
    model.refreshWeights();
    return model;
}

} // namespace fc
