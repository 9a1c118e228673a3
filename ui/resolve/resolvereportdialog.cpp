#include "resolve/resolvereportdialog.h"

#include "resolve/resolvereportmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fc {

ResolveReportDialog::ResolveReportDialog(const ResolveReport &report, QWidget *parent)
    : QDialog(parent), m_model(new ResolveReportModel(this))
{
    setWindowTitle(tr("Resolution Report"));
    m_model->setReport(report);

    auto *headline = new QLabel(summary(report), this);
    headline->setTextFormat(Qt::PlainText); // a failure quotes the workspace path
    headline->setWordWrap(true);
    auto *view = new QTableView(this);
    view->setModel(m_model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->resizeColumnsToContents();
    view->setVisible(!report.types.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    int queued = 0;
    for (const ResolveTypeReport &t : report.types)
        queued += t.queued;
    if (queued > 0 && !report.cancelled) {
        QPushButton *review = buttons->addButton(tr("Review Now"), QDialogButtonBox::AcceptRole);
        review->setToolTip(tr("Open the review queue to decide on the pairs waiting"));
        connect(review, &QPushButton::clicked, this, &ResolveReportDialog::reviewRequested);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headline);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    resize(640, 260);
}

QString ResolveReportDialog::summary(const ResolveReport &report)
{
    if (report.cancelled)
        return tr("Resolution was cancelled. Entity types finished before it stopped keep their merges; "
                  "the one being resolved was left as it was.");
    if (!report.ok)
        return tr("Resolution failed: %1").arg(report.message);
    int merged = 0, queued = 0, skipped = 0;
    for (const ResolveTypeReport &t : report.types) {
        merged += t.merged;
        queued += t.queued;
        skipped += t.skippedBlocks;
    }
    QString text = tr("%n merge(s) made automatically", nullptr, merged) + QStringLiteral(", ") +
                   tr("%n pair(s) queued for review", nullptr, queued) + QLatin1Char('.');
    if (skipped > 0)
        text += QLatin1Char(' ') +
                tr("%n group(s) of records sharing a very common name were too large to compare and were "
                   "skipped.",
                   nullptr, skipped);
    return text;
}

} // namespace fc
