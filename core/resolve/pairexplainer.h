#pragma once

#include "resolve/matchmodel.h"
#include "resolve/pairexplanation.h"
#include "resolve/resolvetypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace fc {

class Workspace;

/**
 * The Fellegi-Sunter waterfall of two person entities with the match model saved in the
 * workspace by the last run that trained one (nothing is trained here, so a pane can ask for it
 * quickly). Entities are taken to the entity they were merged into. The records and model are
 * read once and kept; make a new explainer after the workspace changes.
 */
class PairExplainer
{
    Q_DECLARE_TR_FUNCTIONS(PairExplainer)

public:
    explicit PairExplainer(Workspace &workspace);

    /** Whether the workspace holds a saved person match model. */
    bool hasModel();
    /** The waterfall of persons a and b; nullopt (and why in error) without a saved model or
     *  when either is not a live person. */
    std::optional<PairExplanation> explain(qint64 a, qint64 b, QString *error = nullptr);
    /** The saved model, once hasModel() or explain() has read it; null without one. */
    const MatchModel *model() const { return m_model ? &*m_model : nullptr; }

private:
    bool load(QString *error);
    Workspace &m_workspace;
    bool m_loaded = false;
    std::optional<MatchModel> m_model;
    QList<ResolveRecord> m_records;
    QHash<qint64, int> m_index;
};

} // namespace fc
