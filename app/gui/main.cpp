#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

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
    parser.process(app);

    fc::MainWindow window;
    if (!parser.positionalArguments().isEmpty())
        window.openWorkspace(parser.positionalArguments().constFirst());
    window.show();
    return app.exec();
}
