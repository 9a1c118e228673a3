#include "cli/cliapplication.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // Commands that write documents (PDF, ODT, figures) need fonts, so a QGuiApplication, on the
    // offscreen platform unless one is set: no display is needed. The others stay QtCore only.
    const bool documents = argc > 1 && (qstrcmp(argv[1], "casefile") == 0 || qstrcmp(argv[1], "partner-export") == 0);
    if (documents && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = documents ? std::make_unique<QGuiApplication>(argc, argv)
                                                      : std::make_unique<QCoreApplication>(argc, argv);
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
