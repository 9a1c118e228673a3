#pragma once

#include "cli/workspacecommand.h"

#include <QCoreApplication>

namespace fc {

/**
 * fusioncell-cli assess --db W --from D --to D --out report.pdf [--odt report.odt]
 * [--recipient R --justification J]: the six-monthly assessment as PDF (and ODT), saved in the
 * workspace; with a recipient it is published, a disclosure in the audit trail with the SHA-256.
 */
class AssessCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssessCommand)

public:
    QString name() const override { return QStringLiteral("assess"); }
    QString summary() const override;
    bool needsGui() const override { return true; }

protected:
    void setupOptions(QCommandLineParser &parser) override;
    int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace fc
