#include "demo/northgatewriter.h"

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

const QString kDateFormat = QStringLiteral("dd/MM/yyyy HH:mm");
const QString kDobFormat = QStringLiteral("dd/MM/yyyy");
// Share of suspects written without a date of birth under hard noise: the food stores' form
// asks for one, and staff fill it from a card or the police as often as not.
const double kMissingDob = 0.12;
const char *const kOffences[IncidentPlanner::OffenceCount] = {
    "Theft from shop",    "Robbery",      nullptr, "Criminal damage", "Assault on staff", "Abusive behaviour",
    "Theft with threats", "Refund fraud", "Other"};

} // namespace

std::unique_ptr<ExportFile> NorthgateWriter::createFile() const
{
    return std::make_unique<ExportFile>(TextEncoder::Utf8Bom, QLatin1Char(','), QStringLiteral("\n"));
}

void NorthgateWriter::writeHeader()
{
    m_file->writeRecord(
        {QStringLiteral("Incident Ref"), QStringLiteral("Date/Time"), QStringLiteral("Store No"),
         QStringLiteral("Store Name"), QStringLiteral("Store Postcode"), QStringLiteral("Town"),
         QStringLiteral("Offence"), QStringLiteral("Goods"), QStringLiteral("Loss Value"),
         QStringLiteral("Violence"), QStringLiteral("Suspect 1"), QStringLiteral("Suspect 1 DOB"),
         QStringLiteral("Suspect 2"), QStringLiteral("Suspect 2 DOB"), QStringLiteral("Vehicle Reg"),
         QStringLiteral("Vehicle Make"), QStringLiteral("Vehicle Colour"), QStringLiteral("Details")});
}

void NorthgateWriter::writeIncident(const DemoIncident &incident)
{
    const qint64 row = m_file->recordCount() + 1;
    const DemoStore &store = m_context.network->stores().at(incident.store);
    QStringList fields;
    fields << QStringLiteral("NF%1").arg(++m_sequence, 7, 10, QLatin1Char('0'))
           << formatDate(incident.date, incident.minuteOfDay, 0, kDateFormat) << store.key << store.name
           << store.postcode << PlaceCatalogue::towns().at(store.town).name
           << QString::fromLatin1(kOffences[incident.offence]) << incident.goods
           << ukMoney(incident.valuePence)
           << (incident.violence ? QStringLiteral("Yes") : QStringLiteral("No"));
    // Only two suspects fit the form; a third or fourth is only in the narrative's count.
    for (int s = 0; s < 2; ++s) {
        if (s < incident.offenders.size()) {
            const qint32 p = incident.offenders.at(s);
            const SpellingNoise::PersonText text =
                m_context.noise->person(m_context.population->persons().at(p), SpellingNoise::Forward,
                                        kMissingDob);
            fields << text.fullName
                   << (text.dob.isValid() ? formatDate(text.dob, 0, 0, kDobFormat) : QString());
            m_context.truth->personMention(p, m_fileIndex, row, QStringLiteral("suspect%1").arg(s + 1),
                                           text.noise);
        } else {
            fields << QString() << QString();
        }
    }
    if (incident.vehicle >= 0) {
        const DemoVehicle &v = m_context.population->vehicles().at(incident.vehicle);
        SpellingNoise::NoiseSet noise = 0;
        fields << m_context.noise->vrm(v.vrm, SpellingNoise::Spaced, &noise) << Population::makeName(v.make)
               << Population::colourName(v.colour);
        m_context.truth->vehicleMention(incident.vehicle, m_fileIndex, row, QStringLiteral("vehicle"), noise);
    } else {
        fields << QString() << QString() << QString();
    }
    QString details = incident.narrative;
    if (m_context.rng->chance(0.04))
        details += QStringLiteral("\nCCTV retained, ref CC%1.").arg(m_context.rng->range(10000, 99999));
    else if (m_context.rng->chance(0.02))
        details += QStringLiteral("\nPolice informed, log %1.").arg(m_context.rng->range(1000, 9999));
    fields << details;
    m_file->writeRecord(fields);
}

QJsonObject NorthgateWriter::spec() const
{
    QJsonObject spec =
        specHead(QStringLiteral("Northgate Foods incident export"),
                 QStringLiteral("Loss prevention export, one row per incident, up to two suspects "
                                "(FusionCell demo data)."),
                 RetailNetwork::retailerName(NorthgateFoods), QStringLiteral("retailer"),
                 QJsonObject{{QStringLiteral("format"), QStringLiteral("csv")},
                             {QStringLiteral("delimiter"), QStringLiteral(",")},
                             {QStringLiteral("encoding"), QStringLiteral("utf-8")},
                             {QStringLiteral("header_row"), 1},
                             {QStringLiteral("date_format"), kDateFormat},
                             {QStringLiteral("money_format"), QStringLiteral("uk")}});
    spec.insert(QStringLiteral("grading"),
                gradingSpec(QStringLiteral("2"), QStringLiteral("B"), QStringLiteral("P")));
    spec.insert(QStringLiteral("record_key"), QStringLiteral("Incident Ref"));
    const QJsonObject incident{{QStringLiteral("occurred_at"), QStringLiteral("Date/Time")},
                               {QStringLiteral("offence"), QStringLiteral("Offence")},
                               {QStringLiteral("goods"), QStringLiteral("Goods")},
                               {QStringLiteral("value_gbp"), QStringLiteral("Loss Value")},
                               {QStringLiteral("violence"), QStringLiteral("Violence")},
                               {QStringLiteral("narrative"), QStringLiteral("Details")}};
    const QJsonObject store{{QStringLiteral("name"), QStringLiteral("Store Name")},
                            {QStringLiteral("postcode"), QStringLiteral("Store Postcode")},
                            {QStringLiteral("town"), QStringLiteral("Town")}};
    const QJsonObject vehicle{{QStringLiteral("vrm"), QStringLiteral("Vehicle Reg")},
                              {QStringLiteral("make"), QStringLiteral("Vehicle Make")},
                              {QStringLiteral("colour"), QStringLiteral("Vehicle Colour")}};
    QJsonObject entities{
        {QStringLiteral("incident"),
         entitySpec(QStringLiteral("incident"), incident, QStringLiteral("Incident Ref"))},
        {QStringLiteral("store"),
         entitySpec(QStringLiteral("location"), store, QStringLiteral("Store No"), QStringLiteral("store"))},
        {QStringLiteral("vehicle"), entitySpec(QStringLiteral("vehicle"), vehicle)}};
    for (int s = 1; s <= 2; ++s)
        entities.insert(
            QStringLiteral("suspect%1").arg(s),
            entitySpec(QStringLiteral("person"),
                       QJsonObject{{QStringLiteral("full_name"), QStringLiteral("Suspect %1").arg(s)},
                                   {QStringLiteral("dob"), QStringLiteral("Suspect %1 DOB").arg(s)}}));
    spec.insert(QStringLiteral("entities"), entities);
    spec.insert(
        QStringLiteral("links"),
        QJsonArray{
            linkSpec(QStringLiteral("occurred_at"), QStringLiteral("incident"), QStringLiteral("store")),
            linkSpec(QStringLiteral("suspect_in"), QStringLiteral("suspect1"), QStringLiteral("incident")),
            linkSpec(QStringLiteral("suspect_in"), QStringLiteral("suspect2"), QStringLiteral("incident")),
            linkSpec(QStringLiteral("co_offender"), QStringLiteral("suspect1"), QStringLiteral("suspect2")),
            linkSpec(QStringLiteral("used_vehicle"), QStringLiteral("incident"), QStringLiteral("vehicle"))});
    spec.insert(
        QStringLiteral("values"),
        QJsonObject{{QStringLiteral("Offence"), offenceValues(kOffences)},
                    {QStringLiteral("Violence"), QJsonObject{{QStringLiteral("Yes"), QStringLiteral("yes")},
                                                             {QStringLiteral("No"), QStringLiteral("no")}}}});
    return spec;
}

} // namespace fc
