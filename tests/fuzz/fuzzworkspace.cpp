#include "fuzzworkspace.h"

#include "fuzzcheck.h"
#include "store/database.h"
#include "store/workspace.h"

#include <QFile>

namespace fc {

FuzzWorkspace::FuzzWorkspace()
{
    reopen();
}

FuzzWorkspace::~FuzzWorkspace() = default;

void FuzzWorkspace::reopen()
{
    m_workspace.reset();
    QString error;
    m_workspace = Workspace::open(QStringLiteral(":memory:"), &error);
    FuzzCheck::require(m_workspace != nullptr, "an in-memory workspace opens", error);
    m_workspace->setUserName(QStringLiteral("fuzz"));
    m_imports = 0;
}

QString FuzzWorkspace::snapshot()
{
    QString out;
    for (const char *table : {"imports", "source_records", "rejects", "entities", "entity_keys", "entity_sources",
                              "attributes", "mentions", "links", "audit_log"})
        out += QString::number(m_workspace->database().scalarInt(
                   QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))) +
               QLatin1Char(' ');
    out += QString::number(m_workspace->database().scalarInt(QStringLiteral("SELECT count(*) FROM search")));
    return out;
}

ImportReport FuzzWorkspace::import(const ImportSpec &spec, const QByteArray &data, const QString &fileName)
{
    // Long runs would otherwise grow the workspace (and the time per input) without bound.
    if (++m_imports > 500)
        reopen();
    const QString path = m_dir.filePath(fileName);
    {
        QFile file(path);
        FuzzCheck::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the fuzz input can be written");
        file.write(data);
    }
    const QString before = snapshot();
    Importer importer(*m_workspace, spec);
    const ImportReport report = importer.importFile(path);
    const QString after = snapshot();
    FuzzCheck::require(!report.message.isEmpty(), "every import says what happened");
    FuzzCheck::require(report.message.contains(fileName), "the import message names the file", report.message);
    switch (report.status) {
    case ImportReport::Status::Imported:
        FuzzCheck::require(report.rowsRead == report.rowsAccepted + report.rowsRejected,
                           "every row read is accepted or rejected", report.message);
        FuzzCheck::require(report.rejects.size() == report.rowsRejected, "every rejected row is listed");
        for (const RejectInfo &r : report.rejects)
            FuzzCheck::require(!r.reason.isEmpty(), "every reject has a reason");
        FuzzCheck::require(before != after, "an import is recorded");
        break;
    case ImportReport::Status::AlreadyImported:
    case ImportReport::Status::Failed:
    case ImportReport::Status::Cancelled:
        FuzzCheck::require(before == after, "an import that did not finish changes nothing (no partial import)",
                           report.message + QLatin1Char('\n') + before + QLatin1String(" -> ") + after);
        break;
    }
    FuzzCheck::require(m_workspace->database().scalarInt(QStringLiteral("SELECT count(*) FROM entities WHERE "
                                                                         "label IS NULL")) == 0,
                       "every entity has a label column");
    return report;
}

} // namespace fc
