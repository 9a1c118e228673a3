#include "importwizard/reportpage.h"

#include "importwizard/importsession.h"
#include "importwizard/importsummarymodel.h"
#include "importwizard/rejecttablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace fc {

static QTableView *tableFor(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    return view;
}

ReportPage::ReportPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Report"));
    setSubTitle(tr("Accepted and rejected rows. Rejected rows are also kept in the workspace with the import, "
                   "and so are values kept unread on accepted rows (on_bad_value: keep_row)."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tableFor(session->summary(), this), 1);
    auto *label = new QLabel(tr("Rejected rows:"), this);
    layout->addWidget(label);
    layout->addWidget(tableFor(session->rejects(), this), 2);
}

} // namespace fc
