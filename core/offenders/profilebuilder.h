#pragma once

#include "offenders/harmlookup.h"
#include "offenders/offenderprofile.h"

#include <QCoreApplication>
#include <optional>

namespace fc {

class Workspace;

/**
 * Builds an OffenderProfile from the workspace. open() is what a user does: it writes a
 * consultation to the audit trail (with the stated justification) before building. The network
 * role needs the offender projection of the whole workspace, which costs most; it can be left out.
 */
class ProfileBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ProfileBuilder)

public:
    explicit ProfileBuilder(Workspace &workspace, HarmLookup harm = {});

    void setIncludeNetwork(bool include) { m_network = include; }
    void setAsOf(const QDate &asOf) { m_asOf = asOf; }
    /** Length of the before and after windows of each intervention (default 90 days). */
    void setWindowDays(int days) { m_windowDays = days; }

    /** Logs the consultation, then builds. nullopt + *error when the person is not there. */
    std::optional<OffenderProfile> open(qint64 personId, const QString &justification, QString *error);
    /** Builds without logging (for code that has already logged, and tests). */
    std::optional<OffenderProfile> build(qint64 personId, QString *error);

private:
    Workspace &m_workspace;
    HarmLookup m_harm;
    bool m_network = true;
    QDate m_asOf = QDate::currentDate();
    int m_windowDays = 90;
};

} // namespace fc
