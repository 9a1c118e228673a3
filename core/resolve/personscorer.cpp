#include "resolve/personscorer.h"

#include "resolve/sortedlists.h"
#include "resolve/stringmetrics.h"

#include <algorithm>

namespace fc {

using SortedLists::countShared;

namespace {

// A one-letter typo in a name of five letters or more gives a Jaro–Winkler similarity of at least
// about 0.9; shorter names need the same Soundex code as well.
bool nearlySame(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    if (a.size() < 2 || b.size() < 2)
        return false;
    const double jw = StringMetrics::jaroWinkler(a, b);
    return jw >= 0.9 || (jw >= 0.8 && StringMetrics::soundex(a) == StringMetrics::soundex(b));
}

QString nameText(const NameForm &n)
{
    return n.forename + QLatin1Char(' ') + n.surname;
}

QString dobText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : PersonScorer::tr("none");
}

} // namespace

PersonScorer::NameRelation PersonScorer::compareNames(const NameForm &a, const NameForm &b)
{
    if (a.surname.isEmpty() || b.surname.isEmpty())
        return NameRelation::Different;
    const bool initialA = a.forename.size() == 1;
    const bool initialB = b.forename.size() == 1;
    if (a.surname == b.surname) {
        if (a.forename == b.forename)
            return a.forename.isEmpty() ? NameRelation::Initial : NameRelation::Same;
        if ((initialA || initialB) && !a.forename.isEmpty() && !b.forename.isEmpty() &&
            a.forename.at(0) == b.forename.at(0))
            return NameRelation::Initial;
        if (!initialA && !initialB && nearlySame(a.forename, b.forename))
            return NameRelation::Typo;
        return NameRelation::Different;
    }
    if (!a.forename.isEmpty() && a.forename == b.surname && a.surname == b.forename)
        return NameRelation::Reversed;
    if (a.forename == b.forename && !a.forename.isEmpty() && nearlySame(a.surname, b.surname))
        return NameRelation::Typo;
    return NameRelation::Different;
}

PersonScorer::DobRelation PersonScorer::compareDobs(const QDate &a, const QDate &b)
{
    if (!a.isValid() || !b.isValid())
        return DobRelation::Missing;
    if (a == b)
        return DobRelation::Same;
    int ya = 0, ma = 0, da = 0, yb = 0, mb = 0, db = 0;
    a.getDate(&ya, &ma, &da);
    b.getDate(&yb, &mb, &db);
    if (ya == yb && da == mb && ma == db)
        return DobRelation::DayMonthSwapped;
    // One digit off in the written form yyyy-MM-dd (a slip of the pen or the keyboard).
    return StringMetrics::isoDateDifferences(ya, ma, da, yb, mb, db) == 1 ? DobRelation::OneDigit : DobRelation::Different;
}

double PersonScorer::baseScore(NameRelation name, DobRelation dob)
{
    if (dob == DobRelation::Different || name == NameRelation::Different)
        return 0.0;
    // Rows: name Same, Typo, Initial, Reversed; columns: DOB same, swapped, one digit, missing.
    // A one-digit slip is common, but so are namesakes born a digit apart among many records: on
    // its own it goes to review, and needs a shared vehicle or associate to merge.
    static const double kTable[4][4] = {
        {1.00, 0.93, 0.85, 0.80},
        {0.95, 0.80, 0.75, 0.55},
        {0.93, 0.75, 0.70, 0.45},
        {0.95, 0.75, 0.70, 0.60},
    };
    return kTable[int(name)][int(dob)];
}

MatchResult PersonScorer::score(const ResolveRecord &a, const ResolveRecord &b, bool explain)
{
    MatchResult result;
    // The dates of birth: any incompatible pair keeps the two apart.
    DobRelation dob = DobRelation::Missing;
    QDate dobA, dobB;
    for (const QDate &x : a.dobs) {
        for (const QDate &y : b.dobs) {
            const DobRelation r = compareDobs(x, y);
            if (r == DobRelation::Different) {
                result.veto = true;
                if (explain)
                    result.reasons << tr("dates of birth %1 and %2 differ by more than a day/month swap or "
                                         "a one-digit slip: kept apart whatever the names")
                                          .arg(dobText(x), dobText(y));
                return result;
            }
            if (int(r) < int(dob)) {
                dob = r;
                dobA = x;
                dobB = y;
            }
        }
    }
    NameRelation name = NameRelation::Different;
    const NameForm *nameA = nullptr;
    const NameForm *nameB = nullptr;
    for (const NameForm &x : a.names) {
        for (const NameForm &y : b.names) {
            const NameRelation r = compareNames(x, y);
            if (int(r) < int(name)) {
                name = r;
                nameA = &x;
                nameB = &y;
            }
        }
    }
    result.score = baseScore(name, dob);
    if (result.score <= 0) {
        if (explain)
            result.reasons << tr("names do not match");
        return result;
    }
    if (explain) {
        const QString na = nameText(*nameA), nb = nameText(*nameB);
        const QString via = (nameA->alias || nameB->alias) ? tr(" (through an alias)") : QString();
        switch (name) {
        case NameRelation::Same:
            result.reasons << tr("same name %1%2").arg(na, via);
            break;
        case NameRelation::Typo:
            result.reasons << tr("names %1 and %2 differ by a likely typo (Jaro-Winkler %3)%4")
                                  .arg(na, nb)
                                  .arg(std::max(StringMetrics::jaroWinkler(nameA->surname, nameB->surname) *
                                                    (nameA->forename == nameB->forename),
                                                StringMetrics::jaroWinkler(nameA->forename, nameB->forename) *
                                                    (nameA->surname == nameB->surname)),
                                       0, 'f', 3)
                                  .arg(via);
            break;
        case NameRelation::Initial:
            result.reasons << tr("same surname, forename %1 given as an initial in %2%3").arg(na, nb, via);
            break;
        case NameRelation::Reversed:
            result.reasons
                << tr("names %1 and %2 are the same with forename and surname swapped%3").arg(na, nb, via);
            break;
        case NameRelation::Different:
            break;
        }
        switch (dob) {
        case DobRelation::Same:
            result.reasons << tr("same date of birth %1").arg(dobText(dobA));
            break;
        case DobRelation::DayMonthSwapped:
            result.reasons << tr("dates of birth %1 and %2 differ by a day/month swap")
                                  .arg(dobText(dobA), dobText(dobB));
            break;
        case DobRelation::OneDigit:
            result.reasons
                << tr("dates of birth %1 and %2 differ in one digit").arg(dobText(dobA), dobText(dobB));
            break;
        case DobRelation::Missing:
            result.reasons << tr("no date of birth on %1 to compare")
                                  .arg(a.dobs.isEmpty() && b.dobs.isEmpty() ? tr("either record")
                                                                            : tr("one record"));
            break;
        case DobRelation::Different:
            break;
        }
    }
    // Supporting evidence: shared vehicles and associates, then areas. Never enough on its own.
    const int vehicles = countShared(a.vehicles, b.vehicles);
    const int associates = countShared(a.associates, b.associates);
    const int areas = countShared(a.areas, b.areas);
    const double support = std::min(0.14, 0.07 * (vehicles + associates)) + (areas > 0 ? 0.04 : 0.0);
    if (support > 0 && result.score < 1.0) {
        result.score = std::min(1.0, result.score + support);
        if (explain) {
            if (vehicles > 0)
                result.reasons << tr("%n shared vehicle(s)", nullptr, vehicles);
            if (associates > 0)
                result.reasons << tr("%n shared co-offender(s) or associate(s)", nullptr, associates);
            if (areas > 0)
                result.reasons << tr("active in %n of the same town(s)", nullptr, areas);
        }
    }
    return result;
}

} // namespace fc
