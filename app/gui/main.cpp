#include "app/workspacesession.h"
#include "mainwindow.h"
#include "store/workspaceaccess.h"

#include <QApplication>
#include <QByteArrayView>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

// Qt's own strings and FusionCell's, in the user's language. Build tree: build/bin/../translations;
// installed: bin/../share/fusioncell/translations.
void installTranslations(QCoreApplication &app, QTranslator &qtTranslator, QTranslator &translator)
{
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qtTranslator);
    for (const QString &dir : {QCoreApplication::applicationDirPath() + QStringLiteral("/../translations"),
                               QCoreApplication::applicationDirPath() + QStringLiteral("/../share/fusioncell/translations")}) {
        if (translator.load(QLocale(), QStringLiteral("fusioncell"), QStringLiteral("_"), dir)) {
            app.installTranslator(&translator);
            break;
        }
    }
}

/** The workstation's command line. */
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main", "Save a picture of the window to <file> once a network "
                                                                      "is on the chart, then quit."),
                                  QStringLiteral("file")};
    QCommandLineOption screenshotMap{QStringLiteral("screenshot-map"),
                                     QCoreApplication::translate("main", "Save pictures of the map pane to <file> (all "
                                                                         "layers), <file>-choropleth and <file>-hotspots once "
                                                                         "the map is computed, then quit."),
                                     QStringLiteral("file")};
    QCommandLineOption screenshotReview{QStringLiteral("screenshot-review"),
                                        QCoreApplication::translate("main", "Save a picture of the review pane with its "
                                                                            "first pair to <file>, then quit."),
                                        QStringLiteral("file")};
    QCommandLineOption screenshotOffenders{QStringLiteral("screenshot-offenders"),
                                           QCoreApplication::translate("main", "Save offenders.png, profile.png and "
                                                                               "association.png to <dir>, then quit."),
                                           QStringLiteral("dir")};
    QCommandLineOption screenshotCaseFile{QStringLiteral("screenshot-casefile"),
                                          QCoreApplication::translate("main", "Make a case file of network 1 and save a "
                                                                              "picture of the Case Files pane to <file>, then quit."),
                                          QStringLiteral("file")};
    QCommandLineOption passphraseFile{QStringLiteral("passphrase-file"),
                                      QCoreApplication::translate("main", "Read the passphrase of an encrypted workspace from "
                                                                          "<file> (or set FUSIONCELL_PASSPHRASE). Never give it "
                                                                          "on the command line."),
                                      QStringLiteral("file")};
    QCommandLineOption purpose{QStringLiteral("purpose"),
                               QCoreApplication::translate("main", "The purpose of access for this session (recorded with "
                                                                   "every consultation), e.g. \"Op KESTREL: associates\"."),
                               QStringLiteral("text")};

    CommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate("main", "FusionCell analyst workstation"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("workspace"),
                                     QCoreApplication::translate("main", "Workspace (.fcdb) to open."));
        parser.addOptions({screenshot, screenshotMap, screenshotReview, screenshotOffenders, screenshotCaseFile, passphraseFile,
                           purpose});
    }
};

bool asksOnlyForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // --help and --version are answered without a display: QApplication needs one to start.
    std::unique_ptr<QCoreApplication> app;
    if (asksOnlyForHelpOrVersion(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("FusionCell"));
    QCoreApplication::setOrganizationName(QStringLiteral("FusionCell"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FUSIONCELL_VERSION));
    QTranslator qtTranslator, translator;
    installTranslations(*app, qtTranslator, translator);
    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    parser.process(*app); // prints and exits for --help and --version

    QByteArray passphrase;
    QString error;
    if (!fc::WorkspaceAccess::readPassphrase(parser.value(commandLine.passphraseFile), "FUSIONCELL_PASSPHRASE", &passphrase, &error)) {
        std::fprintf(stderr, "fusioncell: %s\n", qPrintable(error));
        return 2;
    }

    fc::MainWindow window;
    if (parser.isSet(commandLine.purpose))
        window.session()->setPurpose(parser.value(commandLine.purpose).trimmed());
    const QString mapShotPath = parser.value(commandLine.screenshotMap);
    const QString reviewShotPath = parser.value(commandLine.screenshotReview);
    const QString offenderShotDir = parser.value(commandLine.screenshotOffenders);
    const QString caseShotPath = parser.value(commandLine.screenshotCaseFile);
    const QString shotPath = !mapShotPath.isEmpty()        ? mapShotPath
                             : !reviewShotPath.isEmpty()   ? reviewShotPath
                             : !offenderShotDir.isEmpty() ? offenderShotDir
                             : !caseShotPath.isEmpty()    ? caseShotPath
                                                           : parser.value(commandLine.screenshot);
    if (!shotPath.isEmpty()) {
        // A fixed size so that the README picture does not depend on the display or settings.
        window.resize(1600, 1000);
        if (!mapShotPath.isEmpty())
            window.takeMapScreenshotWhenReady(mapShotPath);
        else if (!reviewShotPath.isEmpty())
            window.takeReviewScreenshotWhenReady(reviewShotPath);
        else if (!offenderShotDir.isEmpty())
            window.takeOffenderScreenshotsWhenReady(offenderShotDir);
        else if (!caseShotPath.isEmpty())
            window.takeCaseFileScreenshotWhenReady(caseShotPath);
        else
            window.takeScreenshotWhenReady(shotPath);
        QObject::connect(&window, &fc::MainWindow::screenshotDone, app.get(), [&app, shotPath](bool ok) {
            std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "Saved" : "Could not save", qPrintable(shotPath));
            app->exit(ok ? 0 : 1);
        });
    }
    window.show();
    const bool opened =
        parser.positionalArguments().isEmpty() || window.openWorkspace(parser.positionalArguments().constFirst(), passphrase);
    passphrase.fill('\0'); // the session keeps its own copy
    if (!opened && !shotPath.isEmpty())
        return 1;
    return app->exec();
}
