#include "demo/demogenerator.h"

#include "demo/brightwaywriter.h"
#include "demo/castlewriter.h"
#include "demo/demorandom.h"
#include "demo/groundtruth.h"
#include "demo/incidentplanner.h"
#include "demo/nominalwriter.h"
#include "demo/northgatewriter.h"
#include "demo/placecatalogue.h"
#include "demo/population.h"
#include "demo/retailnetwork.h"
#include "demo/spellingnoise.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>
#include <vector>

namespace fc {

namespace {

// Independent streams per concern, so that e.g. a change in the noise does not move every
// incident: the seed is mixed with a constant per stream (splitmix64 finaliser).
quint64 streamSeed(quint32 seed, quint64 stream)
{
    quint64 z = (quint64(seed) << 32 | stream) + 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

bool writeJson(const QString &path, const QJsonObject &object, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(object).toJson(QJsonDocument::Indented)) < 0) {
        *error = DemoGenerator::tr("Cannot write the demo file %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

DemoGenerator::DemoGenerator(const DemoOptions &options) : m_options(options) {}

void DemoGenerator::setProgressCallback(std::function<void(double)> cb)
{
    m_progress = std::move(cb);
}

void DemoGenerator::setCancelFlag(const std::atomic_bool *cancel)
{
    m_cancel = cancel;
}

void DemoGenerator::report(double progress) const
{
    if (m_progress)
        m_progress(progress);
}

bool DemoGenerator::generate(DemoOutput *output, QString *error)
{
    if (m_options.outDir.isEmpty()) {
        *error = tr("No output folder was given for the demo data.");
        return false;
    }
    if (m_options.incidents < 0) {
        *error = tr("The number of demo incidents must be 0 or more, not %1.").arg(m_options.incidents);
        return false;
    }
    if (m_options.months < IncidentPlanner::kMinMonths || m_options.months > IncidentPlanner::kMaxMonths) {
        *error = tr("The demo spans %1 to %2 months, not %3.")
                     .arg(IncidentPlanner::kMinMonths)
                     .arg(IncidentPlanner::kMaxMonths)
                     .arg(m_options.months);
        return false;
    }
    const QDir dir(m_options.outDir);
    for (const char *sub : {"exports", "specs"}) {
        if (!dir.mkpath(QString::fromLatin1(sub))) {
            *error = tr("Cannot create the folder %1.").arg(dir.filePath(QString::fromLatin1(sub)));
            return false;
        }
    }
    report(0);

    DemoRandom worldRng(streamSeed(m_options.seed, 1));
    DemoRandom planRng(streamSeed(m_options.seed, 2));
    DemoRandom noiseRng(streamSeed(m_options.seed, 3));
    DemoRandom writerRng(streamSeed(m_options.seed, 4));

    // The emerging hot spot is a mid-sized town, where a rise stands out.
    QList<double> hotspotWeights;
    for (const DemoTown &t : PlaceCatalogue::towns())
        hotspotWeights << (t.population >= 70 && t.population <= 160 ? 1.0 : 0.0);
    const int hotspotTown = worldRng.weighted(hotspotWeights);

    RetailNetwork network;
    network.build(worldRng);
    Population population;
    population.setSkewedSurnames(m_options.noise == DemoNoise::Hard);
    population.build(m_options.incidents, hotspotTown, IncidentPlanner::hotspotFromDay(m_options.months), worldRng);
    SpellingNoise noise(&noiseRng, m_options.noise);
    GroundTruth truth;
    truth.setNoiseLevel(m_options.noise);
    truth.setFirstDay(IncidentPlanner::firstDay(m_options.months));
    const WriterContext context{&population, &network, &noise, &truth, &writerRng};

    std::vector<std::unique_ptr<ExportWriter>> writers;
    writers.push_back(std::make_unique<NorthgateWriter>(context));
    writers.push_back(std::make_unique<BrightwayWriter>(context));
    writers.push_back(std::make_unique<CastleWriter>(context));
    writers.push_back(std::make_unique<NominalWriter>(context));

    QStringList written;
    auto fail = [&](const QString &reason) {
        for (const QString &path : written)
            QFile::remove(path);
        *error = reason;
        return false;
    };
    for (const auto &w : writers) {
        if (!w->open(m_options.outDir, error))
            return fail(*error);
        written << dir.filePath(w->exportPath());
    }

    IncidentPlanner planner(&population, &network, hotspotTown, &planRng, m_options.months);
    const QList<int> counts = IncidentPlanner::dailyCounts(m_options.incidents, m_options.months);
    for (int day = 0; day < counts.size(); ++day) {
        if (cancelled()) {
            for (const auto &w : writers)
                w->finish(error);
            return fail(QStringLiteral("cancelled"));
        }
        for (const DemoIncident &incident : planner.planDay(day, counts.at(day)))
            writers.at(incident.retailer)->writeIncident(incident);
        report(0.9 * (day + 1) / counts.size());
    }
    population.chooseNominals(worldRng);

    QJsonArray manifestImports;
    for (const auto &w : writers) {
        if (!w->finish(error))
            return fail(*error);
        const QString specPath = dir.filePath(w->specPath());
        written << specPath;
        if (!writeJson(specPath, w->spec(), error))
            return fail(*error);
        manifestImports.append(
            QJsonObject{{QStringLiteral("file"), w->exportPath()}, {QStringLiteral("spec"), w->specPath()}});
        output->imports << qMakePair(dir.filePath(w->exportPath()), specPath);
    }
    report(0.95);

    const QJsonObject patterns{
        {QStringLiteral("from"), IncidentPlanner::firstDay(m_options.months).toString(Qt::ISODate)},
        {QStringLiteral("to"), IncidentPlanner::lastDay().toString(Qt::ISODate)},
        {QStringLiteral("seasonal_peak"), QStringLiteral("November-December")},
        {QStringLiteral("seasonal_low"), QStringLiteral("February")},
        {QStringLiteral("yearly_growth"), 0.15},
        {QStringLiteral("hotspot_town"), PlaceCatalogue::towns().at(hotspotTown).name},
        {QStringLiteral("hotspot_from"),
         IncidentPlanner::firstDay(m_options.months)
             .addDays(IncidentPlanner::hotspotFromDay(m_options.months))
             .toString(Qt::ISODate)},
        {QStringLiteral("hotspot_group"), GroundTruth::groupId(qint32(population.groups().size() - 1))},
        {QStringLiteral("police_organisation"), NominalWriter::organisation()}};
    const QString truthPath = dir.filePath(QStringLiteral("ground_truth.json"));
    written << truthPath;
    if (!truth.write(truthPath, m_options.seed, m_options.incidents, patterns, population, network, error))
        return fail(*error);

    const QString manifestPath = dir.filePath(QStringLiteral("manifest.json"));
    written << manifestPath;
    QJsonObject manifest{{QStringLiteral("imports"), manifestImports},
                         {QStringLiteral("ground_truth"), QStringLiteral("ground_truth.json")},
                         {QStringLiteral("seed"), qint64(m_options.seed)},
                         {QStringLiteral("incidents"), m_options.incidents}};
    if (m_options.noise == DemoNoise::Hard)
        manifest.insert(QStringLiteral("noise"), QStringLiteral("hard"));
    if (!writeJson(manifestPath, manifest, error))
        return fail(*error);

    output->groundTruthPath = truthPath;
    output->manifestPath = manifestPath;
    report(1);
    return true;
}

} // namespace fc
