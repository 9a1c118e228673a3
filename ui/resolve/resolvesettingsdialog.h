#pragma once

#include "resolve/resolvetypes.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDoubleSpinBox;

namespace fc {

/**
 * Analysis > Resolution Settings: how persons are matched (the Fellegi-Sunter match model learned
 * from the workspace, or the hand-set rules) and, per entity type, the score at or above which
 * resolution merges automatically and the score at or above which it queues a pair for review (the
 * person scores are kept per model: the model's are match probabilities). Kept in the user's
 * settings (Preferences); savedSettings() is what Run Resolution uses.
 */
class ResolveSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ResolveSettingsDialog(QWidget *parent = nullptr);

    /** The resolution settings with the thresholds saved in Preferences (core's defaults if none). */
    static ResolveSettings savedSettings();

    /** The model and thresholds as set in the dialog. */
    ResolveSettings settings() const;
    /** Chooses how persons are matched; the person scores shown become that model's. */
    void setModel(ResolveModel model);
    ResolveModel model() const;
    /** Sets the scores shown for a type (for persons: those of the model chosen now). */
    void setThresholds(EntityType type, const ResolveThresholds &thresholds);
    /** Writes the model and thresholds to Preferences (also done on OK). */
    void save() const;

private:
    void restoreDefaults();
    ResolveThresholds shown(EntityType type) const;

    struct Row
    {
        QDoubleSpinBox *merge = nullptr;
        QDoubleSpinBox *review = nullptr;
    };
    QHash<EntityType, Row> m_rows;
    QComboBox *m_model = nullptr;
    ResolveModel m_shownModel = ResolveModel::Rules;
    /** The person scores of each model, the shown one as it was when last switched away from. */
    QHash<ResolveModel, ResolveThresholds> m_personThresholds;
};

} // namespace fc
