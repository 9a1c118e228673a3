#pragma once

#include "model/grading.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace fc {

class Workspace;

/** A source record whose review date has passed. */
struct RetentionItem
{
    qint64 sourceRecordId = 0;
    QString reviewDate;
    QString organisation;
    QString fileName;
    qint64 rowNumber = 0;
    Grading grading;
    QStringList entities; // labels of the entities it mentions, for the reviewer
};

/**
 * The retention review (MoPI-style): lists records past their review date and records the
 * reviewer's decision. Retaining sets the next review date; erasing removes the record, every fact
 * derived from it (attributes, links, mentions, entities left with no other source) and their
 * search entries, leaving only the audit entry. Each decision is one transaction.
 */
class RetentionReview
{
    Q_DECLARE_TR_FUNCTIONS(RetentionReview)

public:
    explicit RetentionReview(Workspace &workspace);

    QList<RetentionItem> due(const QDate &asOf, int limit = -1);
    bool retain(qint64 sourceRecordId, const QString &reason, const QDate &nextReview, QString *error);
    bool erase(qint64 sourceRecordId, const QString &reason, QString *error);

private:
    Workspace &m_ws;
};

} // namespace fc
