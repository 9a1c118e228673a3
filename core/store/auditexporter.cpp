#include "store/auditexporter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace fc {

namespace {
QByteArray csvField(const QString &text)
{
    QString t = text;
    // A leading =, +, - or @ would be read as a formula by a spreadsheet: neutralise it.
    if (!t.isEmpty() && QStringLiteral("=+-@").contains(t.at(0)))
        t.prepend(QLatin1Char('\''));
    return (QLatin1Char('"') + t.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"'))
        .toUtf8();
}
} // namespace

QByteArray AuditExporter::toCsv(const QList<AuditEntry> &entries)
{
    QByteArray csv("id,at,user,action,object_type,object_id,detail,justification,recipient,hash\n");
    for (const AuditEntry &e : entries)
        csv += QByteArray::number(e.id) + ',' + csvField(e.at) + ',' + csvField(e.userName) + ',' +
               csvField(e.action) + ',' + csvField(e.objectType) + ',' + csvField(e.objectId) + ',' +
               csvField(e.detail) + ',' + csvField(e.justification) + ',' + csvField(e.recipient) + ',' +
               e.hash.toUtf8() + '\n';
    return csv;
}

bool AuditExporter::writeCsv(const QList<AuditEntry> &entries, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(entries)) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("AuditExporter", "cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace fc
