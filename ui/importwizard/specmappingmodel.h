#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QStringList>

namespace fc {

/**
 * The column mapping of an import spec as an editable table: one row per column of the file,
 * saying which entity role it feeds (with the role's entity type), as which field, and whether
 * it is part of the role's key. It starts from SpecTemplate's suggestions or a loaded spec and
 * writes the spec JSON back, keeping everything the table does not show (source, grading,
 * format, value maps, links between the roles mapped).
 */
class SpecMappingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SourceColumn, Sample, Role, Type, Field, Key, ColumnCount };

    /** One file column and what it maps to; role empty = not imported. */
    struct Mapping
    {
        QString column;
        QString sample;
        QString role;
        QString type;    // entity type name (person, vehicle...)
        QString subtype;
        QString field;   // attribute name; may be empty for a key-only column
        bool key = false;
    };

    using QAbstractTableModel::QAbstractTableModel;

    /** Builds the table for a file's header from a spec (suggested or loaded). */
    void setSpec(const QJsonObject &spec, const QStringList &header, const QList<QStringList> &samples);
    /** The spec as edited. */
    QJsonObject spec() const;
    QByteArray specJson() const;
    /**
     * Loads a spec file (checked by ImportSpec) into the table; false + *error naming the file.
     * Columns the spec reads that this file lacks cannot be shown: *warning then names them.
     */
    bool loadSpec(const QString &path, QString *error, QString *warning = nullptr);
    bool saveSpec(const QString &path, QString *error) const;

    const Mapping &mapping(int row) const { return m_rows.at(row); }
    /** The row of a file column, or -1. */
    int rowOf(const QString &column) const;
    /** Maps a column (what the table's editors do); type applies to every column of the role. */
    void setMapping(const QString &column, const QString &role, const QString &type, const QString &field, bool key);
    void unmap(const QString &column);
    QStringList roles() const;

    QString specName() const;
    void setSpecName(const QString &name);
    QString organisation() const;
    QString organisationKind() const;
    void setOrganisation(const QString &organisation, const QString &kind);
    /** 3x5x2 grading given for every row of the file. */
    QStringList grading() const;
    void setGrading(const QString &source, const QString &intelligence, const QString &handling);
    QString dateFormat() const;
    void setDateFormat(const QString &format);
    /** Sets a value of the "format" block (encoding, delimiter, header_row...). */
    void setFormatValue(const QString &key, const QJsonValue &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void specChanged();

private:
    void setBaseValue(const QString &section, const QString &key, const QJsonValue &value);
    QString typeOfRole(const QString &role) const;

    QJsonObject m_base; // the whole spec; entities/links are rebuilt from the rows
    QStringList m_header;
    QList<Mapping> m_rows;
};

} // namespace fc
