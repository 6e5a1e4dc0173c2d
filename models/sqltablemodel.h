// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QSet>
#include <QSqlQueryModel>
#include <QTimeZone>

class QSqlQuery;

/**
 * A read-only QSqlQueryModel whose columns are known by field name: money fields (integer
 * cents) display as plain decimals and carry ModelRoles::CentsRole for the money delegate,
 * timestamp fields (UTC) display in the store's time zone, headers are set per field, and
 * sort() re-runs the query with ORDER BY in SQL over all rows. Subclasses build the query in
 * refresh().
 */
class SqlTableModel : public QSqlQueryModel
{
    Q_OBJECT

public:
    explicit SqlTableModel(QObject *parent = nullptr);

    /** The column of @p field in the current result, -1 if absent. */
    int fieldIndex(const QString &field) const;
    /** The database id of @p row (the "id" field). */
    qint64 idAt(int row) const;
    /** The row whose id is @p id, -1 if it is not in the result. */
    int rowOfId(qint64 id) const;
    /** The raw value of @p field in @p row. */
    QVariant value(int row, const QString &field) const;

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString sortField() const { return m_sortField; }
    bool sortDescending() const { return m_sortDescending; }

    /** Runs the query again with the current filter and sort. */
    virtual void refresh() = 0;

protected:
    void setMoneyFields(const QStringList &fields) { m_moneyFields = QSet<QString>(fields.begin(), fields.end()); }
    void setTimeFields(const QStringList &fields) { m_timeFields = QSet<QString>(fields.begin(), fields.end()); }
    void setNumberFields(const QStringList &fields) { m_numberFields = QSet<QString>(fields.begin(), fields.end()); }
    void setFieldLabel(const QString &field, const QString &label) { m_headers.insert(field, label); }
    void setSort(const QString &field, bool descending) { m_sortField = field; m_sortDescending = descending; }
    /** Installs @p query and reads every row (screens over small tables). */
    void install(QSqlQuery &&query, bool fetchAllRows = true);
    QString fieldAt(int column) const;

private:
    QHash<QString, QString> m_headers;
    QSet<QString> m_moneyFields;
    QSet<QString> m_timeFields;
    QSet<QString> m_numberFields;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_sortField = QStringLiteral("id");
    bool m_sortDescending = false;
};
