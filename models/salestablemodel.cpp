// SPDX-License-Identifier: MIT
#include "salestablemodel.h"

#include "timeutil.h"

#include "database.h"
#include "logging.h"
#include "modelroles.h"
#include "money.h"

#include <limits>
#include <thread>

SalesTableModel::SalesTableModel(Database &database, const QTimeZone &zone, QObject *parent)
    : QAbstractTableModel(parent), m_db(database), m_zone(zone)
{
    recount();
}

QString SalesTableModel::fieldName(int column)
{
    switch (column) {
    case Id: return QStringLiteral("id");
    case OrderNumber: return QStringLiteral("order_number");
    case OrderDate: return QStringLiteral("order_date");
    case Customer: return QStringLiteral("customer");
    case Platform: return QStringLiteral("platform");
    case Status: return QStringLiteral("status");
    case Total: return QStringLiteral("total_amount");
    default: return {};
    }
}

int SalesTableModel::fieldIndex(const QString &field)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (fieldName(c) == field)
            return c;
    }
    return -1;
}

void SalesTableModel::setDateRange(std::optional<QDate> from, std::optional<QDate> to)
{
    m_from = from;
    m_to = to;
}

void SalesTableModel::setPlatform(const QString &platform)
{
    m_platform = platform;
}

void SalesTableModel::setStatus(std::optional<SaleStatus> status)
{
    m_status = status;
}

void SalesTableModel::setCustomerId(std::optional<qint64> id)
{
    m_customerId = id;
}

SaleFilter SalesTableModel::filter() const
{
    SaleFilter f;
    // Store-local calendar days, as the services resolve them.
    if (m_from)
        f.fromUtc = TimeUtil::localToUtc(*m_from, QTime(0, 0), m_zone);
    if (m_to)
        f.untilUtc = TimeUtil::localToUtc(m_to->addDays(1), QTime(0, 0), m_zone);
    if (!m_platform.isEmpty())
        f.platform = m_platform;
    f.status = m_status;
    f.customerId = m_customerId;
    f.sortColumn = fieldName(m_sortColumn);
    f.sortDescending = m_sortOrder == Qt::DescendingOrder;
    return f;
}

void SalesTableModel::recount()
{
    const SaleFilter f = filter();
    try {
        m_count = m_db.read([&](Connection &c) { return SalesScreenQuery(c).count(f); });
        m_error.clear();
    } catch (const StoreError &e) {
        qCWarning(lcDatabase) << "sales count:" << e.message();
        m_error = e.message();
        m_count = 0;
    }
}

void SalesTableModel::applyFilter()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    // The count and the first window are two independent scans: on a large store each can take
    // a good part of the 300 ms budget, so the count runs on a thread of its own (with its own
    // connection, closed when the thread ends) while this thread reads the first window.
    const SaleFilter f = filter();
    qint64 count = 0;
    QString countError;
    const auto countRows = [this, &f, &count, &countError] {
        try {
            count = m_db.read([&](Connection &c) { return SalesScreenQuery(c).count(f); });
        } catch (const StoreError &e) {
            countError = e.message();
        }
    };
    // An in-memory SQLite database exists only on its own connection: count there.
    const bool sideBySide = !(m_db.url().engine() == DatabaseUrl::Engine::SQLite && m_db.url().path() == u":memory:");
    std::thread counter;
    if (sideBySide) {
        counter = std::thread([this, &countRows] {
            countRows();
            m_db.closeThreadConnection();
        });
    } else {
        countRows();
    }
    QList<SalesScreenRow> first;
    bool firstRead = true;
    try {
        // The first window does not depend on the count (it is read from the start).
        first = m_db.read([&](Connection &c) {
            return SalesScreenQuery(c).window(f, 0, kPageSize, std::numeric_limits<qint64>::max());
        });
    } catch (const StoreError &e) {
        qCWarning(lcDatabase) << "sales window:" << e.message();
        firstRead = false;
    }
    if (counter.joinable())
        counter.join();
    m_count = countError.isEmpty() ? count : 0;
    m_error = countError;
    if (!countError.isEmpty())
        qCWarning(lcDatabase) << "sales count:" << countError;
    if (firstRead && m_count > 0) {
        m_pages.insert(0, first);
        m_recent.append(0);
    }
    endResetModel();
}

void SalesTableModel::refresh()
{
    applyFilter();
}

void SalesTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    // A new order does not change which rows match: the count is kept.
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    m_pages.clear();
    m_recent.clear();
    endResetModel();
}

int SalesTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int SalesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const SalesScreenRow *SalesTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const qint64 page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const SaleFilter f = filter();
        QList<SalesScreenRow> rows;
        try {
            rows = m_db.read([&](Connection &c) { return SalesScreenQuery(c).window(f, page * kPageSize, kPageSize, m_count); });
        } catch (const StoreError &e) {
            qCWarning(lcDatabase) << "sales window:" << e.message();
            m_error = e.message();
        }
        while (m_pages.size() >= kMaxPages && !m_recent.isEmpty())
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(page, rows);
    } else {
        m_recent.removeOne(page);
    }
    m_recent.append(page);
    const qsizetype offset = row - page * kPageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

qint64 SalesTableModel::idAt(int row) const
{
    const SalesScreenRow *r = rowAt(row);
    return r ? r->id : 0;
}

QVariant SalesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role != Qt::DisplayRole && role != ModelRoles::IdRole && role != ModelRoles::CentsRole
        && role != Qt::TextAlignmentRole && role != Qt::EditRole)
        return {};
    if (role == Qt::TextAlignmentRole) {
        const bool right = index.column() == Total || index.column() == Id;
        return QVariant::fromValue((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    const SalesScreenRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == ModelRoles::IdRole)
        return r->id;
    if (role == ModelRoles::CentsRole)
        return index.column() == Total ? QVariant(r->totalCents) : QVariant();
    switch (index.column()) {
    case Id: return r->id;
    case OrderNumber: return r->orderNumber;
    case OrderDate: return r->orderDate.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Customer: return r->customerId ? r->customerName : tr("Walk-in");
    case Platform: return r->platform;
    case Status: return r->status;
    case Total: return Money::fromCents(r->totalCents).toString();
    default: return {};
    }
}

QVariant SalesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("ID");
    case OrderNumber: return tr("Order");
    case OrderDate: return tr("Date");
    case Customer: return tr("Customer");
    case Platform: return tr("Platform");
    case Status: return tr("Status");
    case Total: return tr("Total");
    default: return {};
    }
}
