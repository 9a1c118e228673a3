#include "resolve/resolvesettingsdialog.h"

#include "app/preferences.h"

#include <QComboBox>
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
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("model"));
    m_model->addItem(tr("Match model (Fellegi-Sunter, learned from this workspace)"),
                     resolveModelName(ResolveModel::Probabilistic));
    m_model->setItemData(0,
                         tr("Weights for each comparison (names, date of birth, place, vehicles, associates) are "
                            "estimated from the workspace by expectation-maximisation; a pair's score is its match "
                            "probability, and the review pane shows the weights that made it."),
                         Qt::ToolTipRole);
    m_model->addItem(tr("Rules (hand-set scores)"), resolveModelName(ResolveModel::Rules));
    m_model->setItemData(1, tr("Fixed scores for exact and similar names and dates of birth, the same on every workspace."),
                         Qt::ToolTipRole);
    auto *modelForm = new QFormLayout;
    modelForm->addRow(tr("Match persons by:"), m_model);
    layout->addLayout(modelForm);
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
    m_personThresholds.insert(ResolveModel::Rules, saved.thresholds.value(EntityType::Person));
    m_personThresholds.insert(ResolveModel::Probabilistic, saved.modelThresholds.value(EntityType::Person));
    m_shownModel = saved.model;
    m_model->setCurrentIndex(m_model->findData(resolveModelName(m_shownModel)));
    for (EntityType type : saved.types)
        setThresholds(type, saved.thresholdsFor(type));
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] { setModel(model()); });
}

ResolveSettings ResolveSettingsDialog::savedSettings()
{
    ResolveSettings settings;
    settings.model = resolveModelFromName(Preferences::resolvePersonModel().get()).value_or(settings.model);
    for (EntityType type : settings.types) {
        for (ResolveModel m : {ResolveModel::Rules, ResolveModel::Probabilistic}) {
            ResolveThresholds t;
            t.autoMerge = Preferences::resolveMergeThreshold(type, m).get();
            t.review = std::min(Preferences::resolveReviewThreshold(type, m).get(), t.autoMerge);
            (m == ResolveModel::Probabilistic ? settings.modelThresholds : settings.thresholds).insert(type, t);
        }
    }
    return settings;
}

ResolveThresholds ResolveSettingsDialog::shown(EntityType type) const
{
    const Row row = m_rows.value(type);
    return row.merge ? ResolveThresholds{row.merge->value(), row.review->value()} : ResolveThresholds{};
}

ResolveSettings ResolveSettingsDialog::settings() const
{
    ResolveSettings settings;
    settings.model = model();
    for (ResolveModel m : {ResolveModel::Rules, ResolveModel::Probabilistic}) {
        auto &thresholds = m == ResolveModel::Probabilistic ? settings.modelThresholds : settings.thresholds;
        for (auto it = m_rows.begin(); it != m_rows.end(); ++it)
            thresholds.insert(it.key(), it.key() == EntityType::Person && m != m_shownModel
                                            ? m_personThresholds.value(m)
                                            : shown(it.key()));
    }
    return settings;
}

ResolveModel ResolveSettingsDialog::model() const
{
    return resolveModelFromName(m_model->currentData().toString()).value_or(ResolveModel::Rules);
}

void ResolveSettingsDialog::setModel(ResolveModel model)
{
    if (model == m_shownModel)
        return;
    m_personThresholds.insert(m_shownModel, shown(EntityType::Person));
    m_shownModel = model;
    {
        const QSignalBlocker blocker(m_model);
        m_model->setCurrentIndex(m_model->findData(resolveModelName(model)));
    }
    setThresholds(EntityType::Person, m_personThresholds.value(model));
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
    const ResolveSettings chosen = settings();
    Preferences::resolvePersonModel().set(resolveModelName(chosen.model));
    for (ResolveModel m : {ResolveModel::Rules, ResolveModel::Probabilistic}) {
        const auto &thresholds = m == ResolveModel::Probabilistic ? chosen.modelThresholds : chosen.thresholds;
        for (auto it = thresholds.cbegin(); it != thresholds.cend(); ++it) {
            Preferences::resolveMergeThreshold(it.key(), m).set(it->autoMerge);
            Preferences::resolveReviewThreshold(it.key(), m).set(it->review);
        }
    }
}

void ResolveSettingsDialog::restoreDefaults()
{
    const ResolveSettings defaults;
    m_personThresholds.insert(ResolveModel::Rules, defaults.thresholds.value(EntityType::Person));
    m_personThresholds.insert(ResolveModel::Probabilistic, defaults.modelThresholds.value(EntityType::Person));
    {
        const QSignalBlocker blocker(m_model);
        m_model->setCurrentIndex(m_model->findData(resolveModelName(defaults.model)));
    }
    m_shownModel = defaults.model;
    for (EntityType type : defaults.types)
        setThresholds(type, defaults.thresholdsFor(type));
}

} // namespace fc
