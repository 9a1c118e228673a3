#include "resolve/pairexplainer.h"

#include "resolve/mergeledger.h"
#include "resolve/recordloader.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QJsonDocument>

namespace fc {

PairExplainer::PairExplainer(Workspace &workspace) : m_workspace(workspace) {}

bool PairExplainer::load(QString *error)
{
    if (m_loaded)
        return bool(m_model);
    m_loaded = true;
    Statement saved = m_workspace.database().prepare(
        QStringLiteral("SELECT model FROM match_models WHERE entity_type = ? ORDER BY id DESC LIMIT 1"));
    saved.bind(1, int(EntityType::Person));
    if (!saved.step()) {
        if (error)
            *error = tr("no match model is saved in the workspace (run resolve with the Fellegi-Sunter model)");
        return false;
    }
    QString loadError;
    m_model = MatchModel::fromJson(QJsonDocument::fromJson(saved.text(0).toUtf8()).object(), &loadError);
    if (!m_model) {
        if (error)
            *error = tr("the saved match model cannot be read: %1").arg(loadError);
        return false;
    }
    m_records = RecordLoader::load(m_workspace, EntityType::Person, &loadError);
    if (!loadError.isEmpty()) {
        m_model.reset();
        if (error)
            *error = loadError;
        return false;
    }
    for (int i = 0; i < m_records.size(); ++i)
        m_index.insert(m_records.at(i).entityId, i);
    return true;
}

bool PairExplainer::hasModel()
{
    return load(nullptr);
}

std::optional<PairExplanation> PairExplainer::explain(qint64 a, qint64 b, QString *error)
{
    if (!load(error))
        return std::nullopt;
    MergeLedger ledger(m_workspace);
    const qint64 ra = ledger.rootOf(a), rb = ledger.rootOf(b);
    const auto ia = m_index.constFind(ra), ib = m_index.constFind(rb);
    if (ia == m_index.constEnd() || ib == m_index.constEnd()) {
        if (error)
            *error = tr("entity %1 is not a live person entity").arg(ia == m_index.constEnd() ? a : b);
        return std::nullopt;
    }
    return m_model->explain(m_records.at(*ia), m_records.at(*ib));
}

} // namespace fc
