#pragma once

#include "resolve/resolvetypes.h"

#include <QDialog>
#include <QHash>

class QDoubleSpinBox;

namespace fc {

/**
 * Analysis > Resolution Settings: per entity type, the score at or above which resolution merges
 * automatically and the score at or above which it queues a pair for review. Kept in the user's
 * settings (Preferences); savedSettings() is what Run Resolution uses.
 */
class ResolveSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ResolveSettingsDialog(QWidget *parent = nullptr);

    /** The resolution settings with the thresholds saved in Preferences (core's defaults if none). */
    static ResolveSettings savedSettings();

    /** The thresholds as set in the dialog. */
    ResolveSettings settings() const;
    void setThresholds(EntityType type, const ResolveThresholds &thresholds);
    /** Writes the thresholds to Preferences (also done on OK). */
    void save() const;

private:
    void restoreDefaults();

    struct Row
    {
        QDoubleSpinBox *merge = nullptr;
        QDoubleSpinBox *review = nullptr;
    };
    QHash<EntityType, Row> m_rows;
};

} // namespace fc
