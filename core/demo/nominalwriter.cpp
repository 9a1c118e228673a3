#include "demo/nominalwriter.h"

#include "demo/demorandom.h"
#include "demo/groundtruth.h"
#include "demo/namecatalogue.h"
#include "demo/placecatalogue.h"
#include "demo/population.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace fc {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
const char *const kConditions[] = {
    "Not to be disseminated outside the force without the originator's consent",
    "Do not disclose to the subject or to retail partners",
    "Police use only; sanitise before sharing with retailers",
};

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

std::unique_ptr<ExportFile> NominalWriter::createFile() const
{
    return std::make_unique<ExportFile>(TextEncoder::Utf8, QChar(), QStringLiteral("\n"));
}

bool NominalWriter::finish(QString *error)
{
    const Population &population = *m_context.population;
    DemoRandom &rng = *m_context.rng;
    const QList<DemoPerson> &persons = population.persons();

    QHash<qint32, QList<qint32>> kept; // person -> vehicles they are the registered keeper of
    for (qint32 v = 0; v < population.vehicles().size(); ++v)
        if (population.vehicles().at(v).keeper >= 0)
            kept[population.vehicles().at(v).keeper] << v;

    const QList<qint32> &nominals = population.nominals();
    for (int n = 0; n < nominals.size(); ++n) {
        const qint64 row = m_file->recordCount() + 1;
        const qint32 p = nominals.at(n);
        const DemoPerson &person = persons.at(p);
        QJsonObject o;
        o.insert(key("pnc_id"), population.pncId(p));
        o.insert(key("surname"), NameCatalogue::surnames().at(person.surname).toUpper());
        o.insert(key("forenames"), NameCatalogue::forename(person.forename));
        o.insert(key("dob"), QDate::fromJulianDay(person.dob).toString(Qt::ISODate));
        o.insert(key("home_town"), PlaceCatalogue::towns().at(person.homeTown).name);
        o.insert(key("home_postcode"), PlaceCatalogue::postcode(person.homeTown, rng));
        m_context.truth->personMention(p, m_fileIndex, row, QStringLiteral("nominal"), SpellingNoise::None);

        const QList<qint32> cars = kept.value(p);
        for (int k = 0; k < 3; ++k) {
            const QString column = QStringLiteral("vehicle_%1").arg(k + 1);
            if (k < cars.size()) {
                o.insert(column, population.vehicles().at(cars.at(k)).vrm);
                m_context.truth->vehicleMention(cars.at(k), m_fileIndex, row, QStringLiteral("vehicle%1").arg(k + 1),
                                                SpellingNoise::None);
            } else {
                o.insert(column, QString());
            }
        }

        const std::array<qint32, 3> &associates = population.associatesOf(n);
        for (int k = 0; k < 3; ++k) {
            const QString prefix = QStringLiteral("associate_%1_").arg(k + 1);
            const qint32 a = associates[k];
            if (a >= 0) {
                const DemoPerson &other = persons.at(a);
                o.insert(prefix + key("pnc"), population.pncId(a));
                o.insert(prefix + key("name"), NameCatalogue::forename(other.forename) + QLatin1Char(' ')
                                                   + NameCatalogue::surnames().at(other.surname).toUpper());
                o.insert(prefix + key("since"),
                         QDate(2010 + rng.range(0, 15), rng.range(1, 12), rng.range(1, 28)).toString(kDateFormat));
                m_context.truth->personMention(a, m_fileIndex, row, QStringLiteral("associate%1").arg(k + 1),
                                               SpellingNoise::None);
            } else {
                o.insert(prefix + key("pnc"), QString());
                o.insert(prefix + key("name"), QString());
                o.insert(prefix + key("since"), QString());
            }
        }

        // Records first made before 2010 sometimes still carry only their old 5x5x5 grade.
        const bool legacy = person.pncYear >= 90 || (person.pncYear < 10 && rng.chance(0.4));
        QString source, intelligence, handling, conditions, lSource, lIntel, lHandling;
        if (legacy) {
            static const char *const kLegacySource[] = {"A", "B", "B", "C"};
            static const char *const kLegacyIntel[] = {"1", "2", "2", "3"};
            static const char *const kLegacyHandling[] = {"1", "1", "3", "4"};
            lSource = QLatin1String(kLegacySource[rng.below(4)]);
            lIntel = QLatin1String(kLegacyIntel[rng.below(4)]);
            lHandling = QLatin1String(kLegacyHandling[rng.below(4)]);
        } else {
            static const double kGradeWeights[] = {40, 45, 5, 5, 5};
            static const char *const kGrades[] = {"1A", "2B", "2C", "3B", "1B"};
            const QString grade = QLatin1String(kGrades[rng.weighted(kGradeWeights)]);
            source = grade.left(1);
            intelligence = grade.mid(1);
            const bool conditional = rng.chance(0.15);
            handling = conditional ? QStringLiteral("C") : QStringLiteral("P");
            if (conditional)
                conditions = QLatin1String(kConditions[rng.below(3)]);
        }
        o.insert(key("source_eval"), source);
        o.insert(key("intel_eval"), intelligence);
        o.insert(key("handling_code"), handling);
        o.insert(key("handling_conditions"), conditions);
        o.insert(key("legacy_source"), lSource);
        o.insert(key("legacy_intel"), lIntel);
        o.insert(key("legacy_handling"), lHandling);
        m_file->writeLine(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    return ExportWriter::finish(error);
}

QJsonObject NominalWriter::spec() const
{
    QJsonObject spec = specHead(QStringLiteral("Greater Manchester Police nominal export"),
                                QStringLiteral("Nominal records with vehicles kept and known associates, graded "
                                               "per record (FusionCell demo data)."),
                                organisation(), QStringLiteral("police"),
                                QJsonObject{{QStringLiteral("format"), QStringLiteral("jsonl")},
                                            {QStringLiteral("encoding"), QStringLiteral("utf-8")},
                                            {QStringLiteral("date_format"), kDateFormat},
                                            {QStringLiteral("money_format"), QStringLiteral("uk")}});
    auto column = [](const char *name) { return QJsonObject{{QStringLiteral("column"), QLatin1String(name)}}; };
    spec.insert(QStringLiteral("grading"),
                QJsonObject{{QStringLiteral("source"), column("source_eval")},
                            {QStringLiteral("intelligence"), column("intel_eval")},
                            {QStringLiteral("handling"), column("handling_code")},
                            {QStringLiteral("conditions"), column("handling_conditions")},
                            {QStringLiteral("legacy"), QJsonObject{{QStringLiteral("source"), column("legacy_source")},
                                                                   {QStringLiteral("intelligence"), column("legacy_intel")},
                                                                   {QStringLiteral("handling"), column("legacy_handling")}}}});
    spec.insert(QStringLiteral("record_key"), QStringLiteral("pnc_id"));
    QJsonObject entities{
        {QStringLiteral("nominal"),
         entitySpec(QStringLiteral("person"),
                    QJsonObject{{QStringLiteral("pnc_id"), QStringLiteral("pnc_id")},
                                {QStringLiteral("surname"), QStringLiteral("surname")},
                                {QStringLiteral("forenames"), QStringLiteral("forenames")},
                                {QStringLiteral("dob"), QStringLiteral("dob")}},
                    QStringLiteral("pnc_id"))},
        {QStringLiteral("home"),
         entitySpec(QStringLiteral("location"),
                    QJsonObject{{QStringLiteral("postcode"), QStringLiteral("home_postcode")},
                                {QStringLiteral("town"), QStringLiteral("home_town")}},
                    QStringLiteral("home_postcode"), QStringLiteral("home"))}};
    QJsonArray links{linkSpec(QStringLiteral("lives_at"), QStringLiteral("nominal"), QStringLiteral("home"))};
    for (int k = 1; k <= 3; ++k) {
        const QString vehicle = QStringLiteral("vehicle%1").arg(k);
        const QString associate = QStringLiteral("associate%1").arg(k);
        const QString prefix = QStringLiteral("associate_%1_").arg(k);
        entities.insert(vehicle, entitySpec(QStringLiteral("vehicle"),
                                            QJsonObject{{QStringLiteral("vrm"), QStringLiteral("vehicle_%1").arg(k)}}));
        entities.insert(associate,
                        entitySpec(QStringLiteral("person"),
                                   QJsonObject{{QStringLiteral("pnc_id"), prefix + QStringLiteral("pnc")},
                                               {QStringLiteral("full_name"), prefix + QStringLiteral("name")}},
                                   prefix + QStringLiteral("pnc")));
        links.append(linkSpec(QStringLiteral("registered_keeper"), QStringLiteral("nominal"), vehicle));
        links.append(linkSpec(QStringLiteral("associate"), QStringLiteral("nominal"), associate,
                              prefix + QStringLiteral("since")));
    }
    spec.insert(QStringLiteral("entities"), entities);
    spec.insert(QStringLiteral("links"), links);
    return spec;
}

} // namespace fc
