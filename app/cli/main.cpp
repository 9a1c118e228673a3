#include "cli/cliapplication.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <QThreadPool>
#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // Commands that paint (the assessment's PDF and charts) need a QGuiApplication for fonts; the
    // others keep to QCoreApplication, so that they run with no display and no platform plugin.
    auto cli = fc::CliApplication::createDefault();
    const bool gui = argc > 1 && cli->needsGui(QString::fromLocal8Bit(argv[1]));
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = gui ? std::make_unique<QGuiApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fusioncell-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("FusionCell"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FUSIONCELL_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = cli->run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    // Join the pool's threads before exit: a worker that hashed with OpenSSL keeps thread-local state
    // that is freed only when its thread ends (LeakSanitizer saw it when exit raced that end).
    QThreadPool::globalInstance()->waitForDone();
    return code;
}
