#include "resolve/resolvesettingsdialog.h"

#include "app/preferences.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fc {

namespace {

QDoubleSpinBox *makeThresholdBox(QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0.05, 1.0);
    box->setSingleStep(0.05);
    box->setDecimals(2);
    return box;
}

} // namespace

ResolveSettingsDialog::ResolveSettingsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Resolution Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Candidate pairs are scored from 0 to 1. Pairs at or above the merge score are "
                      "merged automatically (each merge can be undone from the inspector); pairs at "
                      "or above the review score wait in the review queue for an analyst."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (EntityType type : ResolveSettings().types) {
        auto *group = new QGroupBox(EntityTypes::displayName(type), this);
        auto *form = new QFormLayout(group);
        Row row{makeThresholdBox(group), makeThresholdBox(group)};
        row.merge->setToolTip(tr("Pairs scoring at least this are merged without asking"));
        row.review->setToolTip(
            tr("Pairs scoring at least this (and below the merge score) are queued for review"));
        form->addRow(tr("Merge automatically at:"), row.merge);
        form->addRow(tr("Queue for review at:"), row.review);
        // The review score can never be above the merge score.
        connect(row.merge, &QDoubleSpinBox::valueChanged, row.review,
                [review = row.review](double merge) { review->setMaximum(merge); });
        m_rows.insert(type, row);
        layout->addWidget(group);
    }
    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &ResolveSettingsDialog::restoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const ResolveSettings saved = savedSettings();
    for (EntityType type : saved.types)
        setThresholds(type, saved.thresholdsFor(type));
}

ResolveSettings ResolveSettingsDialog::savedSettings()
{
    ResolveSettings settings;
    for (EntityType type : settings.types) {
        ResolveThresholds t;
        t.autoMerge = Preferences::resolveMergeThreshold(type).get();
        t.review = std::min(Preferences::resolveReviewThreshold(type).get(), t.autoMerge);
        settings.thresholds.insert(type, t);
    }
    return settings;
}

ResolveSettings ResolveSettingsDialog::settings() const
{
    ResolveSettings settings;
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it)
        settings.thresholds.insert(it.key(), ResolveThresholds{it->merge->value(), it->review->value()});
    return settings;
}

void ResolveSettingsDialog::setThresholds(EntityType type, const ResolveThresholds &thresholds)
{
    const auto it = m_rows.constFind(type);
    if (it == m_rows.constEnd())
        return;
    it->merge->setValue(thresholds.autoMerge);
    it->review->setMaximum(thresholds.autoMerge);
    it->review->setValue(thresholds.review);
}

void ResolveSettingsDialog::save() const
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        Preferences::resolveMergeThreshold(it.key()).set(it->merge->value());
        Preferences::resolveReviewThreshold(it.key()).set(it->review->value());
    }
}

void ResolveSettingsDialog::restoreDefaults()
{
    const ResolveSettings defaults;
    for (EntityType type : defaults.types)
        setThresholds(type, defaults.thresholdsFor(type));
}

} // namespace fc
