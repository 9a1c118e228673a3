#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace fc {

/**
 * The facts a mention states, as the workspace keeps them (mentions.facts, read back by the
 * attributes view through json_each): a JSON array of [name, value] pairs, as UTF-8. Written in one
 * pass over the text, escaping and encoding together, since an import writes one for every entity
 * of every row.
 */
class FactsJson
{
public:
    /** Appends [[name, value], ...] to out. */
    static void append(QByteArray &out, const QList<QPair<QString, QString>> &facts);
};

} // namespace fc
