#include "resolve/resolvereportmodel.h"

namespace fc {

void ResolveReportModel::setReport(const ResolveReport &report)
{
    beginResetModel();
    m_rows = report.types;
    endResetModel();
}

int ResolveReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResolveReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResolveReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ResolveTypeReport &t = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Type:
            return EntityTypes::displayName(t.type);
        case ScoredBy:
            return t.model == QLatin1String("rules") ? tr("Rules") : t.model;
        case Records:
            return t.records;
        case Candidates:
            return t.candidatePairs;
        case Merged:
            return t.merged;
        case Queued:
            return t.queued;
        case KeptApart:
            return t.keptApart;
        case RememberedApart:
            return t.rememberedApart;
        case Conflicts:
            return t.conflicts;
        case Passes:
            return t.passes;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Type && index.column() != ScoredBy)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ResolveReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Type:
            return tr("Type");
        case ScoredBy:
            return tr("Scored by");
        case Records:
            return tr("Records");
        case Candidates:
            return tr("Pairs scored");
        case Merged:
            return tr("Merged");
        case Queued:
            return tr("For review");
        case KeptApart:
            return tr("Kept apart");
        case RememberedApart:
            return tr("Decided before");
        case Conflicts:
            return tr("Conflicts");
        case Passes:
            return tr("Passes");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ScoredBy:
            return tr("How the pairs were scored: the hand-set rules, or the Fellegi-Sunter match model (trained in "
                      "this run, or the one saved in the workspace by an earlier run). Analysis > Resolution "
                      "Settings chooses it for persons");
        case Merged:
            return tr("Pairs scored at or above the merge threshold, merged automatically");
        case Queued:
            return tr("Pairs between the review and merge thresholds, waiting in the review queue");
        case KeptApart:
            return tr("Pairs below the review threshold, or incompatible (e.g. two dates of birth)");
        case RememberedApart:
            return tr("Pairs an analyst had already said are different");
        case Conflicts:
            return tr("Merges refused because they would join records that are kept apart");
        case Passes:
            return tr("Match model: after a pass that merged, each merged cluster is compared again as one record "
                      "holding all its members say (names, dates of birth, vehicles, co-offenders, towns, stores), "
                      "until a pass merges nothing: what re-running resolution would find, in one run");
        }
    }
    return {};
}

} // namespace fc
