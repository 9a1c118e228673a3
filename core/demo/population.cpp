#include "demo/population.h"

#include "demo/demorandom.h"
#include "demo/namecatalogue.h"
#include "demo/placecatalogue.h"

#include <algorithm>
#include <cmath>

namespace fc {

namespace {

const char *const kMakes[] = {
    "Ford Focus",     "Vauxhall Corsa", "Volkswagen Golf",       "BMW 3 Series",        "Audi A3",
    "Toyota Yaris",   "Nissan Qashqai", "Mercedes-Benz C-Class", "Kia Sportage",        "Ford Transit",
    "Vauxhall Astra", "Seat Leon",      "Skoda Octavia",         "Land Rover Discovery"};
const char *const kColours[] = {"Black", "Silver", "Grey", "White", "Blue", "Red", "Green"};

// DVLA memory tags of the areas the demo covers (Manchester, Leeds, Sheffield, Birmingham,
// Nottingham, Liverpool, Preston...), so that plates look local.
const char *const kMemoryTags[] = {"MA", "MC", "MD", "ME", "MF", "MJ", "MK", "ML", "MM", "MX", "MY",
                                   "YA", "YB", "YC", "YD", "YE", "YF", "YG", "YH", "YJ", "YK", "YL",
                                   "YN", "YP", "YR", "YS", "BD", "BF", "BG", "BJ", "BK", "BL", "BN",
                                   "FD", "FE", "FG", "FH", "FJ", "PE", "PF", "PG", "PJ", "PK", "PL",
                                   "PN", "CA", "CB", "CE", "CF", "DA", "DE", "DF"};
// Letters DVLA uses in the random part of a plate (no I, Q or Z).
const char kPlateLetters[] = "ABCDEFGHJKLMNOPRSTUVWXY";

const QDate kAgeReference(2025, 6, 1);

int weightedTown(DemoRandom &rng)
{
    QList<double> weights;
    for (const DemoTown &t : PlaceCatalogue::towns())
        weights << t.population;
    return rng.weighted(weights);
}

qint64 dobForAge(double mean, double spread, int minAge, int maxAge, DemoRandom &rng)
{
    const int age = std::clamp(int(std::lround(mean + spread * rng.normal())), minAge, maxAge);
    return kAgeReference.addYears(-age).addDays(-rng.range(0, 364)).toJulianDay();
}

} // namespace

QString Population::kindName(OffenderKind kind)
{
    switch (kind) {
    case OffenderKind::Opportunistic:
        return QStringLiteral("opportunistic");
    case OffenderKind::Prolific:
        return QStringLiteral("prolific");
    case OffenderKind::Organised:
        return QStringLiteral("organised");
    case OffenderKind::Associate:
        return QStringLiteral("associate");
    }
    return QString();
}

QString Population::makeName(int make)
{
    return QString::fromLatin1(kMakes[make]);
}

QString Population::colourName(int colour)
{
    return QString::fromLatin1(kColours[colour]);
}

void Population::build(int incidents, int hotspotTown, int hotspotFromDay, DemoRandom &rng)
{
    // About one group per 270 incidents: 15 at the default 4,000. The last one is the crew
    // behind the emerging hot spot and only starts offending in the last months.
    const int groupCount = std::max(3, int(std::lround(incidents / 270.0)));
    for (int g = 0; g < groupCount; ++g) {
        const bool emerging = g == groupCount - 1;
        DemoGroup group;
        const int base = emerging ? hotspotTown : weightedTown(rng);
        group.towns << base;
        const int townCount = rng.range(2, 5);
        const QList<int> near = PlaceCatalogue::nearest(base);
        while (group.towns.size() < townCount) {
            // Groups travel along short corridors: mostly to one of the six nearest towns.
            const int t = rng.chance(0.8) ? near.at(rng.range(0, 5)) : near.at(rng.range(6, 14));
            if (!group.towns.contains(t))
                group.towns << t;
        }
        group.activeFromDay = emerging ? std::max(0, hotspotFromDay - rng.range(0, 20))
                                       : (g > 0 && rng.chance(0.3) ? rng.range(0, 300) : 0);
        group.rate = emerging ? 2.0 : rng.logNormal(0, 0.4);
        m_groups << group;
        const qint32 groupIndex = qint32(m_groups.size() - 1);

        static const double kSizeWeights[] = {3, 5, 5, 4, 3, 2, 1, 1}; // sizes 3..10
        const int size = 3 + rng.weighted(kSizeWeights);
        for (int m = 0; m < size; ++m) {
            const int home =
                rng.chance(0.8) ? base : group.towns.at(rng.range(0, int(group.towns.size()) - 1));
            const qint32 p = addPerson(OffenderKind::Organised, home, rng);
            m_persons[p].group = groupIndex;
            m_groups[groupIndex].members << p;
        }
        const int vehicleCount = rng.range(1, 3);
        for (int v = 0; v < vehicleCount; ++v) {
            const QList<qint32> &members = m_groups[groupIndex].members;
            // Some group cars are hired or borrowed: the keeper is not a member.
            const qint32 keeper = rng.chance(0.7) ? members.at(rng.range(0, int(members.size()) - 1)) : -1;
            m_groups[groupIndex].vehicles << addVehicle(groupIndex, keeper, rng);
        }
    }

    const int prolificCount = std::max(5, int(std::lround(incidents / 50.0)));
    for (int i = 0; i < prolificCount; ++i) {
        // Two of them live in the hot spot town so that it has local prolific offending too.
        const int home = i < 2 ? hotspotTown : weightedTown(rng);
        const qint32 p = addPerson(OffenderKind::Prolific, home, rng);
        m_persons[p].rate = float(rng.logNormal(0, 0.6));
        if (rng.chance(0.25))
            addVehicle(-1, p, rng);
        m_prolifics << p;
    }
}

void Population::setSkewedSurnames(bool skewed)
{
    m_surnameCumulative.clear();
    if (!skewed)
        return;
    // Zipf-like weights 1 / (rank + 8): the first surname (Smith) about 30 times as common as the
    // last, about as British surname frequencies fall over the first few hundred names.
    double total = 0;
    for (qsizetype i = 0; i < NameCatalogue::surnames().size(); ++i) {
        total += 1.0 / double(i + 8);
        m_surnameCumulative << total;
    }
}

QList<qint32> Population::prolificsIn(int town) const
{
    QList<qint32> out;
    for (qint32 p : m_prolifics)
        if (m_persons.at(p).homeTown == town)
            out << p;
    return out;
}

qint32 Population::opportunist(int town, DemoRandom &rng)
{
    if (!m_repeatCandidates.isEmpty() && rng.chance(0.15)) {
        const int i = rng.range(0, int(m_repeatCandidates.size()) - 1);
        const qint32 p = m_repeatCandidates.at(i);
        m_repeatCandidates[i] = m_repeatCandidates.last();
        m_repeatCandidates.removeLast();
        return p;
    }
    const qint32 p = addPerson(OffenderKind::Opportunistic, town, rng);
    if (rng.chance(0.35)) {
        // Bounded so that a million-incident run does not keep every opportunist around.
        if (m_repeatCandidates.size() >= 4096)
            m_repeatCandidates[rng.range(0, 4095)] = p;
        else
            m_repeatCandidates << p;
    }
    if (rng.chance(0.04))
        addVehicle(-1, p, rng);
    return p;
}

qint32 Population::addPerson(OffenderKind kind, int homeTown, DemoRandom &rng)
{
    DemoPerson p;
    p.kind = kind;
    p.homeTown = qint16(homeTown);
    // Shop theft offenders are mostly male; organised crews even more so.
    const double female = kind == OffenderKind::Organised ? 0.2 : 0.35;
    const int femaleCount = int(NameCatalogue::femaleForenames().size());
    p.forename = rng.chance(female)
                     ? rng.range(0, femaleCount - 1)
                     : femaleCount + rng.range(0, int(NameCatalogue::maleForenames().size()) - 1);
    p.surname = m_surnameCumulative.isEmpty()
                    ? rng.range(0, int(NameCatalogue::surnames().size()) - 1)
                    : rng.pickCumulative(m_surnameCumulative, int(m_surnameCumulative.size()));
    switch (kind) {
    case OffenderKind::Opportunistic:
        p.dob = dobForAge(29, 10, 16, 75, rng);
        break;
    case OffenderKind::Prolific:
        p.dob = dobForAge(33, 8, 18, 62, rng);
        break;
    case OffenderKind::Organised:
        p.dob = dobForAge(30, 7, 18, 55, rng);
        break;
    case OffenderKind::Associate:
        p.dob = dobForAge(35, 12, 16, 75, rng);
        break;
    }
    m_persons << p;
    return qint32(m_persons.size() - 1);
}

QString Population::newVrm(DemoRandom &rng)
{
    for (;;) {
        QString vrm = QString::fromLatin1(kMemoryTags[rng.below(std::size(kMemoryTags))]);
        // Age identifier: March plates carry the year (08..24), September plates year + 50.
        const int year = rng.range(8, 24);
        const int age = rng.chance(0.5) ? year : year + 50;
        vrm += QString::number(age).rightJustified(2, QLatin1Char('0'));
        vrm += QLatin1Char(' ');
        for (int i = 0; i < 3; ++i)
            vrm += QLatin1Char(kPlateLetters[rng.below(sizeof(kPlateLetters) - 1)]);
        if (!m_usedVrms.contains(vrm)) {
            m_usedVrms.insert(vrm);
            return vrm;
        }
    }
}

qint32 Population::addVehicle(qint32 group, qint32 keeper, DemoRandom &rng)
{
    DemoVehicle v;
    v.vrm = newVrm(rng);
    v.make = qint16(rng.below(std::size(kMakes)));
    v.colour = qint16(rng.below(std::size(kColours)));
    v.group = group;
    v.keeper = keeper;
    m_vehicles << v;
    const qint32 index = qint32(m_vehicles.size() - 1);
    if (keeper >= 0 && m_persons.at(keeper).vehicle < 0)
        m_persons[keeper].vehicle = index;
    return index;
}

void Population::giveNominalRecord(qint32 person, DemoRandom &rng)
{
    DemoPerson &p = m_persons[person];
    if (p.pncSerial > 0)
        return;
    // First record some time after the 16th birthday, not later than 2024.
    const int born = QDate::fromJulianDay(p.dob).year();
    const int first = std::min(2024, born + 16 + rng.range(0, 12));
    for (;;) {
        const qint32 serial = qint32(rng.range(10000, 999999));
        const qint64 key = qint64(first % 100) * 10000000 + serial;
        if (!m_usedPnc.contains(key)) {
            m_usedPnc.insert(key);
            p.pncYear = qint8(first % 100);
            p.pncSerial = serial;
            break;
        }
    }
    m_nominals << person;
    m_associates << std::array<qint32, 3>{-1, -1, -1};
}

QString Population::pncId(qint32 person) const
{
    const DemoPerson &p = m_persons.at(person);
    // Check character as the PNC id is usually described: (yy * 10^7 + serial) mod 23 indexes
    // a 23-letter alphabet without I, O and S.
    static const char kCheck[] = "ZABCDEFGHJKLMNPQRTUVWXY";
    const qint64 value = qint64(p.pncYear) * 10000000 + p.pncSerial;
    return QStringLiteral("%1/%2%3")
        .arg(int(p.pncYear), 2, 10, QLatin1Char('0'))
        .arg(p.pncSerial)
        .arg(QLatin1Char(kCheck[value % 23]));
}

void Population::chooseNominals(DemoRandom &rng)
{
    // Organised offenders and prolific ones are mostly known to the police; opportunists
    // seldom. Only people who offended get a record (plus their associates, below).
    const int offenders = int(m_persons.size());
    for (qint32 i = 0; i < offenders; ++i) {
        const DemoPerson &p = m_persons.at(i);
        double share = 0.0;
        switch (p.kind) {
        case OffenderKind::Organised:
            share = 0.7;
            break;
        case OffenderKind::Prolific:
            share = 0.8;
            break;
        case OffenderKind::Opportunistic:
            share = p.incidents > 1 ? 0.3 : 0.08;
            break;
        case OffenderKind::Associate:
            share = 0;
            break;
        }
        if (p.incidents > 0 && rng.chance(share))
            giveNominalRecord(i, rng);
    }

    const int known = int(m_nominals.size());
    for (int n = 0; n < known; ++n) {
        const qint32 person = m_nominals.at(n);
        QList<qint32> links;
        const DemoPerson p = m_persons.at(person);
        if (p.group >= 0) {
            // Fellow members the police also know, up to three.
            for (qint32 m : m_groups.at(p.group).members)
                if (m != person && m_persons.at(m).pncSerial > 0 && links.size() < 3 && rng.chance(0.8))
                    links << m;
        } else {
            // Family and friends who never appear in the retail data: new people.
            const int extra = p.kind == OffenderKind::Prolific ? rng.range(1, 2) : (rng.chance(0.3) ? 1 : 0);
            for (int e = 0; e < extra; ++e) {
                const qint32 a = addPerson(OffenderKind::Associate, p.homeTown, rng);
                giveNominalRecord(a, rng);
                links << a;
            }
        }
        for (int k = 0; k < links.size(); ++k)
            m_associates[n][k] = links.at(k);
    }
}

} // namespace fc
