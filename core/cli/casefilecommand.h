#pragma once

#include "cli/workspacecommand.h"

#include <QCoreApplication>

namespace fc {

/**
 * fusioncell-cli casefile --db W (--person ID | --network N | --case ID) --out F.pdf [--odt F.odt]
 * [--attach FILE --exhibit-ref REF ...] [--recipient R --justification J]: builds (or re-exports) a
 * case and writes it as a disclosure.
 */
class CaseFileCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(CaseFileCommand)

public:
    QString name() const override { return QStringLiteral("casefile"); }
    QString summary() const override;
    bool needsGui() const override { return true; } // writes PDF and ODT: fonts need a QGuiApplication

protected:
    void setupOptions(QCommandLineParser &parser) override;
    int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace fc
