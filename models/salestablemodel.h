// SPDX-License-Identifier: MIT
#pragma once

#include "filters.h"
#include "salesscreenquery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QTimeZone>

#include <optional>

class Database;

/**
 * The orders table, built for stores with millions of orders. Only the rows a view asks for are
 * read, a window of kPageSize at a time, and at most kMaxPages windows are kept (the least
 * recently used go first), so memory stays flat however far the user scrolls. Sorting and
 * filtering re-query the database over all rows (ORDER BY / WHERE in SQL); the row count is
 * one COUNT per filter, kept until the filter changes or refresh() is called.
 */
class SalesTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, OrderNumber, OrderDate, Customer, Platform, Status, Total, ColumnCount };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 12;

    SalesTableModel(Database &database, const QTimeZone &zone, QObject *parent = nullptr);

    /** The field name a column shows ("order_date", "total_amount", …) and back (-1 if unknown). */
    static QString fieldName(int column);
    static int fieldIndex(const QString &field);

    /** Store-local inclusive dates (either may be absent). Call refresh() (or use setFilter()) to apply. */
    void setDateRange(std::optional<QDate> from, std::optional<QDate> to);
    void setPlatform(const QString &platform); ///< empty = every platform
    void setStatus(std::optional<SaleStatus> status);
    void setCustomerId(std::optional<qint64> id);
    /** Applies the filter set above: re-counts and resets the model. */
    void applyFilter();
    /** Re-reads everything (count and rows), e.g. after a write. */
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    qint64 idAt(int row) const;
    /** The row's data, or nullptr when it cannot be read. */
    const SalesScreenRow *rowAt(int row) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /** How many windows are in memory (for tests and the benchmark). */
    int cachedPages() const { return int(m_pages.size()); }
    /** The last read error, empty if none. */
    QString lastError() const { return m_error; }

private:
    void recount();
    SaleFilter filter() const;

    Database &m_db;
    QTimeZone m_zone;
    std::optional<QDate> m_from;
    std::optional<QDate> m_to;
    QString m_platform;
    std::optional<SaleStatus> m_status;
    std::optional<qint64> m_customerId;
    int m_sortColumn = OrderDate;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    qint64 m_count = 0;
    mutable QHash<qint64, QList<SalesScreenRow>> m_pages;
    mutable QList<qint64> m_recent; ///< page numbers, most recently used last
    mutable QString m_error;
};
