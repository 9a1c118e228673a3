#pragma once

#include "casefile/caseselection.h"
#include "cli/workspacecommand.h"

#include <QCoreApplication>

namespace fc {

/**
 * fusioncell-cli partner-export --db W --recipient ORG --kind retailer|police|partner
 * (--person ID | --network N) --out F.pdf [--justification J] [--json]: an alert for a partner with
 * only what the handling codes allow, and the withheld manifest beside it.
 */
class PartnerExportCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(PartnerExportCommand)

public:
    QString name() const override { return QStringLiteral("partner-export"); }
    QString summary() const override;
    bool needsGui() const override { return true; } // writes PDF and ODT: fonts need a QGuiApplication

protected:
    void setupOptions(QCommandLineParser &parser) override;
    int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) override;
};

/** --person ID or --network N as a CaseSelection, or nullopt with *error. Shared by both commands. */
std::optional<CaseSelection> selectionFromOptions(Workspace &workspace, const QCommandLineParser &parser,
                                                  const QString &command, QString *error);

} // namespace fc
