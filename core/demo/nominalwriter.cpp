#include "demo/nominalwriter.h"

#include "demo/demorandom.h"
#include "demo/groundtruth.h"
#include "demo/jsonline.h"
#include "demo/namecatalogue.h"
#include "demo/placecatalogue.h"
#include "demo/population.h"

#include <QHash>
#include <QJsonArray>

namespace fc {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
const char *const kConditions[] = {
    "Not to be disseminated outside the force without the originator's consent",
    "Do not disclose to the subject or to retail partners",
    "Police use only; sanitise before sharing with retailers",
};

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

    static const char *const kVehicleKeys[3] = {"vehicle_1", "vehicle_2", "vehicle_3"};
    static const char *const kAssociateKeys[3][3] = {
        {"associate_1_pnc", "associate_1_name", "associate_1_since"},
        {"associate_2_pnc", "associate_2_name", "associate_2_since"},
        {"associate_3_pnc", "associate_3_name", "associate_3_since"}};
    const QList<qint32> &nominals = population.nominals();
    JsonLine line;
    for (int n = 0; n < nominals.size(); ++n) {
        const qint64 row = m_file->recordCount() + 1;
        const qint32 p = nominals.at(n);
        const DemoPerson &person = persons.at(p);
        line.clear();
        line.add("pnc_id", population.pncId(p))
            .add("surname", NameCatalogue::surnames().at(person.surname).toUpper())
            .add("forenames", NameCatalogue::forename(person.forename))
            .add("dob", QDate::fromJulianDay(person.dob).toString(Qt::ISODate))
            .add("home_town", PlaceCatalogue::towns().at(person.homeTown).name)
            .add("home_postcode", PlaceCatalogue::postcode(person.homeTown, rng));
        m_context.truth->personMention(p, m_fileIndex, row, QStringLiteral("nominal"), SpellingNoise::None);

        const QList<qint32> cars = kept.value(p);
        for (int k = 0; k < 3; ++k) {
            if (k < cars.size()) {
                line.add(kVehicleKeys[k], population.vehicles().at(cars.at(k)).vrm);
                m_context.truth->vehicleMention(cars.at(k), m_fileIndex, row,
                                                QStringLiteral("vehicle%1").arg(k + 1), SpellingNoise::None);
            } else {
                line.add(kVehicleKeys[k], QString());
            }
        }

        const std::array<qint32, 3> &associates = population.associatesOf(n);
        for (int k = 0; k < 3; ++k) {
            const qint32 a = associates[k];
            if (a >= 0) {
                const DemoPerson &other = persons.at(a);
                // Drawn one by one: the order in which a compiler evaluates a call's arguments is
                // unspecified (GCC and Clang differ), and the demo must be the same whatever builds it.
                // Day, month, year is the order GCC used, in which the standard demo was pinned.
                const int day = rng.range(1, 28);
                const int month = rng.range(1, 12);
                const int year = 2010 + rng.range(0, 15);
                line.add(kAssociateKeys[k][0], population.pncId(a))
                    .add(kAssociateKeys[k][1], NameCatalogue::forename(other.forename) + QLatin1Char(' ') +
                                                   NameCatalogue::surnames().at(other.surname).toUpper())
                    .add(kAssociateKeys[k][2], QDate(year, month, day).toString(kDateFormat));
                m_context.truth->personMention(a, m_fileIndex, row, QStringLiteral("associate%1").arg(k + 1),
                                               SpellingNoise::None);
            } else {
                line.add(kAssociateKeys[k][0], QString())
                    .add(kAssociateKeys[k][1], QString())
                    .add(kAssociateKeys[k][2], QString());
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
        line.add("source_eval", source)
            .add("intel_eval", intelligence)
            .add("handling_code", handling)
            .add("handling_conditions", conditions)
            .add("legacy_source", lSource)
            .add("legacy_intel", lIntel)
            .add("legacy_handling", lHandling);
        m_file->writeLine(line.text());
    }
    return ExportWriter::finish(error);
}

QJsonObject NominalWriter::spec() const
{
    QJsonObject spec =
        specHead(QStringLiteral("Greater Manchester Police nominal export"),
                 QStringLiteral("Nominal records with vehicles kept and known associates, graded "
                                "per record (FusionCell demo data)."),
                 organisation(), QStringLiteral("police"),
                 QJsonObject{{QStringLiteral("format"), QStringLiteral("jsonl")},
                             {QStringLiteral("encoding"), QStringLiteral("utf-8")},
                             {QStringLiteral("date_format"), kDateFormat},
                             {QStringLiteral("money_format"), QStringLiteral("uk")}});
    auto column = [](const char *name) {
        return QJsonObject{{QStringLiteral("column"), QLatin1String(name)}};
    };
    spec.insert(QStringLiteral("grading"),
                QJsonObject{{QStringLiteral("source"), column("source_eval")},
                            {QStringLiteral("intelligence"), column("intel_eval")},
                            {QStringLiteral("handling"), column("handling_code")},
                            {QStringLiteral("conditions"), column("handling_conditions")},
                            {QStringLiteral("legacy"),
                             QJsonObject{{QStringLiteral("source"), column("legacy_source")},
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
        entities.insert(
            vehicle, entitySpec(QStringLiteral("vehicle"),
                                QJsonObject{{QStringLiteral("vrm"), QStringLiteral("vehicle_%1").arg(k)}}));
        entities.insert(
            associate, entitySpec(QStringLiteral("person"),
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
