#include "resolve/stringmetrics.h"

#include <algorithm>
#include <array>
#include <vector>

namespace fc {

double StringMetrics::jaro(QStringView a, QStringView b)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (la == 0 && lb == 0)
        return 1.0;
    if (la == 0 || lb == 0)
        return 0.0;
    // Characters match when equal and no further apart than half the longer length, minus one.
    const qsizetype window = std::max<qsizetype>(0, std::max(la, lb) / 2 - 1);
    // Names are short: fixed buffers keep this free of allocation (longer strings fall back).
    std::array<bool, 64> smallA{}, smallB{};
    std::vector<bool> bigA, bigB;
    const bool small = la <= 64 && lb <= 64;
    if (!small) {
        bigA.assign(la, false);
        bigB.assign(lb, false);
    }
    auto matchedA = [&](qsizetype i) -> bool { return small ? smallA[i] : bool(bigA[i]); };
    auto matchedB = [&](qsizetype i) -> bool { return small ? smallB[i] : bool(bigB[i]); };
    auto setA = [&](qsizetype i) {
        if (small)
            smallA[i] = true;
        else
            bigA[i] = true;
    };
    auto setB = [&](qsizetype i) {
        if (small)
            smallB[i] = true;
        else
            bigB[i] = true;
    };

    qsizetype matches = 0;
    for (qsizetype i = 0; i < la; ++i) {
        const qsizetype lo = std::max<qsizetype>(0, i - window);
        const qsizetype hi = std::min(lb - 1, i + window);
        for (qsizetype j = lo; j <= hi; ++j) {
            if (!matchedB(j) && a.at(i) == b.at(j)) {
                setA(i);
                setB(j);
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0.0;
    // Half the number of matched characters that are out of order.
    qsizetype transpositions = 0;
    qsizetype k = 0;
    for (qsizetype i = 0; i < la; ++i) {
        if (!matchedA(i))
            continue;
        while (!matchedB(k))
            ++k;
        if (a.at(i) != b.at(k))
            ++transpositions;
        ++k;
    }
    const double m = double(matches);
    return (m / double(la) + m / double(lb) + (m - double(transpositions) / 2.0) / m) / 3.0;
}

double StringMetrics::jaroWinkler(QStringView a, QStringView b)
{
    const double j = jaro(a, b);
    qsizetype prefix = 0;
    const qsizetype limit = std::min<qsizetype>(4, std::min(a.size(), b.size()));
    while (prefix < limit && a.at(prefix) == b.at(prefix))
        ++prefix;
    return j + double(prefix) * 0.1 * (1.0 - j);
}

QString StringMetrics::soundex(QStringView text)
{
    // Codes for A..Z; '0' for vowels (and Y), '-' for H and W, which do not separate equal codes.
    static const char kCodes[] = "0123012-02245501262301-202";
    QString out;
    char last = 0;
    for (const QChar qc : text) {
        const char16_t u = qc.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            continue;
        const char code = kCodes[u - u'A'];
        if (out.isEmpty()) {
            out += QChar(u);
            last = code;
            continue;
        }
        if (code == '-')
            continue;
        if (code != '0' && code != last)
            out += QLatin1Char(code);
        last = code;
        if (out.size() == 4)
            break;
    }
    if (out.isEmpty())
        return out;
    while (out.size() < 4)
        out += QLatin1Char('0');
    return out;
}

QString StringMetrics::matchForm(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetter() && c.unicode() < 128)
            out += c.toUpper();
        else if (c.isDigit())
            out += c;
    }
    return out;
}

int StringMetrics::damerauLevenshtein(QStringView a, QStringView b)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (la == 0 || lb == 0)
        return int(std::max(la, lb));
    if (a == b)
        return 0;
    // Three rows of the dynamic programme are enough for the adjacent transposition; names are
    // short, so the rows live on the stack and only a long text takes them from the heap.
    constexpr qsizetype kStackRow = 64;
    std::array<int, 3 * kStackRow> stackRows;
    std::vector<int> heapRows;
    int *rows = stackRows.data();
    if (lb + 1 > kStackRow) {
        heapRows.resize(3 * std::size_t(lb + 1));
        rows = heapRows.data();
    }
    int *previous2 = rows;
    int *previous = rows + (lb + 1);
    int *current = rows + 2 * (lb + 1);
    for (qsizetype j = 0; j <= lb; ++j) {
        previous2[j] = 0;
        previous[j] = int(j);
    }
    for (qsizetype i = 1; i <= la; ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= lb; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d = std::min(d, previous2[j - 2] + 1);
            current[j] = d;
        }
        int *const oldest = previous2;
        previous2 = previous;
        previous = current;
        current = oldest;
    }
    return previous[lb];
}

int StringMetrics::isoDateDifferences(const QDate &a, const QDate &b)
{
    int ya = 0, ma = 0, da = 0, yb = 0, mb = 0, db = 0;
    a.getDate(&ya, &ma, &da);
    b.getDate(&yb, &mb, &db);
    return isoDateDifferences(ya, ma, da, yb, mb, db);
}

int StringMetrics::isoDateDifferences(int yearA, int monthA, int dayA, int yearB, int monthB, int dayB)
{
    // Qt writes yyyy-MM-dd with leading zeros for years 1 to 9999 and nothing otherwise; an
    // invalid date has year 0 (the Gregorian calendar has none).
    const auto written = [](int year) { return year >= 1 && year <= 9999; };
    if (!written(yearA) || !written(yearB))
        return 0;
    const auto digitsApart = [](int x, int y, int digits) {
        int apart = 0;
        for (int i = 0; i < digits; ++i, x /= 10, y /= 10)
            apart += x % 10 != y % 10;
        return apart;
    };
    return digitsApart(yearA, yearB, 4) + digitsApart(monthA, monthB, 2) + digitsApart(dayA, dayB, 2);
}

} // namespace fc
