#pragma once

#include "resolve/resolvetypes.h"

#include <QDialog>

namespace fc {

class ResolveReportModel;

/**
 * The report of a resolution run: how many entities were merged automatically and how many pairs
 * wait for review, in total and per entity type, or why the run failed or stopped. "Review Now"
 * takes the analyst to the review queue.
 */
class ResolveReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ResolveReportDialog(const ResolveReport &report, QWidget *parent = nullptr);

    /** The headline: totals, or the failure or cancellation. */
    static QString summary(const ResolveReport &report);
    ResolveReportModel *model() const { return m_model; }

signals:
    void reviewRequested();

private:
    ResolveReportModel *m_model;
};

} // namespace fc
