#include "offenders/bandsdialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fc {

namespace {

QList<PriorityBand> PriorityBands::*const kFactors[3] = {&PriorityBands::recency, &PriorityBands::frequency,
                                                         &PriorityBands::harm};

} // namespace

BandsDialog::BandsDialog(const PriorityBands &bands, QWidget *parent)
    : QDialog(parent)
    , m_window(new QSpinBox(this))
    , m_harmWindow(new QSpinBox(this))
    , m_broker(new QSpinBox(this))
    , m_betweenness(new QSpinBox(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_description(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Priority bands"));
    const QString titles[3] = {tr("Recency: days since the last incident, up to"),
                               tr("Frequency: incidents in the window, at least"),
                               tr("Harm: sum of harm weights, at least")};
    auto *grid = new QGridLayout;
    for (int f = 0; f < 3; ++f) {
        auto *title = new QLabel(titles[f], this);
        title->setTextFormat(Qt::PlainText);
        title->setWordWrap(true);
        auto *table = new QTableWidget(0, 2, this);
        table->setHorizontalHeaderLabels({f == 0 ? tr("Up to (days)") : tr("At least"), tr("Points")});
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        m_tables[f] = table;
        auto *add = new QPushButton(tr("Add band"), this);
        auto *remove = new QPushButton(tr("Remove band"), this);
        connect(add, &QPushButton::clicked, this, [table] {
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(QStringLiteral("0")));
            table->setItem(row, 1, new QTableWidgetItem(QStringLiteral("0")));
        });
        connect(remove, &QPushButton::clicked, this, [table] {
            if (table->currentRow() >= 0)
                table->removeRow(table->currentRow());
        });
        connect(table, &QTableWidget::itemChanged, this, &BandsDialog::updateDescription);
        grid->addWidget(title, 0, f);
        grid->addWidget(table, 1, f);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(add);
        buttons->addWidget(remove);
        grid->addLayout(buttons, 2, f);
    }
    m_window->setRange(1, 3650);
    m_window->setSuffix(tr(" days"));
    m_harmWindow->setRange(0, 3650);
    m_harmWindow->setSpecialValueText(tr("every incident on record"));
    m_harmWindow->setSuffix(tr(" days"));
    m_broker->setRange(0, 100);
    m_betweenness->setRange(0, 100);
    m_threshold->setRange(0, 1);
    m_threshold->setDecimals(3);
    m_threshold->setSingleStep(0.05);
    auto *form = new QFormLayout;
    form->addRow(tr("Frequency window"), m_window);
    form->addRow(tr("Harm window"), m_harmWindow);
    form->addRow(tr("Points for a broker (network factor)"), m_broker);
    form->addRow(tr("Points for high betweenness (network factor)"), m_betweenness);
    form->addRow(tr("Betweenness threshold"), m_threshold);
    for (QSpinBox *s : {m_window, m_harmWindow, m_broker, m_betweenness})
        connect(s, &QSpinBox::valueChanged, this, &BandsDialog::updateDescription);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &BandsDialog::updateDescription);

    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults,
                                     this);
    connect(box, &QDialogButtonBox::accepted, this, &BandsDialog::tryAccept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(box->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setBands(PriorityBands::defaults()); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addLayout(form);
    layout->addWidget(m_description);
    layout->addWidget(m_error);
    layout->addWidget(box);
    setBands(bands);
}

void BandsDialog::setBands(const PriorityBands &bands)
{
    for (int f = 0; f < 3; ++f) {
        QTableWidget *t = m_tables[f];
        const QSignalBlocker block(t);
        const QList<PriorityBand> &list = bands.*kFactors[f];
        t->setRowCount(int(list.size()));
        for (int r = 0; r < list.size(); ++r) {
            t->setItem(r, 0, new QTableWidgetItem(QString::number(list.at(r).bound, 'g', 10)));
            t->setItem(r, 1, new QTableWidgetItem(QString::number(list.at(r).points)));
        }
    }
    m_window->setValue(bands.windowDays);
    m_harmWindow->setValue(bands.harmWindowDays);
    m_broker->setValue(bands.brokerPoints);
    m_betweenness->setValue(bands.betweennessPoints);
    m_threshold->setValue(bands.betweennessThreshold);
    updateDescription();
}

std::optional<PriorityBands> BandsDialog::bands(QString *error) const
{
    const QString names[3] = {tr("recency"), tr("frequency"), tr("harm")};
    PriorityBands b;
    for (int f = 0; f < 3; ++f) {
        QList<PriorityBand> &list = b.*kFactors[f];
        const QTableWidget *t = m_tables[f];
        for (int r = 0; r < t->rowCount(); ++r) {
            bool okBound = false, okPoints = false;
            const double bound = t->item(r, 0) ? t->item(r, 0)->text().toDouble(&okBound) : 0;
            const int points = t->item(r, 1) ? t->item(r, 1)->text().toInt(&okPoints) : 0;
            if (!okBound || !okPoints) {
                if (error)
                    *error = tr("%1 band %2: expected a number as the bound and whole points").arg(names[f]).arg(r + 1);
                return std::nullopt;
            }
            list.append({bound, points});
        }
    }
    b.windowDays = m_window->value();
    b.harmWindowDays = m_harmWindow->value();
    b.brokerPoints = m_broker->value();
    b.betweennessPoints = m_betweenness->value();
    b.betweennessThreshold = m_threshold->value();
    // The same checks as the stored form (order of bounds, ranges).
    return PriorityBands::fromJson(b.toJson(), error);
}

void BandsDialog::updateDescription()
{
    QString error;
    const auto b = bands(&error);
    m_description->setText(b ? b->describe() : QString());
    m_error->setText(b ? QString() : error);
}

void BandsDialog::tryAccept()
{
    QString error;
    if (bands(&error))
        accept();
    else
        m_error->setText(error);
}

} // namespace fc
