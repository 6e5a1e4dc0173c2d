// SPDX-License-Identifier: MIT
#include "demodatawriter.h"

#include "connection.h"
#include "inventoryrepository.h"
#include "sqlquery.h"
#include "timeutil.h"

#include <QSqlQuery>

namespace {

const QStringList kTablesChildFirst{QStringLiteral("sale_items"), QStringLiteral("sales"),
                                    QStringLiteral("inventory_history"), QStringLiteral("inventory"),
                                    QStringLiteral("products"), QStringLiteral("categories"),
                                    QStringLiteral("customers")};

// Bound values per INSERT statement: enough rows to amortise the statement overhead, few enough
// that Qt's per-parameter name lookup in the SQLite driver (linear in the parameter count) stays
// cheap, and far below every engine's parameter limit.
constexpr qsizetype kValuesPerStatement = 240;

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

void DemoDataWriter::beginBulkLoad()
{
    // A bulk load touches every page of the new indexes; SQLite's default 2 MB page cache would
    // spill to the WAL over and over inside the one big transaction.
    if (m_conn.dialect().engine() == DatabaseUrl::Engine::SQLite) {
        m_conn.exec(QStringLiteral("PRAGMA cache_size = -262144"));
        m_conn.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    }
}

void DemoDataWriter::endBulkLoad()
{
    if (m_conn.dialect().engine() == DatabaseUrl::Engine::SQLite)
        m_conn.exec(QStringLiteral("PRAGMA cache_size = -2000"));
}

bool DemoDataWriter::hasData()
{
    for (const QString &table : kTablesChildFirst) {
        SqlQuery q(m_conn, QStringLiteral("SELECT 1 FROM ") + table + QStringLiteral(" LIMIT 1"));
        if (q.scalar().isValid())
            return true;
    }
    return false;
}

void DemoDataWriter::clear()
{
    for (const QString &table : kTablesChildFirst)
        m_conn.exec(QStringLiteral("DELETE FROM ") + table);
}

qint64 DemoDataWriter::maxId(const QString &table)
{
    SqlQuery q(m_conn, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ") + table);
    return q.scalar().toLongLong();
}

template<typename Row, typename Bind>
void DemoDataWriter::insertRows(const QString &table, const QStringList &columns, const QList<Row> &rows, Bind bind)
{
    const QString head = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns.join(QStringLiteral(", "))
        + QStringLiteral(") VALUES ");
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString tuple = u'(' + marks.join(u',') + u')';

    auto statementFor = [&](qsizetype count) {
        QString sql = head;
        sql.reserve(head.size() + count * (tuple.size() + 1));
        for (qsizetype i = 0; i < count; ++i) {
            if (i)
                sql += u',';
            sql += tuple;
        }
        return sql;
    };

    const qsizetype kRowsPerStatement = std::max<qsizetype>(1, kValuesPerStatement / columns.size());
    std::optional<SqlQuery> full;
    for (qsizetype start = 0; start < rows.size(); start += kRowsPerStatement) {
        const qsizetype count = std::min(kRowsPerStatement, rows.size() - start);
        std::optional<SqlQuery> partial;
        SqlQuery *query;
        if (count == kRowsPerStatement) {
            if (!full)
                full.emplace(m_conn, statementFor(count));
            query = &*full;
        } else {
            partial.emplace(m_conn, statementFor(count));
            query = &*partial;
        }
        for (qsizetype i = start; i < start + count; ++i)
            bind(*query, rows[i]);
        query->exec();
    }
}

void DemoDataWriter::insertCategories(const QList<Category> &rows)
{
    insertRows(QStringLiteral("categories"),
               {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("created_at"),
                QStringLiteral("updated_at")},
               rows, [](SqlQuery &q, const Category &c) {
                   q.bind(c.id).bind(c.name).bind(c.description).bind(TimeUtil::toDb(c.createdAt)).bind(TimeUtil::toDb(c.updatedAt));
               });
}

void DemoDataWriter::insertProducts(const QList<Product> &rows)
{
    insertRows(QStringLiteral("products"),
               {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("sku"),
                QStringLiteral("price"), QStringLiteral("category_id"), QStringLiteral("created_at"), QStringLiteral("updated_at")},
               rows, [](SqlQuery &q, const Product &p) {
                   q.bind(p.id).bind(p.name).bind(p.description).bind(p.sku).bind(qint64(p.price.cents())).bind(p.categoryId);
                   q.bind(TimeUtil::toDb(p.createdAt)).bind(TimeUtil::toDb(p.updatedAt));
               });
}

void DemoDataWriter::insertInventory(const QList<InventoryItem> &rows)
{
    insertRows(QStringLiteral("inventory"),
               {QStringLiteral("id"), QStringLiteral("product_id"), QStringLiteral("location"), QStringLiteral("channel"),
                QStringLiteral("quantity"), QStringLiteral("low_stock_threshold"), QStringLiteral("last_restock_date"),
                QStringLiteral("created_at"), QStringLiteral("updated_at")},
               rows, [](SqlQuery &q, const InventoryItem &i) {
                   q.bind(i.id).bind(i.productId).bind(i.location).bind(InventoryRepository::channelValue(i.channel)).bind(i.quantity).bind(i.lowStockThreshold);
                   q.bind(TimeUtil::toDb(i.lastRestockDate)).bind(TimeUtil::toDb(i.createdAt)).bind(TimeUtil::toDb(i.updatedAt));
               });
}

void DemoDataWriter::insertHistory(const QList<InventoryHistoryEntry> &rows)
{
    insertRows(QStringLiteral("inventory_history"),
               {QStringLiteral("id"), QStringLiteral("inventory_id"), QStringLiteral("previous_quantity"),
                QStringLiteral("new_quantity"), QStringLiteral("change_reason"), QStringLiteral("created_at")},
               rows, [](SqlQuery &q, const InventoryHistoryEntry &h) {
                   q.bind(h.id).bind(h.inventoryId).bind(h.previousQuantity).bind(h.newQuantity).bind(h.changeReason);
                   q.bind(TimeUtil::toDb(h.createdAt));
               });
}

void DemoDataWriter::insertCustomers(const QList<Customer> &rows)
{
    insertRows(QStringLiteral("customers"),
               {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"),
                QStringLiteral("address"), QStringLiteral("created_at"), QStringLiteral("updated_at")},
               rows, [](SqlQuery &q, const Customer &c) {
                   q.bind(c.id).bind(c.name).bind(orNull(c.email)).bind(orNull(c.phone)).bind(orNull(c.address));
                   q.bind(TimeUtil::toDb(c.createdAt)).bind(TimeUtil::toDb(c.updatedAt));
               });
}

void DemoDataWriter::insertSales(const QList<Sale> &rows)
{
    insertRows(QStringLiteral("sales"),
               {QStringLiteral("id"), QStringLiteral("order_number"), QStringLiteral("order_date"), QStringLiteral("customer_id"),
                QStringLiteral("total_amount"), QStringLiteral("platform"), QStringLiteral("status"),
                QStringLiteral("created_at"), QStringLiteral("updated_at")},
               rows, [](SqlQuery &q, const Sale &s) {
                   const QVariant stamp = TimeUtil::toDb(s.orderDate);
                   q.bind(s.id).bind(s.orderNumber).bind(stamp);
                   q.bind(s.customerId ? QVariant(*s.customerId) : QVariant(QMetaType::fromType<qlonglong>()));
                   q.bind(qint64(s.totalAmount.cents())).bind(s.platform).bind(SaleStatuses::toString(s.status));
                   q.bind(TimeUtil::toDb(s.createdAt)).bind(TimeUtil::toDb(s.updatedAt));
               });
    QList<SaleItem> items;
    for (const Sale &s : rows)
        items << s.items;
    insertRows(QStringLiteral("sale_items"),
               {QStringLiteral("id"), QStringLiteral("sale_id"), QStringLiteral("product_id"), QStringLiteral("quantity"),
                QStringLiteral("unit_price"), QStringLiteral("discount"), QStringLiteral("created_at")},
               items, [](SqlQuery &q, const SaleItem &i) {
                   q.bind(i.id).bind(i.saleId).bind(i.productId).bind(i.quantity).bind(qint64(i.unitPrice.cents()));
                   q.bind(qint64(i.discount.cents())).bind(TimeUtil::toDb(i.createdAt));
               });
}

void DemoDataWriter::syncSequences()
{
    if (m_conn.dialect().engine() != DatabaseUrl::Engine::PostgreSQL)
        return; // MySQL's AUTO_INCREMENT and SQLite's AUTOINCREMENT follow explicit ids by themselves
    for (const QString &table : kTablesChildFirst)
        m_conn.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)").arg(table));
}
