#pragma once

#include "store/auditlog.h"

#include <QByteArray>
#include <QList>

namespace fc {

/**
 * Writes audit entries as CSV for a data protection officer: one header line, one line per entry,
 * every text field quoted and a leading =, +, - or @ neutralised so that a spreadsheet never reads
 * it as a formula. The CLI's `audit export` and the workstation's audit pane both write through
 * this, so that their files are the same.
 */
class AuditExporter
{
public:
    static QByteArray toCsv(const QList<AuditEntry> &entries);
    /** Writes toCsv() to path; false + *error (naming the file) if it cannot be written. */
    static bool writeCsv(const QList<AuditEntry> &entries, const QString &path, QString *error);
};

} // namespace fc
