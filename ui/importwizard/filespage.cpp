#include "importwizard/filespage.h"

#include "app/preferences.h"
#include "importwizard/importsession.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fc {

FilesPage::FilesPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
{
    setTitle(tr("Files"));
    setSubTitle(tr("Choose the exports to import. Files imported together share one column mapping."));
    auto *add = new QPushButton(tr("Add Files…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &FilesPage::addFiles);
    connect(remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_list->selectedItems());
        emit completeChanged();
    });
}

void FilesPage::addFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Files"), Preferences::lastImportDirectory().get(),
                                                            tr("Tables (*.csv *.tsv *.txt *.json *.jsonl *.xlsx);;All files (*)"));
    for (const QString &f : files) {
        if (m_list->findItems(f, Qt::MatchExactly).isEmpty())
            m_list->addItem(f);
    }
    if (!files.isEmpty())
        Preferences::lastImportDirectory().set(QFileInfo(files.first()).absolutePath());
    emit completeChanged();
}

bool FilesPage::isComplete() const
{
    return m_list->count() > 0 || !m_session->files().isEmpty();
}

bool FilesPage::validatePage()
{
    if (m_list->count() > 0) {
        QStringList files;
        for (int i = 0; i < m_list->count(); ++i)
            files << m_list->item(i)->text();
        m_session->setFiles(files);
    }
    return !m_session->files().isEmpty();
}

} // namespace fc
