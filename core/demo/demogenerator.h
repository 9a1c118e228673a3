#pragma once

#include "demo/demotypes.h"
#include "demo/incidentplanner.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <atomic>
#include <functional>

namespace fc {

/** Options for one demo data set. */
struct DemoOptions
{
    QString outDir;
    quint32 seed = 1;
    int incidents = 4000; // total over all retailers
    /** Standard: the default demo's light noise; Hard: the errors of hand-keyed real exports
     *  (see SpellingNoise), for measuring entity resolution. */
    DemoNoise noise = DemoNoise::Standard;
    /** Whole months ending on 31 October 2026 (IncidentPlanner::kMinMonths to kMaxMonths); the
     *  trend methods need more than the default two years (the workstation's demo uses 48). */
    int months = IncidentPlanner::kDefaultMonths;
};

/** What the generator wrote: exports paired with their specs, in import order, and the truth file. */
struct DemoOutput
{
    QList<QPair<QString, QString>> imports; // export path, spec path
    QString groundTruthPath;
    QString manifestPath;
};

/**
 * Writes a realistic synthetic data set for demonstrations, tests and benchmarks: three
 * retailers' incident exports in their own formats and a police nominal export, an import spec
 * for each, a manifest, and ground_truth.json saying who is who. The same options always give
 * byte-identical files. Incidents are streamed to disk, so a million of them take seconds and
 * little memory.
 */
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    explicit DemoGenerator(const DemoOptions &options);

    /** Writes the files; false with *error set (naming the file) on failure, "cancelled" when
     *  the cancel flag was raised; files already written are then removed. */
    bool generate(DemoOutput *output, QString *error);
    void setProgressCallback(std::function<void(double)> cb); // 0..1
    void setCancelFlag(const std::atomic_bool *cancel);

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void report(double progress) const;

    DemoOptions m_options;
    std::function<void(double)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace fc
