#pragma once

#include "chart/chartentity.h"
#include "model/records.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QUndoCommand>

namespace fc {

class ChartDocument;

/** Merge ids of the chart's undo commands, in one place (as Tiled's undocommands.h). */
enum UndoCommandId {
    MoveItemsCommandId = 1,
};

/** Undo command that puts entities (with the links among them and the chart) on the chart. */
class AddEntitiesCommand : public QUndoCommand
{
public:
    AddEntitiesCommand(ChartDocument *document, const QList<ChartEntity> &entities,
                       const QList<LinkRecord> &links, const QString &text, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    ChartDocument *m_document;
    QList<ChartEntity> m_entities;
    QList<LinkRecord> m_links;
};

/** Undo command that takes entities and their links off the chart; undo restores them exactly. */
class RemoveEntitiesCommand : public QUndoCommand
{
public:
    RemoveEntitiesCommand(ChartDocument *document, const QList<qint64> &ids, const QString &text,
                          QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    ChartDocument *m_document;
    QList<ChartEntity> m_entities;
    QList<LinkRecord> m_links;
};

/** Undo command for entities dragged by the user; consecutive drags of the same items merge. */
class MoveItemsCommand : public QUndoCommand
{
public:
    MoveItemsCommand(ChartDocument *document, const QHash<qint64, QPointF> &from,
                     const QHash<qint64, QPointF> &to, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override { return MoveItemsCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ChartDocument *m_document;
    QHash<qint64, QPointF> m_from;
    QHash<qint64, QPointF> m_to;
};

/** Undo command for a finished layout: every entity's position before and after. */
class LayoutCommand : public QUndoCommand
{
public:
    LayoutCommand(ChartDocument *document, const QHash<qint64, QPointF> &from,
                  const QHash<qint64, QPointF> &to, const QString &text, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    ChartDocument *m_document;
    QHash<qint64, QPointF> m_from;
    QHash<qint64, QPointF> m_to;
};

/** Undo command that puts entities into a group (or, with group 0, out of their groups). */
class GroupCommand : public QUndoCommand
{
public:
    GroupCommand(ChartDocument *document, const QList<qint64> &ids, int group, const QString &name,
                 QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    ChartDocument *m_document;
    QHash<qint64, int> m_before;
    QList<qint64> m_ids;
    int m_group;
    QString m_name;
};

/** Undo command that hides or shows entities (their links follow). */
class HideCommand : public QUndoCommand
{
public:
    HideCommand(ChartDocument *document, const QList<qint64> &ids, bool hide, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    ChartDocument *m_document;
    QHash<qint64, bool> m_before;
    bool m_hide;
};

/** Undo command that pins entities (layouts leave them where they are) or unpins them. */
class PinCommand : public QUndoCommand
{
public:
    PinCommand(ChartDocument *document, const QList<qint64> &ids, bool pin, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    ChartDocument *m_document;
    QHash<qint64, bool> m_before;
    bool m_pin;
};

} // namespace fc
