#include "cli/assesscommand.h"

#include "assessment/assessmentbuilder.h"
#include "assessment/assessmentregister.h"
#include "report/odtreportwriter.h"
#include "report/pdfreportwriter.h"
#include "store/workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonObject>

namespace fc {

QString AssessCommand::summary() const
{
    return tr("The six-monthly assessment as PDF (and ODT), saved in the workspace; published with a recipient.");
}

void AssessCommand::setupOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("from"), tr("First day of the period (yyyy-MM-dd)."), QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(QStringLiteral("to"), tr("Last day of the period (yyyy-MM-dd)."), QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), tr("The PDF to write."), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("odt"), tr("Also an editable OpenDocument text."), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("title"), tr("The title (default: Six-monthly assessment of retail crime)."),
                                        QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(QStringLiteral("marking"), tr("Handling marking on every page (default OFFICIAL-SENSITIVE)."),
                                        QStringLiteral("TEXT"), QStringLiteral("OFFICIAL-SENSITIVE")));
    parser.addOption(QCommandLineOption(QStringLiteral("text-file"),
        tr("The analyst's text of a section, SECTION=FILE (UTF-8 plain text), repeatable; kept with the assessment. "
           "Sections: %1.").arg([] {
            QStringList ids;
            for (const auto &s : AssessmentBuilder::sections())
                ids << s.first;
            return ids.join(QLatin1String(", "));
        }()), QStringLiteral("SECTION=FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("buffer"), tr("Displacement buffer of the outcomes in metres (default 500)."),
                                        QStringLiteral("METRES"), QStringLiteral("500")));
    parser.addOption(QCommandLineOption(QStringLiteral("recipient"), tr("Publish to this recipient (a disclosure in the audit trail)."),
                                        QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(QStringLiteral("justification"), tr("Why it is disclosed (with --recipient)."),
                                        QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(QStringLiteral("quiet"), tr("No progress on standard error.")));
}

int AssessCommand::runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return io.fail(tr("assess: needs a QGuiApplication to lay out the document"));
    QElapsedTimer timer;
    timer.start();
    AssessmentOptions options;
    options.from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    options.to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!options.from.isValid() || !options.to.isValid() || options.to < options.from)
        return io.fail(tr("assess: --from and --to must be dates yyyy-MM-dd, from on or before to"), 2);
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return io.fail(tr("assess: --out FILE.pdf is required"), 2);
    const QString recipient = parser.value(QStringLiteral("recipient")).trimmed();
    const QString justification = parser.value(QStringLiteral("justification")).trimmed();
    if (recipient.isEmpty() != justification.isEmpty())
        return io.fail(tr("assess: publishing needs both --recipient and --justification"), 2);
    bool ok = false;
    options.bufferMetres = parser.value(QStringLiteral("buffer")).toDouble(&ok);
    if (!ok || options.bufferMetres < 0)
        return io.fail(tr("assess: --buffer \"%1\" is not a distance in metres").arg(parser.value(QStringLiteral("buffer"))), 2);
    options.marking = parser.value(QStringLiteral("marking")).trimmed();
    if (options.marking.isEmpty())
        return io.fail(tr("assess: --marking may not be empty"), 2);
    options.title = parser.value(QStringLiteral("title"));

    QStringList sectionIds;
    for (const auto &s : AssessmentBuilder::sections())
        sectionIds << s.first;
    AssessmentRegister reg(workspace);
    QString error;
    const qint64 id = reg.draft(options.from, options.to, options.title, options.marking, &error);
    if (!id)
        return io.fail(QStringLiteral("assess: ") + error);
    for (const QString &spec : parser.values(QStringLiteral("text-file"))) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        const QString section = spec.left(eq);
        if (eq <= 0 || !sectionIds.contains(section))
            return io.fail(tr("assess: --text-file \"%1\" is not SECTION=FILE with a section of: %2")
                               .arg(spec, sectionIds.join(QLatin1String(", "))), 2);
        QFile f(spec.mid(eq + 1));
        if (!f.open(QIODevice::ReadOnly))
            return io.fail(tr("assess: cannot read %1: %2").arg(f.fileName(), f.errorString()), 2);
        if (!reg.setSectionText(id, section, QString::fromUtf8(f.readAll()), &error))
            return io.fail(QStringLiteral("assess: ") + error);
    }
    options.analystText = reg.assessment(id)->sections;

    const bool quiet = parser.isSet(QStringLiteral("quiet")) || io.json;
    const auto result = AssessmentBuilder::build(workspace, options, &error, [&](int percent, const QString &step) {
        if (!quiet)
            io.err << QStringLiteral("assess: %1% %2").arg(percent, 3).arg(step) << Qt::endl;
    });
    if (!result)
        return io.fail(QStringLiteral("assess: ") + error);
    int pages = 0;
    if (!PdfReportWriter::write(result->report, out, &error, &pages))
        return io.fail(QStringLiteral("assess: ") + error);
    const QString odt = parser.value(QStringLiteral("odt"));
    if (!odt.isEmpty() && !OdtReportWriter::write(result->report, odt, &error))
        return io.fail(QStringLiteral("assess: ") + error);
    // Each file written holds personal data outside the workspace: recorded, or not kept.
    for (const QString &file : {out, odt}) {
        if (!file.isEmpty() && !reg.recordDraftFile(id, file, &error)) {
            QFile::remove(out);
            if (!odt.isEmpty())
                QFile::remove(odt);
            return io.fail(QStringLiteral("assess: ") + error);
        }
    }
    QString sha = AssessmentRegister::fileSha256(out);
    bool published = false;
    if (!recipient.isEmpty()) {
        if (!reg.publish(id, out, result->figures, recipient, justification, &sha, &error))
            return io.fail(QStringLiteral("assess: ") + error);
        if (!odt.isEmpty()
            && !workspace.recordDisclosure(QStringLiteral("assessment"), QString::number(id),
                                           QStringLiteral("assessment %1 published as %2, SHA-256 %3")
                                               .arg(id).arg(QFileInfo(odt).fileName(), AssessmentRegister::fileSha256(odt)),
                                           recipient, justification))
            return io.fail(tr("assess: cannot record the disclosure of %1").arg(odt));
        published = true;
    }
    const double seconds = timer.elapsed() / 1000.0;
    if (io.json) {
        QJsonObject o{{QStringLiteral("assessment"), id}, {QStringLiteral("pdf"), out}, {QStringLiteral("pages"), pages},
                      {QStringLiteral("sha256"), sha}, {QStringLiteral("published"), published},
                      {QStringLiteral("seconds"), seconds}, {QStringLiteral("figures"), result->figures}};
        if (!odt.isEmpty())
            o.insert(QStringLiteral("odt"), odt);
        if (result->previous)
            o.insert(QStringLiteral("compared_with"), result->previous->id);
        io.writeJson(QJsonDocument(o));
        return 0;
    }
    io.out << tr("Assessment %1: %2 (%3 pages)%4, SHA-256 %5, in %6 s")
                  .arg(id).arg(out).arg(pages)
                  .arg(odt.isEmpty() ? QString() : tr(" and %1").arg(odt), sha)
                  .arg(seconds, 0, 'f', 1)
           << Qt::endl;
    if (published)
        io.out << tr("Published to %1: recorded as a disclosure in the audit trail.").arg(recipient) << Qt::endl;
    else
        io.out << tr("Not published (a draft): give --recipient and --justification to publish.") << Qt::endl;
    return 0;
}

} // namespace fc
