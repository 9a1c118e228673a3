#pragma once

#include <QGraphicsItem>

namespace fc {

class EntityItem;

/** The frame drawn around the entities of one group, with the group's name (plain text). */
class GroupItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    GroupItem(int group, const QString &name);

    int type() const override { return Type; }
    int group() const { return m_group; }
    void setName(const QString &name);
    void setMembers(const QList<EntityItem *> &members);
    const QList<EntityItem *> &members() const { return m_members; }
    /** Refits the frame to the visible members (after a member moved or was hidden). */
    void updateBounds();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_group;
    QString m_name;
    QList<EntityItem *> m_members;
    QRectF m_frame;
};

} // namespace fc
