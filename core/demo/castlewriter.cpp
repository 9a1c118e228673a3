#include "demo/castlewriter.h"

#include "demo/groundtruth.h"
#include "demo/incidentplanner.h"
#include "demo/placecatalogue.h"
#include "demo/population.h"
#include "demo/retailnetwork.h"
#include "demo/spellingnoise.h"

#include <QJsonArray>

namespace fc {

namespace {

const QString kDateFormat = QStringLiteral("d MMM yyyy HH:mm");
const QString kDobFormat = QStringLiteral("d MMM yyyy");
// Share of offenders written without a date of birth under hard noise: the DIY stores' log has
// the column, but suspects are mostly described, not identified.
const double kMissingDob = 0.4;
const char *const kOffences[IncidentPlanner::OffenceCount] = {
    "THEFT",        "ROBBERY",        "BURGLARY (OUT OF HOURS)", "DAMAGE", "ASSAULT",
    "PUBLIC ORDER", "VERBAL THREATS", "RETURNS FRAUD",           "OTHER"};

} // namespace

std::unique_ptr<ExportFile> CastleWriter::createFile() const
{
    return std::make_unique<ExportFile>(TextEncoder::Utf16LeBom, QLatin1Char('\t'), QStringLiteral("\r\n"));
}

void CastleWriter::writeHeader()
{
    m_file->writeLine(QStringLiteral("Castle Home & DIY - Loss Prevention Incident Log (all stores)"));
    m_file->writeRecord({QStringLiteral("Case ID"), QStringLiteral("Incident Date"), QStringLiteral("Store"),
                         QStringLiteral("Store Name"), QStringLiteral("Postcode"),
                         QStringLiteral("Town/City"), QStringLiteral("Category"), QStringLiteral("Product"),
                         QStringLiteral("Loss Amount"), QStringLiteral("Violence"),
                         QStringLiteral("Forename"), QStringLiteral("Surname"), QStringLiteral("DOB"),
                         QStringLiteral("Forename 2"), QStringLiteral("Surname 2"), QStringLiteral("DOB 2"),
                         QStringLiteral("VRM"), QStringLiteral("Vehicle Description"),
                         QStringLiteral("Notes")});
}

void CastleWriter::writeIncident(const DemoIncident &incident)
{
    const qint64 row = m_file->recordCount() + 1;
    const DemoStore &store = m_context.network->stores().at(incident.store);
    QStringList fields;
    fields << QStringLiteral("CHD%1").arg(++m_sequence, 7, 10, QLatin1Char('0'))
           << formatDate(incident.date, incident.minuteOfDay, 0, kDateFormat) << store.key << store.name
           << store.postcode << PlaceCatalogue::towns().at(store.town).name.toUpper()
           << QString::fromLatin1(kOffences[incident.offence]) << incident.goods.toUpper()
           << plainMoney(incident.valuePence)
           << (incident.violence ? QStringLiteral("Y") : QStringLiteral("N"));
    for (int s = 0; s < 2; ++s) {
        if (s < incident.offenders.size()) {
            const qint32 p = incident.offenders.at(s);
            const SpellingNoise::PersonText text =
                m_context.noise->person(m_context.population->persons().at(p), SpellingNoise::SplitUpper,
                                        kMissingDob);
            fields << text.forenames << text.surname
                   << (text.dob.isValid() ? formatDate(text.dob, 0, 0, kDobFormat) : QString());
            m_context.truth->personMention(p, m_fileIndex, row, QStringLiteral("offender%1").arg(s + 1),
                                           text.noise);
        } else {
            fields << QString() << QString() << QString();
        }
    }
    if (incident.vehicle >= 0) {
        const DemoVehicle &v = m_context.population->vehicles().at(incident.vehicle);
        SpellingNoise::NoiseSet noise = 0;
        fields
            << m_context.noise->vrm(v.vrm, SpellingNoise::LowerSpaced, &noise)
            << (Population::colourName(v.colour) + QLatin1Char(' ') + Population::makeName(v.make)).toUpper();
        m_context.truth->vehicleMention(incident.vehicle, m_fileIndex, row, QStringLiteral("vehicle"), noise);
    } else {
        fields << QString() << QString();
    }
    // The log's own export never quotes: staff notes have their double quotes turned into single ones.
    fields << QString(incident.narrative).replace(QLatin1Char('"'), QLatin1Char('\''));
    m_file->writeRecord(fields);
}

QJsonObject CastleWriter::spec() const
{
    QJsonObject spec =
        specHead(QStringLiteral("Castle Home & DIY incident log"),
                 QStringLiteral("Loss prevention log, tab-separated UTF-16 with a title line above "
                                "the header (FusionCell demo data)."),
                 RetailNetwork::retailerName(CastleHomeDiy), QStringLiteral("retailer"),
                 QJsonObject{{QStringLiteral("format"), QStringLiteral("csv")},
                             {QStringLiteral("delimiter"), QStringLiteral("\t")},
                             {QStringLiteral("encoding"), QStringLiteral("utf-16")},
                             {QStringLiteral("header_row"), 2},
                             {QStringLiteral("date_format"), kDateFormat},
                             {QStringLiteral("money_format"), QStringLiteral("uk")}});
    spec.insert(QStringLiteral("grading"),
                gradingSpec(QStringLiteral("2"), QStringLiteral("C"), QStringLiteral("P")));
    spec.insert(QStringLiteral("record_key"), QStringLiteral("Case ID"));
    const QJsonObject incident{{QStringLiteral("occurred_at"), QStringLiteral("Incident Date")},
                               {QStringLiteral("offence"), QStringLiteral("Category")},
                               {QStringLiteral("goods"), QStringLiteral("Product")},
                               {QStringLiteral("value_gbp"), QStringLiteral("Loss Amount")},
                               {QStringLiteral("violence"), QStringLiteral("Violence")},
                               {QStringLiteral("narrative"), QStringLiteral("Notes")}};
    const QJsonObject store{{QStringLiteral("name"), QStringLiteral("Store Name")},
                            {QStringLiteral("postcode"), QStringLiteral("Postcode")},
                            {QStringLiteral("town"), QStringLiteral("Town/City")}};
    QJsonObject entities{
        {QStringLiteral("incident"),
         entitySpec(QStringLiteral("incident"), incident, QStringLiteral("Case ID"))},
        {QStringLiteral("store"),
         entitySpec(QStringLiteral("location"), store, QStringLiteral("Store"), QStringLiteral("store"))},
        {QStringLiteral("vehicle"),
         entitySpec(QStringLiteral("vehicle"), QJsonObject{{QStringLiteral("vrm"), QStringLiteral("VRM")}})}};
    for (int s = 1; s <= 2; ++s) {
        const QString suffix = s == 1 ? QString() : QStringLiteral(" 2");
        entities.insert(
            QStringLiteral("offender%1").arg(s),
            entitySpec(QStringLiteral("person"),
                       QJsonObject{{QStringLiteral("forenames"), QStringLiteral("Forename") + suffix},
                                   {QStringLiteral("surname"), QStringLiteral("Surname") + suffix},
                                   {QStringLiteral("dob"), QStringLiteral("DOB") + suffix}}));
    }
    spec.insert(QStringLiteral("entities"), entities);
    spec.insert(
        QStringLiteral("links"),
        QJsonArray{
            linkSpec(QStringLiteral("occurred_at"), QStringLiteral("incident"), QStringLiteral("store")),
            linkSpec(QStringLiteral("suspect_in"), QStringLiteral("offender1"), QStringLiteral("incident")),
            linkSpec(QStringLiteral("suspect_in"), QStringLiteral("offender2"), QStringLiteral("incident")),
            linkSpec(QStringLiteral("co_offender"), QStringLiteral("offender1"), QStringLiteral("offender2")),
            linkSpec(QStringLiteral("used_vehicle"), QStringLiteral("incident"), QStringLiteral("vehicle"))});
    spec.insert(
        QStringLiteral("values"),
        QJsonObject{{QStringLiteral("Category"), offenceValues(kOffences)},
                    {QStringLiteral("Violence"), QJsonObject{{QStringLiteral("Y"), QStringLiteral("yes")},
                                                             {QStringLiteral("N"), QStringLiteral("no")}}}});
    return spec;
}

} // namespace fc
