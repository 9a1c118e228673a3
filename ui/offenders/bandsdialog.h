#pragma once

#include "offenders/prioritybands.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace fc {

/**
 * Shows and edits the bands of the recency-frequency-harm priority: a table of bound and points
 * per factor, the windows and the optional network factor. The bands are described in words
 * underneath as they stand. Accepting gives bands(); saving them is the caller's undoable edit.
 */
class BandsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BandsDialog(const PriorityBands &bands, QWidget *parent = nullptr);

    /** The bands as edited, or nullopt + *error naming the factor and row that is not valid. */
    std::optional<PriorityBands> bands(QString *error) const;
    void setBands(const PriorityBands &bands);

    QTableWidget *table(int factor) const { return m_tables[factor]; }

private:
    void updateDescription();
    void tryAccept();

    QTableWidget *m_tables[3];
    QSpinBox *m_window;
    QSpinBox *m_harmWindow;
    QSpinBox *m_broker;
    QSpinBox *m_betweenness;
    QDoubleSpinBox *m_threshold;
    QLabel *m_description;
    QLabel *m_error;
};

} // namespace fc
