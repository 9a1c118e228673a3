#pragma once

#include "assessment/assessmentregister.h"
#include "report/reportdocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <atomic>
#include <functional>
#include <optional>

namespace fc {

class Workspace;

/** What the six-monthly assessment covers and how it is marked. */
struct AssessmentOptions
{
    QDate from, to;                        // the period, inclusive
    QString title;                         // default "Six-monthly assessment of retail crime"
    QString marking = QStringLiteral("OFFICIAL-SENSITIVE");
    QMap<QString, QString> analystText;    // section id -> the analyst's text (plain)
    double bufferMetres = 500;             // displacement buffer of the outcomes
    int topPlaces = 10;
    int topNetworks = 5;
};

/** The assessment as a document, with the headline figures the next one compares with. */
struct AssessmentResult
{
    ReportDocument report;
    QJsonObject figures;
    std::optional<AssessmentRecord> previous; // the last published assessment compared with
};

/**
 * Builds the six-monthly assessment of a workspace as a ReportDocument (core/report writes it to
 * PDF and ODT): executive summary; the current picture against the previous six months and the
 * same period last year; emerging and predicted trends; high-harm places with a map and their
 * concentration; the top organised networks with charts; offender management figures; outcomes of
 * activities; benchmarking across retailers; what changed since the last published assessment;
 * method, data sources and grading. Each section starts with the analyst's own text when there is
 * some. Runs on any thread that owns the workspace connection; reports progress and stops when
 * *cancel is set.
 */
class AssessmentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentBuilder)

public:
    using Progress = std::function<void(int percent, const QString &step)>;

    /** Section ids (for the analyst's texts) and their titles, in order. */
    static QList<std::pair<QString, QString>> sections();

    /** Builds the assessment; nullopt and *error on failure or when cancelled. */
    static std::optional<AssessmentResult> build(Workspace &workspace, const AssessmentOptions &options,
                                                 QString *error, const Progress &progress = {},
                                                 const std::atomic_bool *cancel = nullptr);
};

} // namespace fc
