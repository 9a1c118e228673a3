#include "app/accesscontroller.h"

#include "app/preferences.h"
#include "app/workspacesession.h"
#include "store/auditexporter.h"
#include "store/database.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fc {

namespace {
// Overwrites a passphrase held in a local once it has been handed on.
void wipe(QByteArray &secret)
{
    secret.fill('\0');
    secret.clear();
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}
} // namespace

AccessController::AccessController(WorkspaceSession *session, std::unique_ptr<AccessPrompter> prompter,
                                   QObject *parent)
    : QObject(parent), m_session(session), m_prompter(std::move(prompter))
{
}

AccessController::~AccessController() = default;

void AccessController::setPrompter(std::unique_ptr<AccessPrompter> prompter)
{
    m_prompter = std::move(prompter);
}

bool AccessController::openWorkspace(const QString &path, const QByteArray &passphrase, QString *error)
{
    if (error)
        error->clear();
    if (!QFileInfo::exists(path))
        return m_session->open(path, error, passphrase); // created, encrypted if a passphrase was given
    if (!Workspace::looksEncrypted(path))
        return m_session->open(path, error);
    // A passphrase given up front (FUSIONCELL_PASSPHRASE, --passphrase-file) comes from a script:
    // a wrong one is an error, not a question that nobody is there to answer.
    if (!passphrase.isEmpty())
        return m_session->open(path, error, passphrase);
    QString problem;
    for (;;) {
        auto answer = m_prompter->passphrase(path, problem);
        if (!answer)
            return false;
        QString why;
        const bool ok = m_session->open(path, &why, *answer);
        wipe(*answer);
        if (ok)
            return true;
        // An encrypted file that does not open is most often a mistyped passphrase; a file that is
        // not a workspace at all looks the same, and the message says so.
        problem = tr("The passphrase is wrong, or the file is not a FusionCell workspace. Try again.");
    }
}

bool AccessController::createWorkspace(const QString &path, QString *error)
{
    if (error)
        error->clear();
    QByteArray key;
    if (Database::encryptionAvailable()) {
        auto answer = m_prompter->newPassphrase(tr("New Workspace"), true);
        if (!answer)
            return false;
        key = *answer;
        wipe(*answer);
    }
    const bool ok = m_session->open(path, error, key);
    wipe(key);
    return ok;
}

bool AccessController::ensurePurpose()
{
    return !m_session->purpose().isEmpty() || changePurpose();
}

bool AccessController::changePurpose()
{
    const AccessPurpose previous{Preferences::lastPurposeReference().get(),
                                 Preferences::lastPurposeReason().get()};
    const auto answer = m_prompter->purpose(previous);
    if (!answer || answer->text().isEmpty())
        return false;
    Preferences::lastPurposeReference().set(answer->reference);
    Preferences::lastPurposeReason().set(answer->reason);
    m_session->setPurpose(answer->text());
    return true;
}

bool AccessController::consultEntity(qint64 entityId)
{
    Workspace *ws = m_session->workspace();
    if (!ws || !ensurePurpose())
        return false;
    if (!ws->recordConsultation(entityId, m_session->purpose()))
        return false; // what cannot be logged is not shown
    emit auditChanged();
    return true;
}

bool AccessController::discloseFile(const QString &objectType, const QString &path, const QString &format,
                                    const QString &what, const std::function<bool(QString *)> &write,
                                    QString *error)
{
    if (error)
        error->clear();
    Workspace *ws = m_session->workspace();
    if (!ws)
        return false;
    const QString fileName = QFileInfo(path).fileName();
    const auto answer = m_prompter->disclosure(tr("%1 to %2").arg(what, QDir::toNativeSeparators(path)));
    if (!answer || answer->recipient.trimmed().isEmpty() || answer->justification.trimmed().isEmpty())
        return false;
    if (!write(error))
        return false;
    // The audit trail is a record, not a message: its wording is not translated.
    const QString detail = QStringLiteral("%1 file %2, %3 bytes, sha256 %4")
                               .arg(format, fileName)
                               .arg(QFileInfo(path).size())
                               .arg(sha256Of(path));
    if (!ws->recordDisclosure(objectType, fileName, detail, answer->recipient.trimmed(),
                              answer->justification.trimmed())) {
        const QString why = ws->database().lastError();
        QFile::remove(path);
        if (error)
            *error = tr("%1 was not kept: its disclosure could not be recorded in the audit trail: %2")
                         .arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    emit auditChanged();
    return true;
}

bool AccessController::savePlainCopy(const QString &path, QString *error)
{
    Workspace *ws = m_session->workspace();
    if (!ws)
        return false;
    return discloseFile(
        QStringLiteral("workspace"), path, QStringLiteral("plain (unencrypted) copy"),
        tr("A plain (unencrypted) copy of the workspace"),
        [ws, path](QString *why) { return ws->exportCopy(path, QByteArray(), why); }, error);
}

bool AccessController::saveEncryptedCopy(const QString &path, QString *error)
{
    if (error)
        error->clear();
    Workspace *ws = m_session->workspace();
    if (!ws)
        return false;
    auto answer = m_prompter->newPassphrase(tr("Save Encrypted Copy"), false);
    if (!answer || answer->isEmpty())
        return false;
    const bool ok = ws->exportCopy(path, *answer, error);
    wipe(*answer);
    return ok;
}

bool AccessController::changePassphrase(QString *error)
{
    if (error)
        error->clear();
    auto answer = m_prompter->newPassphrase(tr("Change Passphrase"), false);
    if (!answer || answer->isEmpty())
        return false;
    const bool ok = m_session->changePassphrase(*answer, error);
    wipe(*answer);
    return ok;
}

bool AccessController::exportAuditTrail(const QList<AuditEntry> &entries, const QString &path, QString *error)
{
    return discloseFile(
        QStringLiteral("audit_log"), path, QStringLiteral("csv (%1 entries)").arg(entries.size()),
        tr("The audit trail as CSV (%n entries)", nullptr, int(entries.size())),
        [&entries, path](QString *why) { return AuditExporter::writeCsv(entries, path, why); }, error);
}

} // namespace fc
