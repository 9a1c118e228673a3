#include "resolve/vehiclescorer.h"

#include <cstdlib>

namespace fc {

namespace {

bool isLetter(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

QChar toLetter(QChar c)
{
    switch (c.unicode()) {
    case '0':
        return QLatin1Char('O');
    case '1':
        return QLatin1Char('I');
    case '5':
        return QLatin1Char('S');
    case '8':
        return QLatin1Char('B');
    default:
        return c;
    }
}

QChar toDigit(QChar c)
{
    switch (c.unicode()) {
    case 'O':
        return QLatin1Char('0');
    case 'I':
        return QLatin1Char('1');
    case 'S':
        return QLatin1Char('5');
    case 'B':
        return QLatin1Char('8');
    default:
        return c;
    }
}

bool letterSlot(qsizetype i)
{
    return i != 2 && i != 3;
}

} // namespace

QString VehicleScorer::confusableKey(const QString &vrm)
{
    QString out = vrm;
    for (QChar &c : out)
        c = toLetter(c);
    return out;
}

bool VehicleScorer::isCurrentFormat(const QString &vrm)
{
    if (vrm.size() != 7)
        return false;
    for (qsizetype i = 0; i < 7; ++i)
        if (letterSlot(i) ? !isLetter(vrm.at(i)) : !isDigit(vrm.at(i)))
            return false;
    return true;
}

QString VehicleScorer::repaired(const QString &vrm)
{
    if (vrm.size() != 7 || isCurrentFormat(vrm))
        return QString();
    QString out = vrm;
    for (qsizetype i = 0; i < 7; ++i)
        out[i] = letterSlot(i) ? toLetter(out.at(i)) : toDigit(out.at(i));
    return isCurrentFormat(out) ? out : QString();
}

bool VehicleScorer::oneCharacterApart(const QString &a, const QString &b)
{
    const QString &longer = a.size() > b.size() ? a : b;
    const QString &shorter = a.size() > b.size() ? b : a;
    if (longer.size() != shorter.size() + 1)
        return false;
    qsizetype i = 0;
    while (i < shorter.size() && shorter.at(i) == longer.at(i))
        ++i;
    return QStringView(shorter).mid(i) == QStringView(longer).mid(i + 1);
}

QStringList VehicleScorer::blockingKeys(const QString &vrm)
{
    const QString key = confusableKey(vrm);
    QStringList out{QStringLiteral("V|") + key};
    if (key.size() >= 5)
        for (qsizetype i = 0; i < key.size(); ++i)
            out << QStringLiteral("V|") + QString(key).remove(i, 1);
    out.removeDuplicates();
    return out;
}

VehicleScorer::VrmRelation VehicleScorer::compareVrms(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return VrmRelation::Different;
    if (a == b)
        return VrmRelation::Same;
    if (std::abs(a.size() - b.size()) == 1 && oneCharacterApart(confusableKey(a), confusableKey(b))) {
        // A current-style mark and a mark that cannot be one: a character missed or added.
        return isCurrentFormat(a) != isCurrentFormat(b) ? VrmRelation::OneCharacter
                                                        : VrmRelation::OneCharacterUnsure;
    }
    if (a.size() != b.size() || confusableKey(a) != confusableKey(b))
        return VrmRelation::Different;
    // One is a valid current-style mark and the other is only a misreading of it.
    if ((isCurrentFormat(a) && repaired(b) == a) || (isCurrentFormat(b) && repaired(a) == b))
        return VrmRelation::Misread;
    return VrmRelation::Confusable;
}

MatchResult VehicleScorer::score(const ResolveRecord &a, const ResolveRecord &b, bool explain)
{
    MatchResult result;
    VrmRelation best = VrmRelation::Different;
    QString va, vb;
    for (const QString &x : a.vrms) {
        for (const QString &y : b.vrms) {
            const VrmRelation r = compareVrms(x, y);
            if (int(r) < int(best)) {
                best = r;
                va = x;
                vb = y;
            }
        }
    }
    switch (best) {
    case VrmRelation::Same:
        result.score = 1.0;
        if (explain)
            result.reasons << tr("same registration %1").arg(va);
        break;
    case VrmRelation::Misread:
        result.score = 0.95;
        if (explain) {
            const bool aValid = isCurrentFormat(va);
            result.reasons
                << tr("%1 is not a possible current-style registration; read with 0/O, 1/I, 5/S or 8/B "
                      "corrected it is %2")
                       .arg(aValid ? vb : va, aValid ? va : vb);
        }
        break;
    case VrmRelation::OneCharacter:
        result.score = 0.93;
        if (explain)
            result.reasons
                << tr("registrations %1 and %2 differ by one character missed or added (the rest agrees, "
                      "reading 0/O, 1/I, 5/S and 8/B alike), and only one of them is a possible "
                      "current-style registration")
                       .arg(va, vb);
        break;
    case VrmRelation::OneCharacterUnsure:
        result.score = 0.65;
        if (explain)
            result.reasons
                << tr("registrations %1 and %2 differ by one character missed or added, but neither "
                      "is a current-style registration to hold on to")
                       .arg(va, vb);
        break;
    case VrmRelation::Confusable:
        result.score = 0.7;
        if (explain)
            result.reasons << tr("registrations %1 and %2 differ only in characters that are often misread "
                                 "(0/O, 1/I, 5/S, 8/B), but both are possible marks")
                                  .arg(va, vb);
        break;
    case VrmRelation::Different:
        if (explain)
            result.reasons << tr("registrations differ");
        break;
    }
    return result;
}

} // namespace fc
