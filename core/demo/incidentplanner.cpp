#include "demo/incidentplanner.h"

#include "demo/demorandom.h"
#include "demo/namecatalogue.h"
#include "demo/placecatalogue.h"
#include "demo/population.h"
#include "demo/retailnetwork.h"

#include <algorithm>
#include <cmath>

namespace fc {

namespace {

// Relative incident rate by month (January first): the Christmas peak and the February low seen
// in retail crime figures.
const double kMonthFactor[12] = {0.95, 0.78, 0.93, 0.95, 1.0, 0.97, 1.0, 1.02, 0.96, 1.02, 1.18, 1.32};
// Monday first: busier towards the weekend, quieter on Sunday (shorter opening).
const double kWeekdayFactor[7] = {0.95, 0.95, 1.0, 1.0, 1.1, 1.15, 0.85};
// Share of incidents by hour of day, 0-23, before opening hours cut it.
const double kHourWeight[24] = {0,   0,   0,   0,   0,   0,   0.2, 0.5, 0.8, 1.0, 1.2, 1.4,
                                1.7, 1.6, 1.5, 1.7, 2.0, 2.1, 1.8, 1.4, 1.0, 0.7, 0.4, 0.1};

const char *const kLowGoods[RetailerCount][6] = {
    {"Meat", "Cheese", "Coffee", "Confectionery", "Alcohol - wine", "Toiletries"},
    {"Cosmetics", "Toiletries", "Fragrance", "Vitamins", "Hair care", "Sun cream"},
    {"Hand tools", "Screws and fixings", "Paint", "Batteries", "Light bulbs", "Garden tools"},
};
const char *const kHighGoods[RetailerCount][5] = {
    {"Razor blades", "Baby formula", "Alcohol - spirits", "Meat - steaks", "Laundry capsules"},
    {"Fragrance", "Razor blades", "Baby formula", "Cosmetics", "Electric toothbrushes"},
    {"Power tools", "Cordless drill sets", "Electronics - smart doorbells", "Copper pipe",
     "Garden machinery"},
};

bool isFemale(qint32 forename)
{
    return forename < NameCatalogue::femaleForenames().size();
}

} // namespace

IncidentPlanner::IncidentPlanner(Population *population, const RetailNetwork *network, int hotspotTown,
                                 DemoRandom *rng, int months)
    : m_population(population), m_network(network), m_rng(rng), m_hotspotTown(hotspotTown), m_months(months)
{
    for (const DemoTown &t : PlaceCatalogue::towns())
        m_townWeights << t.population;

    const QList<DemoPerson> &persons = population->persons();
    double sum = 0;
    for (qint32 p : population->prolifics())
        m_prolificCumulative << (sum += persons.at(p).rate);
    m_hotspotProlifics = population->prolificsIn(hotspotTown);
    sum = 0;
    for (qint32 p : m_hotspotProlifics)
        m_hotspotProlificCumulative << (sum += persons.at(p).rate);

    const QList<DemoGroup> &groups = population->groups();
    for (int g = 0; g < groups.size(); ++g)
        m_groupsByStart << g;
    std::stable_sort(m_groupsByStart.begin(), m_groupsByStart.end(), [&groups](int a, int b) {
        return groups.at(a).activeFromDay < groups.at(b).activeFromDay;
    });
    sum = 0;
    for (int g : m_groupsByStart) {
        m_groupStartDays << groups.at(g).activeFromDay;
        m_groupCumulative << (sum += groups.at(g).rate);
    }
}

QString IncidentPlanner::offenceName(int offence)
{
    static const char *const kNames[OffenceCount] = {"shop_theft",      "robbery", "burglary",
                                                     "criminal_damage", "assault", "public_order",
                                                     "threats",         "fraud",   "other"};
    return QString::fromLatin1(kNames[offence]);
}

QList<int> IncidentPlanner::dailyCounts(int total, int months)
{
    const int days = dayCount(months);
    const double growth = std::log(1.15) / 365.25; // +15% a year
    QList<double> weights(days);
    double sum = 0;
    for (int d = 0; d < days; ++d) {
        const QDate date = firstDay(months).addDays(d);
        weights[d] =
            kMonthFactor[date.month() - 1] * kWeekdayFactor[date.dayOfWeek() - 1] * std::exp(growth * d);
        sum += weights[d];
    }
    // Largest remainder: the counts add up to the total exactly, the same way on every platform.
    QList<int> counts(days);
    QList<QPair<double, int>> remainders;
    int given = 0;
    for (int d = 0; d < days; ++d) {
        const double exact = total * weights[d] / sum;
        counts[d] = int(std::floor(exact));
        given += counts[d];
        remainders << qMakePair(exact - counts[d], d);
    }
    std::sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (int i = 0; given < total; ++i, ++given)
        ++counts[remainders.at(i % days).second];
    return counts;
}

int IncidentPlanner::townByPopulation()
{
    return m_rng->weighted(m_townWeights);
}

QList<DemoIncident> IncidentPlanner::planDay(int day, int count)
{
    const QDate date = firstDay(m_months).addDays(day);
    QList<DemoIncident> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out << planOne(date, day);
    std::stable_sort(out.begin(), out.end(), [](const DemoIncident &a, const DemoIncident &b) {
        return a.minuteOfDay < b.minuteOfDay;
    });
    return out;
}

DemoIncident IncidentPlanner::planOne(const QDate &date, int day)
{
    DemoIncident incident;
    incident.date = date;

    // The hot spot's share of all incidents rises from 3% to about 20% over the last six months.
    const int from = hotspotFromDay(m_months);
    const bool hotspot = day >= from && m_rng->chance(0.03 + 0.17 * (day - from) / double(dayCount(m_months) - from));
    Kind kind;
    if (hotspot) {
        static const double kHotspotKinds[] = {0.1, 0.2, 0.25, 0.45};
        kind = Kind(m_rng->weighted(kHotspotKinds));
    } else {
        static const double kKinds[] = {0.10, 0.46, 0.26,
                                        0.18}; // unknown, opportunistic, prolific, organised
        kind = Kind(m_rng->weighted(kKinds));
    }
    int town = hotspot ? m_hotspotTown : -1;
    chooseOffenders(kind, day, hotspot, &incident, &town);
    if (town < 0)
        town = townByPopulation();
    incident.store = m_network->pickStore(town, *m_rng);
    incident.retailer = m_network->stores().at(incident.store).retailer;
    describe(kind, &incident);

    const int open = RetailNetwork::opensAt(incident.retailer);
    const int close = RetailNetwork::closesAt(incident.retailer);
    if (incident.offence == Burglary) {
        // Out of hours: between midnight and five in the morning.
        incident.minuteOfDay = m_rng->range(0, 5 * 60 - 1);
    } else {
        QList<double> hours(24, 0.0);
        for (int h = 0; h < 24; ++h)
            if (h * 60 + 59 >= open && h * 60 < close)
                hours[h] = kHourWeight[h];
        const int hour = m_rng->weighted(hours);
        const int lo = std::max(open, hour * 60), hi = std::min(close - 1, hour * 60 + 59);
        incident.minuteOfDay = m_rng->range(lo, hi);
    }
    incident.second = m_rng->range(0, 59);
    incident.narrative = narrative(incident, kind);
    for (qint32 p : incident.offenders)
        ++m_population->person(p).incidents;
    return incident;
}

void IncidentPlanner::chooseOffenders(Kind kind, int day, bool hotspot, DemoIncident *incident, int *town)
{
    const QList<DemoPerson> &persons = m_population->persons();
    switch (kind) {
    case Kind::Unknown:
        // Now and then a known group's car is seen although nobody is identified.
        if (m_rng->chance(0.05) && !m_population->groups().isEmpty()) {
            const DemoGroup &g =
                m_population->groups().at(m_rng->range(0, int(m_population->groups().size()) - 1));
            incident->vehicle = g.vehicles.at(m_rng->range(0, int(g.vehicles.size()) - 1));
            if (*town < 0)
                *town = g.towns.at(m_rng->range(0, int(g.towns.size()) - 1));
        }
        return;
    case Kind::Opportunistic: {
        const int where = *town >= 0 ? *town : townByPopulation();
        const qint32 p = m_population->opportunist(where, *m_rng);
        incident->offenders << p;
        *town = hotspot ? where : persons.at(p).homeTown; // a returning opportunist offends at home
        if (m_rng->chance(0.15))
            incident->offenders << m_population->opportunist(*town, *m_rng);
        const qint32 v = m_population->persons().at(p).vehicle;
        if (v >= 0 && m_rng->chance(0.3))
            incident->vehicle = v;
        return;
    }
    case Kind::Prolific: {
        const bool local = hotspot && !m_hotspotProlifics.isEmpty();
        const QList<qint32> &pool = local ? m_hotspotProlifics : m_population->prolifics();
        const QList<double> &cumulative = local ? m_hotspotProlificCumulative : m_prolificCumulative;
        const qint32 p = pool.at(m_rng->pickCumulative(cumulative, int(cumulative.size())));
        incident->offenders << p;
        if (*town < 0) {
            const int home = persons.at(p).homeTown;
            *town = m_rng->chance(0.85) ? home : PlaceCatalogue::nearest(home).at(m_rng->range(0, 2));
        }
        const qint32 v = persons.at(p).vehicle;
        if (v >= 0 && m_rng->chance(0.3))
            incident->vehicle = v;
        return;
    }
    case Kind::Organised: {
        const QList<DemoGroup> &groups = m_population->groups();
        int g = -1;
        if (hotspot) {
            g = int(groups.size()) - 1; // the emerging crew
        } else {
            // Groups active by today are a prefix of m_groupsByStart (at least one starts on day 0).
            const int active = int(std::upper_bound(m_groupStartDays.begin(), m_groupStartDays.end(), day) -
                                   m_groupStartDays.begin());
            g = m_groupsByStart.at(m_rng->pickCumulative(m_groupCumulative, std::max(1, active)));
        }
        const DemoGroup &group = groups.at(g);
        const int wanted = std::min(int(group.members.size()), m_rng->range(2, 4));
        while (incident->offenders.size() < wanted) {
            const qint32 m = group.members.at(m_rng->range(0, int(group.members.size()) - 1));
            if (!incident->offenders.contains(m))
                incident->offenders << m;
        }
        if (*town < 0)
            *town = m_rng->chance(0.4) ? group.towns.first()
                                       : group.towns.at(m_rng->range(0, int(group.towns.size()) - 1));
        if (m_rng->chance(0.6))
            incident->vehicle = group.vehicles.at(m_rng->range(0, int(group.vehicles.size()) - 1));
        return;
    }
    }
}

void IncidentPlanner::describe(Kind kind, DemoIncident *incident)
{
    const int r = incident->retailer;
    double violence = 0.06;
    switch (kind) {
    case Kind::Unknown:
        violence = 0.06;
        break;
    case Kind::Opportunistic:
        violence = 0.05;
        break;
    case Kind::Prolific:
        violence = 0.09;
        break;
    case Kind::Organised:
        violence = 0.3;
        break;
    }
    incident->violence = m_rng->chance(violence);
    if (incident->violence) {
        static const double kViolent[] = {0.35, 0.35, 0.3}; // robbery, threats, assault
        static const int kViolentOffence[] = {Robbery, Threats, Assault};
        incident->offence = kViolentOffence[m_rng->weighted(kViolent)];
    } else {
        static const double kOther[] = {0.86, 0.03, 0.03, 0.04, 0.02, 0.02};
        static const int kOtherOffence[] = {ShopTheft, CriminalDamage, PublicOrder, Fraud, Burglary, Other};
        incident->offence = kOtherOffence[m_rng->weighted(kOther)];
        if (incident->offence == Burglary && r != CastleHomeDiy)
            incident->offence = ShopTheft; // only the DIY chain's yards are broken into
    }

    double pounds = 0;
    if (kind == Kind::Organised || incident->offence == Burglary) {
        // High-value goods, £300-£3,000, log-uniform.
        incident->goods = QString::fromLatin1(kHighGoods[r][m_rng->below(5)]);
        pounds = 300.0 * std::exp(m_rng->real() * std::log(10.0));
    } else {
        incident->goods = QString::fromLatin1(kLowGoods[r][m_rng->below(6)]);
        const double median = kind == Kind::Prolific ? 45 : (kind == Kind::Opportunistic ? 22 : 35);
        pounds = std::clamp(median * m_rng->logNormal(0, kind == Kind::Unknown ? 1.0 : 0.75), 1.5, 2500.0);
        if (r == CastleHomeDiy)
            pounds *= 1.5;
    }
    if (incident->offence == PublicOrder || incident->offence == CriminalDamage ||
        incident->offence == Other) {
        if (m_rng->chance(0.7)) {
            pounds = 0;
            incident->goods.clear();
        }
    }
    incident->valuePence = qint64(std::llround(pounds * 100));
}

QString IncidentPlanner::narrative(const DemoIncident &incident, Kind kind)
{
    const QList<DemoPerson> &persons = m_population->persons();
    QString who;
    const int n = int(incident.offenders.size());
    if (n == 0) {
        who = m_rng->chance(0.8) ? QStringLiteral("An unknown male") : QStringLiteral("An unknown female");
    } else {
        int females = 0;
        for (qint32 p : incident.offenders)
            females += isFemale(persons.at(p).forename) ? 1 : 0;
        static const char *const kCount[] = {"", "A", "Two", "Three", "Four"};
        const QString sex = females == n ? QStringLiteral("female")
                                         : (females == 0 ? QStringLiteral("male") : QStringLiteral("person"));
        const QString plural =
            females == n || females == 0 ? sex + QLatin1Char('s') : QStringLiteral("people");
        who = n == 1 ? QStringLiteral("A %1").arg(sex)
                     : QStringLiteral("%1 %2").arg(QString::fromLatin1(kCount[std::min(n, 4)]), plural);
    }
    const QString goods = incident.goods.isEmpty() ? QStringLiteral("items") : incident.goods.toLower();
    QString text;
    switch (incident.offence) {
    case ShopTheft: {
        static const char *const kTheft[] = {
            "%1 entered the store, selected %2 and left without paying.",
            "%1 concealed %2 in a bag, \"walked straight past the tills\", and left when challenged.",
            "%1 filled a basket with %2, then ran out through the entrance doors, heading towards the car "
            "park.",
            "%1 took %2 from the shelves, put them in a holdall and decamped on foot, not stopped.",
        };
        text = QString::fromLatin1(kTheft[m_rng->below(4)]).arg(who, goods);
        break;
    }
    case Robbery:
        text = QStringLiteral("%1 threatened staff at the till, took %2 from behind the counter and said "
                              "\"don't be a hero\".")
                   .arg(who, goods);
        break;
    case Burglary:
        text = QStringLiteral("Out of hours entry via the rear loading bay, alarm activated, %1 taken.")
                   .arg(goods);
        break;
    case CriminalDamage:
        text =
            QStringLiteral("%1 kicked the security gate, damaging it, after being refused entry.").arg(who);
        break;
    case Assault:
        text =
            QStringLiteral("%1 pushed a colleague who tried to stop them, colleague shaken, not badly hurt; "
                           "%2 taken.")
                .arg(who, goods);
        break;
    case PublicOrder:
        text =
            QStringLiteral("%1 was abusive and shouting at staff, refused to leave, police called.").arg(who);
        break;
    case Threats:
        text =
            QStringLiteral("When challenged about %1, %2 threatened staff: \"I'll be waiting for you after "
                           "work\".")
                .arg(goods, who.toLower());
        break;
    case Fraud:
        text = QStringLiteral(
                   "%1 tried to refund %2 without a receipt, items believed stolen from another branch.")
                   .arg(who, goods);
        break;
    default:
        text = QStringLiteral("%1 behaved suspiciously around the %2, staff kept watch, nothing taken.")
                   .arg(who, goods);
        break;
    }
    if (incident.vehicle >= 0) {
        const DemoVehicle &v = m_population->vehicles().at(incident.vehicle);
        text += QStringLiteral(" Left in a %1 %2.")
                    .arg(Population::colourName(v.colour).toLower(), Population::makeName(v.make));
    }
    if (kind == Kind::Organised && m_rng->chance(0.5))
        text += QStringLiteral(" Appeared to be working together, one acting as lookout.");
    return text;
}

} // namespace fc
