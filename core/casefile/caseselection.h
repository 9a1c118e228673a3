#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace fc {

class Workspace;

/** The people and incidents a case is built from, and the title it gets. */
struct CaseSelection
{
    Q_DECLARE_TR_FUNCTIONS(CaseSelection)

public:
    QString kind;    // person or network
    QString subject; // person id or network number
    QString title;
    QList<qint64> persons;
    QList<qint64> incidents;

    /** One person and every incident they are recorded as suspect or offender in. */
    static std::optional<CaseSelection> forPerson(Workspace &workspace, qint64 personId, QString *error);
    /** Network N (1 = the largest) as `fusioncell-cli networks` lists them: its members and incidents. */
    static std::optional<CaseSelection> forNetwork(Workspace &workspace, int number, QString *error);
};

} // namespace fc
