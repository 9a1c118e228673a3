#pragma once

#include "casefile/casetypes.h"
#include "casefile/exhibithasher.h"

#include <QCoreApplication>
#include <optional>

namespace fc {

class Workspace;

/** A file to attach as an exhibit. */
struct ExhibitRequest
{
    QString path;
    QString reference;
    QString description;
    QString handling = QStringLiteral("P");
};

/**
 * The cases of a workspace (schema 10): created from selected people and incidents, with every
 * change kept. Summaries are versions (an edit adds a version, nothing is overwritten); exhibits
 * are attached with the SHA-256 their file has at that moment; every change adds a row to the
 * case's history. Edits return what is needed to undo them (the workstation's undo commands call
 * the inverse: a summary edit is undone by adding the previous text as a new version).
 */
class CaseStore
{
    Q_DECLARE_TR_FUNCTIONS(CaseStore)

public:
    explicit CaseStore(Workspace &workspace);

    /** kind "person" or "network"; persons and incidents must exist. */
    std::optional<qint64> create(const QString &kind, const QString &subject, const QString &title,
                                 const QList<qint64> &persons, const QList<qint64> &incidents, QString *error);
    std::optional<CaseInfo> get(qint64 caseId);
    QList<CaseInfo> cases();
    bool setIncidents(qint64 caseId, const QList<qint64> &incidents, QString *error);

    QList<SummaryVersion> summaries(qint64 caseId);
    std::optional<SummaryVersion> currentSummary(qint64 caseId);
    /** Adds a version; the generated text is version 1 when there is none yet. */
    std::optional<int> addSummary(qint64 caseId, const QString &text, bool generated, QString *error);

    QList<Exhibit> exhibits(qint64 caseId);
    /** Hashes the files (in parallel, with progress and cancel) and attaches them; all or none. */
    bool attach(qint64 caseId, const QList<ExhibitRequest> &files, QString *error,
                const ExhibitHasher::Progress &progress = {}, std::atomic_bool *cancel = nullptr);
    bool removeExhibit(qint64 caseId, const QString &reference, QString *error);

    QList<CaseEvent> history(qint64 caseId);
    bool logEvent(qint64 caseId, const QString &action, const QString &detail);

private:
    Workspace &m_workspace;
};

} // namespace fc
