#pragma once

#include "app/accessprompter.h"

#include <QPointer>
#include <QWidget>

namespace fc {

/** The workstation's AccessPrompter: each question is a modal dialog over the window. */
class DialogPrompter : public AccessPrompter
{
public:
    explicit DialogPrompter(QWidget *parent);

    std::optional<QByteArray> passphrase(const QString &path, const QString &problem) override;
    std::optional<QByteArray> newPassphrase(const QString &title, bool optional) override;
    std::optional<AccessPurpose> purpose(const AccessPurpose &previous) override;
    std::optional<DisclosureAnswer> disclosure(const QString &what) override;

private:
    QPointer<QWidget> m_parent;
};

} // namespace fc
