#pragma once

#include "cli/workspacecommand.h"

namespace fc {

/**
 * fusioncell-cli postcodes load --db W.fcdb FILE [--codepoint]: loads the postcode table that locates
 * places with a postcode and no coordinates (ONS Postcode Directory, Code-Point Open or any CSV with a
 * postcode and a grid reference); `postcodes count` says how many it holds.
 */
class PostcodesCommand : public WorkspaceCommand
{
public:
    QString name() const override { return QStringLiteral("postcodes"); }
    QString summary() const override;

protected:
    void setupOptions(QCommandLineParser &parser) override;
    int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace fc
