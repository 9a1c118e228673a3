#include "app/workspacesession.h"
#include "mainwindow.h"
#include "store/workspaceaccess.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FusionCell"));
    QApplication::setOrganizationName(QStringLiteral("FusionCell"));
    QApplication::setApplicationVersion(QStringLiteral(FUSIONCELL_VERSION));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qtTranslator);
    // Build tree: build/bin/../translations; installed: bin/../share/fusioncell/translations.
    QTranslator translator;
    for (const QString &dir : {QApplication::applicationDirPath() + QStringLiteral("/../translations"),
                               QApplication::applicationDirPath() + QStringLiteral("/../share/fusioncell/translations")}) {
        if (translator.load(QLocale(), QStringLiteral("fusioncell"), QStringLiteral("_"), dir)) {
            app.installTranslator(&translator);
            break;
        }
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "FusionCell analyst workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QApplication::translate("main", "Workspace (.fcdb) to open."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Save a picture of the window to <file> once a network "
                                                                  "is on the chart, then quit."),
                                  QStringLiteral("file"));
    parser.addOption(screenshot);
    QCommandLineOption passphraseFile(QStringLiteral("passphrase-file"),
                                      QApplication::translate("main", "Read the passphrase of an encrypted workspace from "
                                                                      "<file> (or set FUSIONCELL_PASSPHRASE). Never give it "
                                                                      "on the command line."),
                                      QStringLiteral("file"));
    parser.addOption(passphraseFile);
    QCommandLineOption purpose(QStringLiteral("purpose"),
                               QApplication::translate("main", "The purpose of access for this session (recorded with "
                                                               "every consultation), e.g. \"Op KESTREL: associates\"."),
                               QStringLiteral("text"));
    parser.addOption(purpose);
    parser.process(app);

    QByteArray passphrase;
    QString error;
    if (!fc::WorkspaceAccess::readPassphrase(parser.value(passphraseFile), "FUSIONCELL_PASSPHRASE", &passphrase, &error)) {
        std::fprintf(stderr, "fusioncell: %s\n", qPrintable(error));
        return 2;
    }

    fc::MainWindow window;
    if (parser.isSet(purpose))
        window.session()->setPurpose(parser.value(purpose).trimmed());
    const QString shotPath = parser.value(screenshot);
    if (!shotPath.isEmpty()) {
        // A fixed size so that the README picture does not depend on the display or settings.
        window.resize(1600, 1000);
        window.takeScreenshotWhenReady(shotPath);
        QObject::connect(&window, &fc::MainWindow::screenshotDone, &app, [&app, shotPath](bool ok) {
            std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "Saved" : "Could not save", qPrintable(shotPath));
            app.exit(ok ? 0 : 1);
        });
    }
    window.show();
    const bool opened =
        parser.positionalArguments().isEmpty() || window.openWorkspace(parser.positionalArguments().constFirst(), passphrase);
    passphrase.fill('\0'); // the session keeps its own copy
    if (!opened && !shotPath.isEmpty())
        return 1;
    return app.exec();
}
