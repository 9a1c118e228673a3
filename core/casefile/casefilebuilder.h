#pragma once

#include "casefile/casefile.h"
#include "casefile/legalnotes.h"

#include <QCoreApplication>
#include <optional>

namespace fc {

class Workspace;

/**
 * Assembles a CaseFile from a stored case: reads the material linked to its people and incidents,
 * lets SectionPolicy sort every record, and fills each section with only what the policy allows.
 * The schedule is built from evidential records only; the generated summary is written from the
 * schedule alone, so intelligence cannot reach it. Reading only: nothing is written.
 */
class CaseFileBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CaseFileBuilder)

public:
    explicit CaseFileBuilder(Workspace &workspace);

    std::optional<CaseFile> build(qint64 caseId, QString *error);

    /** The MG5-style summary from the subjects and the schedule (evidential facts only). */
    static QString generateSummary(const CaseInfo &info, const QList<CaseSubject> &subjects,
                                   const QList<ScheduleRow> &schedule);
    /** "theft from a shop" for shop_theft. */
    static QString offenceText(const QString &offence);
    /** The CCTV reference a record's facts give, if any. */
    static QString cctvReference(const MaterialMention &incident);

private:
    Workspace &m_workspace;
};

} // namespace fc
