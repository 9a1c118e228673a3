#include "chart/undocommands.h"

#include "chart/chartdocument.h"

#include <QCoreApplication>

namespace fc {

AddEntitiesCommand::AddEntitiesCommand(ChartDocument *document, const QList<ChartEntity> &entities,
                                       const QList<LinkRecord> &links, const QString &text,
                                       QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_entities(entities), m_links(links)
{
}

void AddEntitiesCommand::redo()
{
    m_document->insertEntities(m_entities, m_links);
}

void AddEntitiesCommand::undo()
{
    QList<qint64> ids;
    for (const ChartEntity &entity : std::as_const(m_entities))
        ids.append(entity.record.id);
    m_document->takeEntities(ids);
}

RemoveEntitiesCommand::RemoveEntitiesCommand(ChartDocument *document, const QList<qint64> &ids,
                                             const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_entities(document->chartEntities(ids)),
      m_links(document->linksTouching(ids))
{
}

void RemoveEntitiesCommand::redo()
{
    QList<qint64> ids;
    for (const ChartEntity &entity : std::as_const(m_entities))
        ids.append(entity.record.id);
    m_document->takeEntities(ids);
}

void RemoveEntitiesCommand::undo()
{
    m_document->insertEntities(m_entities, m_links);
}

MoveItemsCommand::MoveItemsCommand(ChartDocument *document, const QHash<qint64, QPointF> &from,
                                   const QHash<qint64, QPointF> &to, QUndoCommand *parent)
    : QUndoCommand(
          QCoreApplication::translate("fc::MoveItemsCommand", "Move %n item(s)", nullptr, int(to.size())),
          parent),
      m_document(document), m_from(from), m_to(to)
{
}

void MoveItemsCommand::redo()
{
    m_document->applyPositions(m_to);
}

void MoveItemsCommand::undo()
{
    m_document->applyPositions(m_from);
}

bool MoveItemsCommand::mergeWith(const QUndoCommand *other)
{
    // Consecutive drags of the same items are one edit: keep the first start, take the new end.
    const auto *move = static_cast<const MoveItemsCommand *>(other);
    if (move->m_to.size() != m_to.size())
        return false;
    for (auto it = move->m_to.begin(); it != move->m_to.end(); ++it) {
        if (!m_to.contains(it.key()))
            return false;
    }
    m_to = move->m_to;
    return true;
}

LayoutCommand::LayoutCommand(ChartDocument *document, const QHash<qint64, QPointF> &from,
                             const QHash<qint64, QPointF> &to, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_from(from), m_to(to)
{
}

void LayoutCommand::redo()
{
    m_document->applyPositions(m_to);
}

void LayoutCommand::undo()
{
    m_document->applyPositions(m_from);
}

GroupCommand::GroupCommand(ChartDocument *document, const QList<qint64> &ids, int group, const QString &name,
                           QUndoCommand *parent)
    : QUndoCommand(group ? QCoreApplication::translate("fc::GroupCommand", "Group %n entities", nullptr,
                                                       int(ids.size()))
                         : QCoreApplication::translate("fc::GroupCommand", "Ungroup %n entities", nullptr,
                                                       int(ids.size())),
                   parent),
      m_document(document), m_ids(ids), m_group(group), m_name(name)
{
    for (const ChartEntity &entity : document->chartEntities(ids))
        m_before.insert(entity.record.id, entity.group);
}

void GroupCommand::redo()
{
    QHash<qint64, int> groups;
    for (qint64 id : std::as_const(m_ids))
        groups.insert(id, m_group);
    if (m_group)
        m_document->setGroupName(m_group, m_name);
    m_document->applyGroups(groups);
}

void GroupCommand::undo()
{
    m_document->applyGroups(m_before);
}

HideCommand::HideCommand(ChartDocument *document, const QList<qint64> &ids, bool hide, QUndoCommand *parent)
    : QUndoCommand(
          hide ? QCoreApplication::translate("fc::HideCommand", "Hide %n entities", nullptr, int(ids.size()))
               : QCoreApplication::translate("fc::HideCommand", "Show %n entities", nullptr, int(ids.size())),
          parent),
      m_document(document), m_hide(hide)
{
    for (const ChartEntity &entity : document->chartEntities(ids))
        m_before.insert(entity.record.id, entity.hidden);
}

void HideCommand::redo()
{
    QHash<qint64, bool> hidden;
    for (auto it = m_before.begin(); it != m_before.end(); ++it)
        hidden.insert(it.key(), m_hide);
    m_document->applyHidden(hidden);
}

void HideCommand::undo()
{
    m_document->applyHidden(m_before);
}

PinCommand::PinCommand(ChartDocument *document, const QList<qint64> &ids, bool pin, QUndoCommand *parent)
    : QUndoCommand(
          pin ? QCoreApplication::translate("fc::PinCommand", "Pin %n entities", nullptr, int(ids.size()))
              : QCoreApplication::translate("fc::PinCommand", "Unpin %n entities", nullptr, int(ids.size())),
          parent),
      m_document(document), m_pin(pin)
{
    for (const ChartEntity &entity : document->chartEntities(ids))
        m_before.insert(entity.record.id, entity.pinned);
}

void PinCommand::redo()
{
    QHash<qint64, bool> pinned;
    for (auto it = m_before.begin(); it != m_before.end(); ++it)
        pinned.insert(it.key(), m_pin);
    m_document->applyPinned(pinned);
}

void PinCommand::undo()
{
    m_document->applyPinned(m_before);
}

} // namespace fc
