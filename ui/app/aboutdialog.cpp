#include "app/aboutdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace fc {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About FusionCell"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("FusionCell %1").arg(QCoreApplication::applicationVersion()), this);
    title->setTextFormat(Qt::PlainText);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    auto *what = new QLabel(tr("Intelligence workstation for organised retail crime.\n"
                               "Handle all data in line with its marking: OFFICIAL-SENSITIVE."), this);
    what->setTextFormat(Qt::PlainText);
    layout->addWidget(what);
    auto *creditLabel = new QLabel(credits().join(QLatin1Char('\n')), this);
    creditLabel->setTextFormat(Qt::PlainText);
    creditLabel->setWordWrap(true);
    creditLabel->setObjectName(QStringLiteral("credits"));
    layout->addWidget(creditLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QStringList AboutDialog::credits()
{
    return {tr("Contains OS and ONS data © Crown copyright and database right; boundaries by Martin Chorley."),
            tr("Contains data from data.police.uk, Open Government Licence v3.")};
}

} // namespace fc
