#include "cli/cliapplication.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fusioncell-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("FusionCell"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FUSIONCELL_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = fc::CliApplication::createDefault()->run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
