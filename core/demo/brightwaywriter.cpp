#include "demo/brightwaywriter.h"

#include "demo/demorandom.h"
#include "demo/groundtruth.h"
#include "demo/incidentplanner.h"
#include "demo/placecatalogue.h"
#include "demo/population.h"
#include "demo/retailnetwork.h"
#include "demo/spellingnoise.h"

#include <QJsonArray>

namespace fc {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
const QString kDobFormat = QStringLiteral("yyyy-MM-dd");
// Share of offenders written without a date of birth under hard noise.
const double kMissingDob = 0.2;
const char *const kOffences[IncidentPlanner::OffenceCount] = {"Shoplifting",
                                                              "Robbery",
                                                              nullptr,
                                                              "Damage to property",
                                                              "Staff assault",
                                                              "Anti-social behaviour",
                                                              "Threatening behaviour",
                                                              "Prescription fraud",
                                                              "Other incident"};

} // namespace

std::unique_ptr<ExportFile> BrightwayWriter::createFile() const
{
    return std::make_unique<ExportFile>(TextEncoder::Windows1252, QLatin1Char(';'), QStringLiteral("\r\n"));
}

void BrightwayWriter::writeHeader()
{
    m_file->writeRecord(
        {QStringLiteral("Incident Number"), QStringLiteral("Reported"), QStringLiteral("Branch Code"),
         QStringLiteral("Branch"), QStringLiteral("Branch Postcode"), QStringLiteral("Town"),
         QStringLiteral("Incident Type"), QStringLiteral("Items"), QStringLiteral("Loss (£)"),
         QStringLiteral("Violence Used"), QStringLiteral("Offender Name"), QStringLiteral("Offender DOB"),
         QStringLiteral("Vehicle"), QStringLiteral("Description")});
}

void BrightwayWriter::writeIncident(const DemoIncident &incident)
{
    const DemoStore &store = m_context.network->stores().at(incident.store);
    QStringList common;
    common << QStringLiteral("BW-%1").arg(++m_sequence, 6, 10, QLatin1Char('0'))
           << formatDate(incident.date, incident.minuteOfDay, incident.second, kDateFormat) << store.key
           << store.name << store.postcode << PlaceCatalogue::towns().at(store.town).name
           << QString::fromLatin1(kOffences[incident.offence]) << incident.goods
           << europeanMoney(incident.valuePence)
           << (incident.violence ? QStringLiteral("Yes") : QStringLiteral("No"));

    // The vehicle belongs to the incident, so every offender row repeats the same text.
    QString vrm;
    SpellingNoise::NoiseSet vrmNoise = 0;
    if (incident.vehicle >= 0)
        vrm = m_context.noise->vrm(m_context.population->vehicles().at(incident.vehicle).vrm,
                                   SpellingNoise::Compact, &vrmNoise);
    QString description = incident.narrative;
    if (incident.valuePence > 0)
        description += QStringLiteral(" Loss approx £%1.").arg(incident.valuePence / 100);

    const int rows = std::max(1, int(incident.offenders.size()));
    for (int i = 0; i < rows; ++i) {
        const qint64 row = m_file->recordCount() + 1;
        QStringList fields = common;
        if (i < incident.offenders.size()) {
            const qint32 p = incident.offenders.at(i);
            const SpellingNoise::PersonText text =
                m_context.noise->person(m_context.population->persons().at(p), SpellingNoise::SurnameFirst,
                                        kMissingDob);
            fields << text.fullName
                   << (text.dob.isValid() ? formatDate(text.dob, 0, 0, kDobFormat) : QString());
            m_context.truth->personMention(p, m_fileIndex, row, QStringLiteral("offender"), text.noise);
        } else {
            fields << QString() << QString();
        }
        fields << vrm << description;
        if (incident.vehicle >= 0)
            m_context.truth->vehicleMention(incident.vehicle, m_fileIndex, row, QStringLiteral("vehicle"),
                                            vrmNoise);
        m_file->writeRecord(fields);
    }
}

QJsonObject BrightwayWriter::spec() const
{
    QJsonObject spec =
        specHead(QStringLiteral("Brightway Pharmacy incident export"),
                 QStringLiteral("Branch incident log, one row per offender (the incident number "
                                "repeats), Windows-1252 (FusionCell demo data)."),
                 RetailNetwork::retailerName(BrightwayPharmacy), QStringLiteral("retailer"),
                 QJsonObject{{QStringLiteral("format"), QStringLiteral("csv")},
                             {QStringLiteral("delimiter"), QStringLiteral(";")},
                             {QStringLiteral("encoding"), QStringLiteral("windows-1252")},
                             {QStringLiteral("header_row"), 1},
                             {QStringLiteral("date_format"), kDateFormat},
                             {QStringLiteral("money_format"), QStringLiteral("european")}});
    spec.insert(QStringLiteral("grading"),
                gradingSpec(QStringLiteral("2"), QStringLiteral("B"), QStringLiteral("P")));
    spec.insert(QStringLiteral("record_key"), QStringLiteral("Incident Number"));
    const QJsonObject incident{{QStringLiteral("occurred_at"), QStringLiteral("Reported")},
                               {QStringLiteral("offence"), QStringLiteral("Incident Type")},
                               {QStringLiteral("goods"), QStringLiteral("Items")},
                               {QStringLiteral("value_gbp"), QStringLiteral("Loss (£)")},
                               {QStringLiteral("violence"), QStringLiteral("Violence Used")},
                               {QStringLiteral("narrative"), QStringLiteral("Description")}};
    const QJsonObject store{{QStringLiteral("name"), QStringLiteral("Branch")},
                            {QStringLiteral("postcode"), QStringLiteral("Branch Postcode")},
                            {QStringLiteral("town"), QStringLiteral("Town")}};
    const QJsonObject offender{{QStringLiteral("full_name"), QStringLiteral("Offender Name")},
                               {QStringLiteral("dob"), QStringLiteral("Offender DOB")}};
    spec.insert(QStringLiteral("entities"),
                QJsonObject{{QStringLiteral("incident"), entitySpec(QStringLiteral("incident"), incident,
                                                                    QStringLiteral("Incident Number"))},
                            {QStringLiteral("store"),
                             entitySpec(QStringLiteral("location"), store, QStringLiteral("Branch Code"),
                                        QStringLiteral("store"))},
                            {QStringLiteral("offender"), entitySpec(QStringLiteral("person"), offender)},
                            {QStringLiteral("vehicle"),
                             entitySpec(QStringLiteral("vehicle"),
                                        QJsonObject{{QStringLiteral("vrm"), QStringLiteral("Vehicle")}})}});
    spec.insert(
        QStringLiteral("links"),
        QJsonArray{
            linkSpec(QStringLiteral("occurred_at"), QStringLiteral("incident"), QStringLiteral("store")),
            linkSpec(QStringLiteral("offender_in"), QStringLiteral("offender"), QStringLiteral("incident")),
            linkSpec(QStringLiteral("used_vehicle"), QStringLiteral("incident"), QStringLiteral("vehicle"))});
    spec.insert(QStringLiteral("values"),
                QJsonObject{{QStringLiteral("Incident Type"), offenceValues(kOffences)},
                            {QStringLiteral("Violence Used"),
                             QJsonObject{{QStringLiteral("Yes"), QStringLiteral("yes")},
                                         {QStringLiteral("No"), QStringLiteral("no")}}}});
    return spec;
}

} // namespace fc
