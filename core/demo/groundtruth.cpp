#include "demo/groundtruth.h"

#include "demo/incidentplanner.h"
#include "demo/jsonline.h"
#include "demo/namecatalogue.h"
#include "demo/placecatalogue.h"
#include "demo/population.h"
#include "demo/retailnetwork.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>

namespace fc {

namespace {

void addIdOrNull(JsonLine *line, const char *key, qint32 index, QString (*id)(qint32))
{
    if (index >= 0)
        line->add(key, id(index));
    else
        line->addNull(key);
}

double rounded(double degrees)
{
    return std::round(degrees * 1e5) / 1e5;
}

// Writes "key": [ one compact object per line ] so that the file is both streamable and diffable.
class ArrayWriter
{
public:
    ArrayWriter(QFile *file, const char *key, bool first) : m_file(file)
    {
        m_file->write(first ? "\n  \"" : ",\n  \"");
        m_file->write(key);
        m_file->write("\": [");
    }
    void add(const QJsonObject &object)
    {
        add(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    }
    void add(const QString &json)
    {
        m_file->write(m_empty ? "\n    " : ",\n    ");
        m_file->write(json.toUtf8());
        m_empty = false;
    }
    ~ArrayWriter() { m_file->write(m_empty ? "]" : "\n  ]"); }

private:
    QFile *m_file;
    bool m_empty = true;
};

} // namespace

QString GroundTruth::personId(qint32 person)
{
    return QStringLiteral("P%1").arg(person + 1, 6, 10, QLatin1Char('0'));
}

QString GroundTruth::vehicleId(qint32 vehicle)
{
    return QStringLiteral("V%1").arg(vehicle + 1, 5, 10, QLatin1Char('0'));
}

QString GroundTruth::groupId(qint32 group)
{
    return QStringLiteral("G%1").arg(group + 1, 3, 10, QLatin1Char('0'));
}

int GroundTruth::addFile(const QString &relativePath)
{
    m_files << relativePath;
    return int(m_files.size() - 1);
}

quint8 GroundTruth::roleIndex(const QString &role)
{
    qsizetype i = m_roles.indexOf(role);
    if (i < 0) {
        m_roles << role;
        i = m_roles.size() - 1;
    }
    return quint8(i);
}

void GroundTruth::personMention(qint32 person, int file, qint64 row, const QString &role,
                                SpellingNoise::NoiseSet noise)
{
    m_personMentions.push_back({person, qint32(row), quint8(file), roleIndex(role), quint16(noise)});
}

void GroundTruth::vehicleMention(qint32 vehicle, int file, qint64 row, const QString &role,
                                 SpellingNoise::NoiseSet noise)
{
    m_vehicleMentions.push_back({vehicle, qint32(row), quint8(file), roleIndex(role), quint16(noise)});
}

QString GroundTruth::mentionsJson(const std::vector<Mention> &sorted, size_t *cursor, qint32 entity) const
{
    QString out = QStringLiteral("[");
    JsonLine line;
    for (; *cursor < sorted.size() && sorted[*cursor].entity == entity; ++*cursor) {
        const Mention &m = sorted[*cursor];
        line.clear();
        line.add("file", m_files.at(m.file)).add("row", m.row).add("role", m_roles.at(m.role));
        if (m.noise != 0)
            line.add("noise", SpellingNoise::noiseNames(m.noise));
        if (out.size() > 1)
            out += QLatin1Char(',');
        out += line.text();
    }
    return out + QLatin1Char(']');
}

bool GroundTruth::write(const QString &path, quint32 seed, int incidents, const QJsonObject &patterns,
                        const Population &population, const RetailNetwork &network, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QCoreApplication::translate("fc::DemoGenerator", "Cannot create the demo file %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    std::vector<Mention> persons = m_personMentions;
    std::vector<Mention> vehicles = m_vehicleMentions;
    std::sort(persons.begin(), persons.end());
    std::sort(vehicles.begin(), vehicles.end());

    file.write("{\n  \"seed\": " + QByteArray::number(seed) +
               ",\n  \"incidents\": " + QByteArray::number(incidents) +
               (m_level == DemoNoise::Hard ? QByteArray(",\n  \"noise_level\": \"hard\"") : QByteArray()) +
               ",\n  \"patterns\": " + QJsonDocument(patterns).toJson(QJsonDocument::Compact) + ',');
    const QList<DemoTown> &towns = PlaceCatalogue::towns();
    {
        ArrayWriter array(&file, "persons", true);
        size_t cursor = 0;
        const QList<DemoPerson> &people = population.persons();
        for (qint32 i = 0; i < people.size(); ++i) {
            const DemoPerson &p = people.at(i);
            JsonLine line;
            line.add("id", personId(i))
                .add("forenames", NameCatalogue::forename(p.forename))
                .add("surname", NameCatalogue::surnames().at(p.surname))
                .add("dob", QDate::fromJulianDay(p.dob).toString(Qt::ISODate))
                .add("kind", Population::kindName(p.kind));
            addIdOrNull(&line, "group", p.group, &groupId);
            line.add("home_town", towns.at(p.homeTown).name).add("incidents", p.incidents);
            if (p.pncSerial > 0)
                line.add("pnc_id", population.pncId(i));
            line.addRaw("mentions", mentionsJson(persons, &cursor, i));
            array.add(line.text());
        }
    }
    {
        ArrayWriter array(&file, "vehicles", false);
        size_t cursor = 0;
        const QList<DemoVehicle> &list = population.vehicles();
        for (qint32 i = 0; i < list.size(); ++i) {
            const DemoVehicle &v = list.at(i);
            JsonLine line;
            line.add("id", vehicleId(i))
                .add("vrm", v.vrm)
                .add("make", Population::makeName(v.make))
                .add("colour", Population::colourName(v.colour));
            addIdOrNull(&line, "group", v.group, &groupId);
            addIdOrNull(&line, "keeper", v.keeper, &personId);
            line.addRaw("mentions", mentionsJson(vehicles, &cursor, i));
            array.add(line.text());
        }
    }
    {
        ArrayWriter array(&file, "groups", false);
        const QList<DemoGroup> &groups = population.groups();
        for (qint32 i = 0; i < groups.size(); ++i) {
            const DemoGroup &g = groups.at(i);
            QJsonArray members, cars, places;
            for (qint32 m : g.members)
                members.append(personId(m));
            for (qint32 v : g.vehicles)
                cars.append(vehicleId(v));
            for (int t : g.towns)
                places.append(towns.at(t).name);
            array.add(
                QJsonObject{{QStringLiteral("id"), groupId(i)},
                            {QStringLiteral("members"), members},
                            {QStringLiteral("vehicles"), cars},
                            {QStringLiteral("towns"), places},
                            {QStringLiteral("active_from"),
                             m_firstDay.addDays(g.activeFromDay).toString(Qt::ISODate)}});
        }
    }
    {
        ArrayWriter array(&file, "stores", false);
        for (const DemoStore &s : network.stores())
            array.add(QJsonObject{{QStringLiteral("retailer"), RetailNetwork::retailerName(s.retailer)},
                                  {QStringLiteral("key"), s.key},
                                  {QStringLiteral("name"), s.name},
                                  {QStringLiteral("town"), towns.at(s.town).name},
                                  {QStringLiteral("local_authority"), towns.at(s.town).localAuthority},
                                  {QStringLiteral("postcode"), s.postcode},
                                  {QStringLiteral("lat"), rounded(s.lat)},
                                  {QStringLiteral("lon"), rounded(s.lon)}});
    }
    file.write("\n}\n");
    file.close();
    if (file.error() != QFileDevice::NoError) {
        *error = QCoreApplication::translate("fc::DemoGenerator", "Cannot write the demo file %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace fc
