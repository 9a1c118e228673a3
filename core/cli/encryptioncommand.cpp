#include "cli/encryptioncommand.h"

#include "store/workspace.h"

#include <QCoreApplication>

namespace fc {

QString EncryptionCommand::summary() const
{
    return QCoreApplication::translate("EncryptionCommand",
        "Encrypt a workspace to a copy, decrypt to a plain copy, or change the passphrase (encrypt|decrypt|rekey).");
}

void EncryptionCommand::setupOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"),
        QCoreApplication::translate("EncryptionCommand", "encrypt, decrypt or rekey."));
    parser.addOption(QCommandLineOption(QStringLiteral("out"),
        QCoreApplication::translate("EncryptionCommand", "encrypt/decrypt: the new workspace file."), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("new-passphrase-file"),
        QCoreApplication::translate("EncryptionCommand",
            "encrypt/rekey: read the new passphrase from this file (or set FUSIONCELL_NEW_PASSPHRASE)."),
        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("recipient"),
        QCoreApplication::translate("EncryptionCommand", "decrypt: who receives the plain copy (audit trail)."),
        QStringLiteral("WHO")));
    parser.addOption(QCommandLineOption(QStringLiteral("justification"),
        QCoreApplication::translate("EncryptionCommand", "decrypt: why a plain copy is needed (audit trail)."),
        QStringLiteral("TEXT")));
}

int EncryptionCommand::runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    if (!Database::encryptionAvailable())
        return io.fail(QCoreApplication::translate("EncryptionCommand", "this build of FusionCell cannot encrypt workspaces"));
    const QString action = parser.positionalArguments().value(0);
    QString error;
    QByteArray newPassphrase;
    if (!readPassphrase(parser, QStringLiteral("new-passphrase-file"), "FUSIONCELL_NEW_PASSPHRASE", &newPassphrase, &error))
        return io.fail(error);
    const QString out = parser.value(QStringLiteral("out"));
    int code = 0;
    if (action == QLatin1String("encrypt") || action == QLatin1String("decrypt")) {
        const bool encrypt = action == QLatin1String("encrypt");
        if (out.isEmpty())
            return io.fail(QCoreApplication::translate("EncryptionCommand", "encryption %1: --out FILE is required").arg(action), 2);
        if (encrypt && newPassphrase.isEmpty())
            return io.fail(QCoreApplication::translate("EncryptionCommand",
                               "encryption encrypt: give the new passphrase with --new-passphrase-file or FUSIONCELL_NEW_PASSPHRASE"), 2);
        if (!encrypt) {
            // A plain copy of personal data leaves the encryption's protection: a disclosure.
            const QString justification = parser.value(QStringLiteral("justification"));
            if (justification.trimmed().isEmpty())
                return io.fail(QCoreApplication::translate("EncryptionCommand",
                                   "encryption decrypt: --justification is required (it is recorded in the audit trail)"), 2);
            if (!workspace.recordDisclosure(QStringLiteral("workspace"), out, QStringLiteral("plain (unencrypted) copy"),
                                            parser.value(QStringLiteral("recipient")), justification))
                return io.fail(workspace.database().lastError());
        }
        if (!workspace.exportCopy(out, encrypt ? newPassphrase : QByteArray(), &error))
            code = io.fail(error);
        else
            io.out << (encrypt ? QCoreApplication::translate("EncryptionCommand", "Encrypted copy written to %1").arg(out)
                               : QCoreApplication::translate("EncryptionCommand", "Plain copy written to %1").arg(out))
                   << Qt::endl;
    } else if (action == QLatin1String("rekey")) {
        if (!workspace.changePassphrase(newPassphrase, &error))
            code = io.fail(error);
        else
            io.out << QCoreApplication::translate("EncryptionCommand", "Passphrase changed.") << Qt::endl;
    } else {
        code = io.fail(QCoreApplication::translate("EncryptionCommand", "encryption: expected encrypt, decrypt or rekey"), 2);
    }
    newPassphrase.fill('\0');
    return code;
}

} // namespace fc
