#include "profile/profilepane.h"

#include "app/jobprogress.h"
#include "app/uithreadprogress.h"
#include "inspector/gradingtext.h"
#include "offenders/motivationregister.h"
#include "offenders/networkrole.h"
#include "profile/profilecommands.h"
#include "store/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fc {

namespace {

QTreeWidget *tree(QWidget *parent, const QStringList &headers)
{
    auto *t = new QTreeWidget(parent);
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setUniformRowHeights(true);
    t->setSortingEnabled(false);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    return t;
}

QString sourcesText(const QList<FactSource> &sources)
{
    QStringList parts;
    for (const FactSource &s : sources)
        parts << QStringLiteral("%1 (%2) %3").arg(s.organisation, s.fileName, GradingText::code(s.grading));
    return parts.join(QStringLiteral("; "));
}

QString money(double v)
{
    return QStringLiteral("£") + QLocale::c().toString(v, 'f', 2);
}

QString number(double v)
{
    return QString::number(v, 'g', 6);
}

} // namespace

ProfilePane::ProfilePane(QWidget *parent)
    : QWidget(parent)
    , m_job(this, [this](const ProfileJobResult &result, bool superseded) { onFinished(result, superseded); })
    , m_title(new QLabel(this))
    , m_progress(new JobProgress(this))
    , m_motivationButton(new QPushButton(tr("Set motivation…"), this))
    , m_revertButton(new QPushButton(tr("Revert motivation"), this))
    , m_interventionButton(new QPushButton(tr("Record intervention…"), this))
    , m_summary(new QPlainTextEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_incidents(tree(this, {tr("Date"), tr("Incident"), tr("Place"), tr("Area"), tr("Offence"), tr("Value"),
                              tr("Harm"), tr("Role"), tr("Source and grading")}))
    , m_coOffenders(tree(this, {tr("Co-offender"), tr("Tells them apart"), tr("Incidents shared"), tr("Via"),
                                tr("Source and grading")}))
    , m_vehicles(tree(this, {tr("Vehicle"), tr("Incidents"), tr("Via"), tr("Source and grading")}))
    , m_places(tree(this, {tr("Place"), tr("Postcode, area"), tr("Incidents"), tr("Via"), tr("Source and grading")}))
    , m_pattern(new QPlainTextEdit(this))
    , m_mergedFrom(tree(this, {tr("Record"), tr("Method"), tr("Score"), tr("By"), tr("When"), tr("Why")}))
    , m_motivation(new QPlainTextEdit(this))
    , m_suggestions(new QListWidget(this))
    , m_interventions(tree(this, {tr("Intervention"), tr("Started"), tr("Owner"), tr("Outcome"), tr("Review"),
                                  tr("Before (incidents, harm)"), tr("After (incidents, harm)")}))
    , m_caveats(new QLabel(this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setText(tr("No profile open. Double-click a person in Offenders, or choose Open profile on the chart."));
    for (QPlainTextEdit *e : {m_summary, m_pattern, m_motivation}) {
        e->setReadOnly(true);
        e->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    }
    m_summary->setMaximumHeight(m_summary->fontMetrics().lineSpacing() * 7);
    m_caveats->setTextFormat(Qt::PlainText);
    m_caveats->setWordWrap(true);
    m_caveats->setText(InterventionRegister::caveats());

    auto *motivationTab = new QWidget(this);
    auto *ml = new QVBoxLayout(motivationTab);
    ml->addWidget(m_motivation, 2);
    auto *suggestedLabel = new QLabel(tr("Interventions suggested for this motivation (from the workspace's table; "
                                         "suggestions only, nothing is applied):"), motivationTab);
    suggestedLabel->setTextFormat(Qt::PlainText);
    suggestedLabel->setWordWrap(true);
    ml->addWidget(suggestedLabel);
    ml->addWidget(m_suggestions, 1);
    auto *mb = new QHBoxLayout;
    mb->addWidget(m_motivationButton);
    mb->addWidget(m_revertButton);
    mb->addStretch();
    ml->addLayout(mb);

    auto *interventionTab = new QWidget(this);
    auto *il = new QVBoxLayout(interventionTab);
    il->addWidget(m_interventions, 1);
    il->addWidget(m_caveats);
    auto *ib = new QHBoxLayout;
    ib->addWidget(m_interventionButton);
    ib->addStretch();
    il->addLayout(ib);

    m_tabs->addTab(m_incidents, tr("Incidents"));
    m_tabs->addTab(m_coOffenders, tr("Co-offenders"));
    m_tabs->addTab(m_vehicles, tr("Vehicles"));
    m_tabs->addTab(m_places, tr("Places"));
    m_tabs->addTab(m_pattern, tr("Pattern and distance"));
    m_tabs->addTab(m_mergedFrom, tr("Merged from"));
    m_tabs->addTab(motivationTab, tr("Motivation"));
    m_tabs->addTab(interventionTab, tr("Interventions"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_progress);
    auto *caseButton = new QPushButton(tr("New Case File…"), this);
    caseButton->setObjectName(QStringLiteral("newCaseFile"));
    caseButton->setToolTip(tr("A case file of this person and their incidents (Case Files dock)"));
    bar->addWidget(caseButton);
    connect(caseButton, &QPushButton::clicked, this, [this] {
        if (m_personId)
            emit caseFileRequested(m_personId);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_progress, &JobProgress::cancelRequested, this, &ProfilePane::cancel);
    connect(m_motivationButton, &QPushButton::clicked, this, &ProfilePane::motivationDialog);
    connect(m_revertButton, &QPushButton::clicked, this, [this] { revertMotivation(tr("reverted by the analyst")); });
    connect(m_interventionButton, &QPushButton::clicked, this, &ProfilePane::interventionDialog);
    for (QTreeWidget *t : {m_incidents, m_coOffenders, m_vehicles, m_places})
        connect(t, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
            emit entityActivated(item->data(0, Qt::UserRole).toLongLong());
        });
    m_motivationButton->setEnabled(false);
    m_revertButton->setEnabled(false);
    m_interventionButton->setEnabled(false);
    setEnabled(false);
}

ProfilePane::~ProfilePane() = default;

void ProfilePane::setWorkspace(const WorkspaceAccess &access, Workspace *workspace)
{
    const bool same = access.isValid() && access.path() == m_access.path() && workspace == m_workspace;
    m_access = access;
    m_workspace = workspace;
    if (same)
        return;
    cancel();
    m_personId = 0;
    m_profile.reset();
    m_title->setText(tr("No profile open."));
    m_summary->clear();
    for (QTreeWidget *t : {m_incidents, m_coOffenders, m_vehicles, m_places, m_mergedFrom, m_interventions})
        t->clear();
    m_pattern->clear();
    m_motivation->clear();
    m_suggestions->clear();
    setEnabled(access.isValid() && workspace);
}

bool ProfilePane::isRunning() const
{
    return m_job.isRunning();
}

void ProfilePane::cancel()
{
    m_job.cancel();
    m_pending = 0;
}

void ProfilePane::openProfile(qint64 personId)
{
    if (!m_workspace || !m_access.isValid())
        return;
    const auto e = m_workspace->entity(personId);
    if (!e || e->type != EntityType::Person) {
        m_title->setText(tr("A profile is kept for people only."));
        return;
    }
    if (m_gate && !m_gate(personId)) {
        m_title->setText(tr("Not shown: no purpose of access was stated, so the consultation was not recorded"));
        return;
    }
    start(personId);
}

void ProfilePane::reload()
{
    if (m_personId)
        start(m_personId);
}

void ProfilePane::start(qint64 personId)
{
    m_pending = personId; // the newest asked for: started with it once a running job has stopped
    const WorkspaceAccess access = m_access;
    const QDate asOf = m_asOf.isValid() ? m_asOf : QDate::currentDate();
    const auto progress = uiThreadProgress(m_progress, &JobProgress::setFraction);
    if (!m_job.start([access, personId, asOf, progress](const std::atomic_bool *cancel) {
            return ProfileJob::run(access, personId, asOf, progress, cancel);
        }))
        return;
    m_pending = 0;
    m_personId = personId;
    m_progress->start();
}

void ProfilePane::onFinished(const ProfileJobResult &result, bool superseded)
{
    m_progress->stop();
    if (superseded && m_pending) {
        const qint64 next = m_pending;
        m_pending = 0;
        start(next);
        return;
    }
    if (result.cancelled) {
        m_title->setText(tr("Cancelled"));
        return;
    }
    if (!result.profile) {
        m_title->setText(result.error);
        return;
    }
    m_profile = result.profile;
    showProfile(*m_profile);
    emit profileShown(result.personId);
}

void ProfilePane::showProfile(const OffenderProfile &p)
{
    m_title->setText(p.person.text());
    QStringList summary;
    summary << tr("%n incident(s), first seen %1, last seen %2; value %3; harm %4 (%5 with a harm weight, %6 counted 1)",
                  nullptr, int(p.incidents.size()))
                   .arg(p.firstSeen.isEmpty() ? tr("undated") : p.firstSeen.left(10),
                        p.lastSeen.isEmpty() ? tr("undated") : p.lastSeen.left(10), money(p.totalValueGbp),
                        number(p.totalHarm))
                   .arg(p.harmWeighted)
                   .arg(p.harmCounted);
    summary << tr("Network: %1").arg(p.networkComputed ? NetworkRoles::describe(p.network) : tr("not worked out"));
    QStringList areas;
    for (const auto &a : p.areas)
        areas << QStringLiteral("%1 (%2)").arg(a.first).arg(a.second);
    summary << tr("Areas: %1").arg(areas.isEmpty() ? tr("none recorded") : areas.join(QStringLiteral(", ")));
    summary << tr("Motivation: %1").arg(p.motivation && p.motivation->motivation
                                            ? Motivations::displayName(*p.motivation->motivation)
                                            : tr("none recorded"));
    m_summary->setPlainText(summary.join(QLatin1Char('\n')));

    m_incidents->clear();
    for (const ProfileIncident &inc : p.incidents) {
        auto *item = new QTreeWidgetItem(m_incidents, {inc.occurredAt.isEmpty() ? tr("undated") : inc.occurredAt,
                                                       inc.reference, inc.place, inc.area, inc.offence, money(inc.valueGbp),
                                                       inc.harm ? number(*inc.harm) : tr("1 (no weight)"), inc.role,
                                                       sourcesText(inc.sources)});
        item->setData(0, Qt::UserRole, inc.id);
    }
    m_tabs->setTabText(0, tr("Incidents (%1)").arg(p.incidents.size()));
    auto linked = [](QTreeWidget *t, const QList<ProfileLinked> &list, bool person, bool detail) {
        t->clear();
        for (const ProfileLinked &l : list) {
            QStringList cols{l.label};
            if (person || detail)
                cols << l.detail;
            cols << QString::number(l.incidents) << l.via.join(QStringLiteral(", ")) << sourcesText(l.sources);
            auto *item = new QTreeWidgetItem(t, cols);
            item->setData(0, Qt::UserRole, l.id);
        }
    };
    linked(m_coOffenders, p.coOffenders, true, false);
    linked(m_vehicles, p.vehicles, false, false);
    linked(m_places, p.places, false, true);
    m_tabs->setTabText(1, tr("Co-offenders (%1)").arg(p.coOffenders.size()));

    QStringList pattern;
    QStringList hours;
    for (int h = 0; h < 24; ++h)
        if (p.hours[h])
            hours << QStringLiteral("%1:00 %2").arg(h, 2, 10, QLatin1Char('0')).arg(p.hours[h]);
    pattern << tr("Time of day (incidents by hour): %1").arg(hours.isEmpty() ? tr("none with a time") : hours.join(QStringLiteral(", ")));
    if (p.withoutTime)
        pattern << tr("%n dated incident(s) without a time of day", nullptr, p.withoutTime);
    QStringList days;
    for (int d = 0; d < 7; ++d)
        days << QStringLiteral("%1 %2").arg(QLocale().dayName(d + 1, QLocale::ShortFormat)).arg(p.weekdays[d]);
    pattern << tr("Day of week: %1").arg(days.join(QStringLiteral(", ")));
    pattern << QString();
    pattern << tr("Distance between consecutive offences (great circle, haversine, from the places' coordinates): "
                  "%1 km over %n leg(s)", nullptr, int(p.legs.size()))
                   .arg(QString::number(p.totalKm, 'f', 1));
    if (p.legsWithoutCoordinates)
        pattern << tr("%n consecutive pair(s) not measured: a place has no coordinates", nullptr, p.legsWithoutCoordinates);
    if (!p.legs.isEmpty())
        pattern << tr("Mean %1 km a leg").arg(QString::number(p.totalKm / double(p.legs.size()), 'f', 1));
    m_pattern->setPlainText(pattern.join(QLatin1Char('\n')));

    m_mergedFrom->clear();
    for (const MergeRecord &m : p.mergedFrom)
        new QTreeWidgetItem(m_mergedFrom, {QString::number(m.absorbedId), m.method, number(m.score), m.decidedBy,
                                           m.mergedAt, m.explanation});
    m_tabs->setTabText(5, tr("Merged from (%1)").arg(p.mergedFrom.size()));

    QStringList motivation;
    if (p.motivation && p.motivation->motivation) {
        const MotivationRecord &r = *p.motivation;
        motivation << tr("%1: %2").arg(Motivations::displayName(*r.motivation), Motivations::description(*r.motivation));
        motivation << tr("Grading %1; recorded by %2 at %3").arg(GradingText::code(r.grading), r.decidedBy, r.decidedAt);
        motivation << tr("Reason: %1").arg(r.reason);
        if (*r.motivation == Motivation::Coerced)
            motivation << tr("A possible victim of exploitation: safeguarding first.");
    } else {
        motivation << tr("No motivation recorded.");
    }
    if (m_workspace) {
        const QList<MotivationRecord> history = MotivationRegister(*m_workspace).history(p.person.id);
        if (!history.isEmpty()) {
            motivation << QString() << tr("History (oldest first):");
            for (const MotivationRecord &r : history)
                motivation << QStringLiteral("  %1  %2  %3  %4%5")
                                  .arg(r.decidedAt.left(19), r.motivation ? Motivations::name(*r.motivation) : tr("none"),
                                       GradingText::code(r.grading), r.reason,
                                       r.replacesId ? tr(" (reverts record %1)").arg(r.replacesId) : QString());
        }
    }
    m_motivation->setPlainText(motivation.join(QLatin1Char('\n')));
    m_suggestions->clear();
    m_suggestions->addItems(p.suggestedInterventions);

    m_interventions->clear();
    for (const InterventionEffect &e : p.interventions) {
        const InterventionRecord &r = e.intervention;
        new QTreeWidgetItem(m_interventions,
                            {r.type, r.startedOn.toString(Qt::ISODate), r.owner, r.outcome,
                             r.reviewDate.isValid() ? r.reviewDate.toString(Qt::ISODate) : QString(),
                             tr("%1, %2 (%3 days)").arg(e.beforeCount).arg(number(e.beforeHarm)).arg(e.windowDays),
                             e.afterComplete ? tr("%1, %2").arg(e.afterCount).arg(number(e.afterHarm))
                                             : tr("%1, %2 (window not over)").arg(e.afterCount).arg(number(e.afterHarm))});
    }
    m_tabs->setTabText(7, tr("Interventions (%1)").arg(p.interventions.size()));
    for (QTreeWidget *t : {m_incidents, m_coOffenders, m_vehicles, m_places, m_mergedFrom, m_interventions})
        for (int c = 0; c < t->columnCount() - 1; ++c)
            t->resizeColumnToContents(c);

    const bool editable = m_workspace && m_undoStack;
    m_motivationButton->setEnabled(editable);
    m_revertButton->setEnabled(editable && p.motivation.has_value());
    m_interventionButton->setEnabled(editable);
}

QString ProfilePane::titleText() const
{
    return m_title->text();
}

QString ProfilePane::summaryText() const
{
    return m_summary->toPlainText() + QLatin1Char('\n') + m_pattern->toPlainText();
}

QString ProfilePane::motivationText() const
{
    return m_motivation->toPlainText();
}

void ProfilePane::onEdited(const QString &error)
{
    if (!error.isEmpty()) {
        m_title->setText(error);
        return;
    }
    emit workspaceChanged();
    reload();
}

void ProfilePane::setMotivation(Motivation motivation, const Grading &grading, const QString &reason)
{
    if (!m_workspace || !m_undoStack || !m_personId)
        return;
    m_undoStack->push(new SetMotivationCommand(m_workspace, m_personId, motivation, grading, reason,
                                               [this](const QString &error) { onEdited(error); }));
}

void ProfilePane::revertMotivation(const QString &reason)
{
    if (!m_workspace || !m_undoStack || !m_personId)
        return;
    const auto current = MotivationRegister(*m_workspace).history(m_personId);
    if (current.isEmpty())
        return;
    m_undoStack->push(new RevertMotivationCommand(m_workspace, current.last().id, reason,
                                                  [this](const QString &error) { onEdited(error); }));
}

void ProfilePane::recordIntervention(const InterventionRecord &intervention)
{
    if (!m_workspace || !m_undoStack || !m_personId)
        return;
    InterventionRecord r = intervention;
    r.personId = m_personId;
    m_undoStack->push(new RecordInterventionCommand(m_workspace, r, [this](const QString &error) { onEdited(error); }));
}

void ProfilePane::motivationDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Set motivation"));
    auto *motivation = new QComboBox(&dialog);
    for (Motivation m : Motivations::all())
        motivation->addItem(Motivations::displayName(m), int(m));
    auto *description = new QLabel(&dialog);
    description->setTextFormat(Qt::PlainText);
    description->setWordWrap(true);
    auto describe = [motivation, description] {
        description->setText(Motivations::description(Motivation(motivation->currentData().toInt())));
    };
    connect(motivation, &QComboBox::currentIndexChanged, &dialog, describe);
    describe();
    auto *source = new QComboBox(&dialog);
    source->addItems({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
    source->setCurrentIndex(1);
    auto *intelligence = new QComboBox(&dialog);
    intelligence->addItems({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                            QStringLiteral("E")});
    intelligence->setCurrentIndex(1);
    auto *handling = new QComboBox(&dialog);
    handling->addItems({QStringLiteral("P"), QStringLiteral("C")});
    auto *conditions = new QLineEdit(&dialog);
    auto *reason = new QLineEdit(&dialog);
    auto *error = new QLabel(&dialog);
    error->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Motivation"), motivation);
    form->addRow(QString(), description);
    form->addRow(tr("Source evaluation"), source);
    form->addRow(tr("Intelligence assessment"), intelligence);
    form->addRow(tr("Handling code"), handling);
    form->addRow(tr("Handling conditions"), conditions);
    form->addRow(tr("Reason"), reason);
    form->addRow(error);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    std::optional<Grading> grading;
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        QString message;
        grading = Grading::parse(source->currentText(), intelligence->currentText(), handling->currentText(),
                                 conditions->text(), &message);
        if (!grading)
            error->setText(message);
        else if (reason->text().trimmed().isEmpty())
            error->setText(tr("State the reason for the assessment."));
        else
            dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted && grading)
        setMotivation(Motivation(motivation->currentData().toInt()), *grading, reason->text().trimmed());
}

void ProfilePane::interventionDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Record intervention"));
    auto *type = new QComboBox(&dialog);
    type->setEditable(true);
    if (m_profile)
        type->addItems(m_profile->suggestedInterventions);
    auto *started = new QDateEdit(QDate::currentDate(), &dialog);
    started->setCalendarPopup(true);
    auto *owner = new QLineEdit(&dialog);
    auto *outcome = new QLineEdit(&dialog);
    auto *review = new QDateEdit(QDate::currentDate().addDays(90), &dialog);
    review->setCalendarPopup(true);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Intervention"), type);
    form->addRow(tr("Started on"), started);
    form->addRow(tr("Owner"), owner);
    form->addRow(tr("Outcome"), outcome);
    form->addRow(tr("Review date"), review);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        if (!type->currentText().trimmed().isEmpty())
            dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    InterventionRecord r;
    r.type = type->currentText().trimmed();
    r.startedOn = started->date();
    r.owner = owner->text().trimmed();
    r.outcome = outcome->text().trimmed();
    r.reviewDate = review->date();
    recordIntervention(r);
}

} // namespace fc
