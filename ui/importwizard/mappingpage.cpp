#include "importwizard/mappingpage.h"

#include "app/preferences.h"
#include "importwizard/importsession.h"
#include "importwizard/specmappingmodel.h"
#include "model/entitytype.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace fc {

namespace {

/** Edits the entity type column with a list of the known types. */
class TypeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        box->addItems(EntityTypes::names());
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QComboBox *>(editor)->setCurrentText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText());
    }
};

} // namespace

MappingPage::MappingPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_organisation(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_intelligence(new QComboBox(this))
    , m_handling(new QComboBox(this))
    , m_dateFormat(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setTitle(tr("Mapping"));
    setSubTitle(tr("Say who supplied the file and how it is graded, and check what each column becomes. "
                   "Columns without an entity role are not imported."));
    for (const char *k : {"retailer", "police", "partner", "other"})
        m_kind->addItem(QString::fromLatin1(k));
    m_source->addItems({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
    m_intelligence->addItems({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("E")});
    m_handling->addItems({QStringLiteral("P"), QStringLiteral("C")});
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("specName"));
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_dateFormat->setObjectName(QStringLiteral("dateFormat"));

    auto *grading = new QHBoxLayout;
    grading->addWidget(m_source);
    grading->addWidget(m_intelligence);
    grading->addWidget(m_handling);
    grading->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Spec name:"), m_name);
    form->addRow(tr("Organisation:"), m_organisation);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Grading (3x5x2):"), grading);
    form->addRow(tr("Date format:"), m_dateFormat);

    auto *view = new QTableView(this);
    view->setModel(m_session->mapping());
    view->setItemDelegateForColumn(SpecMappingModel::Type, new TypeDelegate(view));
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();

    auto *load = new QPushButton(tr("Load Spec…"), this);
    auto *save = new QPushButton(tr("Save Spec…"), this);
    auto *suggest = new QPushButton(tr("Suggest Again"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(load);
    buttons->addWidget(save);
    buttons->addWidget(suggest);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    for (QLineEdit *edit : {m_name, m_organisation, m_dateFormat})
        connect(edit, &QLineEdit::textEdited, this, &MappingPage::writeSpec);
    for (QComboBox *box : {m_kind, m_source, m_intelligence, m_handling})
        connect(box, &QComboBox::activated, this, &MappingPage::writeSpec);
    connect(load, &QPushButton::clicked, this, &MappingPage::loadSpec);
    connect(save, &QPushButton::clicked, this, &MappingPage::saveSpec);
    connect(suggest, &QPushButton::clicked, this, [this] {
        m_session->suggestMapping();
        showSpec();
    });
}

void MappingPage::initializePage()
{
    showSpec();
}

void MappingPage::showSpec()
{
    const SpecMappingModel *m = m_session->mapping();
    m_updating = true;
    m_name->setText(m->specName());
    // The suggestion's placeholder organisation must be replaced by the analyst.
    m_organisation->setText(m->organisation().startsWith(QLatin1String("CHANGE ME")) ? QString() : m->organisation());
    m_organisation->setPlaceholderText(tr("Who supplied this file"));
    m_kind->setCurrentText(m->organisationKind());
    const QStringList g = m->grading();
    m_source->setCurrentText(g.value(0));
    m_intelligence->setCurrentText(g.value(1));
    m_handling->setCurrentText(g.value(2));
    m_dateFormat->setText(m->dateFormat());
    m_updating = false;
    emit completeChanged();
}

void MappingPage::writeSpec()
{
    if (m_updating)
        return;
    SpecMappingModel *m = m_session->mapping();
    m->setSpecName(m_name->text());
    m->setOrganisation(m_organisation->text().trimmed(), m_kind->currentText());
    m->setGrading(m_source->currentText(), m_intelligence->currentText(), m_handling->currentText());
    m->setDateFormat(m_dateFormat->text());
    emit completeChanged();
}

void MappingPage::loadSpec()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Import Spec"), Preferences::lastImportDirectory().get(),
                                                      tr("Import specs (*.json)"));
    if (path.isEmpty())
        return;
    QString error, warning;
    if (m_session->mapping()->loadSpec(path, &error, &warning)) {
        m_message->setText(warning.isEmpty() ? tr("Loaded %1.").arg(QFileInfo(path).fileName()) : warning);
        showSpec();
    } else {
        m_message->setText(error);
    }
}

void MappingPage::saveSpec()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Import Spec"), Preferences::lastImportDirectory().get(),
                                                      tr("Import specs (*.json)"));
    if (path.isEmpty())
        return;
    writeSpec();
    QString error;
    m_message->setText(m_session->mapping()->saveSpec(path, &error) ? tr("Saved %1.").arg(QFileInfo(path).fileName()) : error);
}

bool MappingPage::isComplete() const
{
    return !m_organisation->text().trimmed().isEmpty() && !m_session->mapping()->roles().isEmpty();
}

} // namespace fc
