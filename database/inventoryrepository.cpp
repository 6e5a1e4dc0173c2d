// SPDX-License-Identifier: MIT
#include "inventoryrepository.h"

#include "connection.h"
#include "sqlhelpers.h"
#include "sqlquery.h"
#include "timeutil.h"

namespace {

const QString kColumns = QStringLiteral("i.id, i.product_id, i.location, i.channel, i.quantity, i.low_stock_threshold, "
                                        "i.last_restock_date, i.created_at, i.updated_at");

InventoryItem read(const SqlQuery &q)
{
    return InventoryItem{q.int64(0),
                         q.int64(1),
                         q.string(2),
                         q.string(3),
                         q.int64(4),
                         q.int64(5),
                         TimeUtil::fromDb(q.value(6)),
                         TimeUtil::fromDb(q.value(7)),
                         TimeUtil::fromDb(q.value(8))};
}

WhereBuilder where(const InventoryFilter &f)
{
    WhereBuilder w;
    if (f.productId)
        w.add(QStringLiteral("i.product_id = ?"), {*f.productId});
    if (f.categoryId)
        w.add(QStringLiteral("i.product_id IN (SELECT id FROM products WHERE category_id = ?)"), {*f.categoryId});
    if (f.location)
        w.add(QStringLiteral("i.location = ?"), {*f.location});
    if (f.channel)
        w.add(QStringLiteral("i.channel = ?"), {InventoryRepository::channelValue(*f.channel)});
    if (f.lowStockOnly)
        w.add(QStringLiteral("i.quantity <= i.low_stock_threshold"));
    return w;
}

WhereBuilder historyWhere(qint64 inventoryId, const HistoryFilter &f)
{
    WhereBuilder w;
    w.add(QStringLiteral("inventory_id = ?"), {inventoryId});
    if (f.fromUtc)
        w.add(QStringLiteral("created_at >= ?"), {TimeUtil::toDb(*f.fromUtc)});
    if (f.untilUtc)
        w.add(QStringLiteral("created_at < ?"), {TimeUtil::toDb(*f.untilUtc)});
    return w;
}

} // namespace

QString InventoryRepository::channelValue(const QString &channel)
{
    // NOT NULL column: "not reserved" is stored as '' (a null QString would bind as NULL).
    return channel.isNull() ? QStringLiteral("") : channel;
}

const QStringList &InventoryRepository::sortColumns()
{
    static const QStringList s_columns{QStringLiteral("id"),       QStringLiteral("product_id"),
                                       QStringLiteral("location"), QStringLiteral("channel"),
                                       QStringLiteral("quantity"), QStringLiteral("low_stock_threshold"),
                                       QStringLiteral("last_restock_date"), QStringLiteral("updated_at")};
    return s_columns;
}

QList<InventoryItem> InventoryRepository::list(const InventoryFilter &filter)
{
    const WhereBuilder w = where(filter);
    QVariantList values = w.values();
    const QString column = sortColumns().contains(filter.sortColumn) ? filter.sortColumn : QStringLiteral("id");
    SqlQuery q(m_conn, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM inventory i") + w.sql()
                           + orderBy(QStringLiteral("i.") + column, filter.sortDescending, QStringLiteral("i.id"))
                           + limitOffset(filter.page, values));
    bindAll(q, values);
    q.exec();
    QList<InventoryItem> result;
    while (q.next())
        result << read(q);
    return result;
}

qint64 InventoryRepository::count(const InventoryFilter &filter)
{
    const WhereBuilder w = where(filter);
    SqlQuery q(m_conn, QStringLiteral("SELECT COUNT(*) FROM inventory i") + w.sql());
    bindAll(q, w.values());
    return q.scalar().toLongLong();
}

std::optional<InventoryItem> InventoryRepository::findWhere(const QString &condition, const QVariantList &values, bool lock)
{
    SqlQuery q(m_conn, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM inventory i WHERE ") + condition
                           + (lock ? m_conn.dialect().forUpdate() : QString()));
    bindAll(q, values);
    q.exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::optional<InventoryItem> InventoryRepository::find(qint64 id)
{
    return findWhere(QStringLiteral("i.id = ?"), {id});
}

std::optional<InventoryItem> InventoryRepository::findForUpdate(qint64 id)
{
    return findWhere(QStringLiteral("i.id = ?"), {id}, true);
}

std::optional<InventoryItem> InventoryRepository::findByKey(qint64 productId, const QString &location, const QString &channel)
{
    return findWhere(QStringLiteral("i.product_id = ? AND i.location = ? AND i.channel = ?"), {productId, location, channelValue(channel)});
}

QList<InventoryItem> InventoryRepository::forProduct(qint64 productId)
{
    InventoryFilter f;
    f.productId = productId;
    f.page.limit = 100000;
    return list(f);
}

void InventoryRepository::insert(InventoryItem &item)
{
    item.id = m_conn.insert(
        QStringLiteral("INSERT INTO inventory (product_id, location, channel, quantity, low_stock_threshold, "
                       "last_restock_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {item.productId, item.location, channelValue(item.channel), item.quantity, item.lowStockThreshold,
         TimeUtil::toDb(item.lastRestockDate), TimeUtil::toDb(item.createdAt), TimeUtil::toDb(item.updatedAt)});
}

void InventoryRepository::updateAttributes(const InventoryItem &item)
{
    SqlQuery q(m_conn, QStringLiteral("UPDATE inventory SET location = ?, channel = ?, low_stock_threshold = ?, "
                                      "last_restock_date = ?, updated_at = ? WHERE id = ?"));
    q.bind(item.location).bind(channelValue(item.channel)).bind(item.lowStockThreshold).bind(TimeUtil::toDb(item.lastRestockDate));
    q.bind(TimeUtil::toDb(item.updatedAt)).bind(item.id).exec();
}

std::optional<qint64> InventoryRepository::applyDelta(qint64 id, qint64 delta, const QDateTime &now)
{
    const QVariant stamp = TimeUtil::toDb(now);
    SqlQuery update(m_conn, delta > 0 ? QStringLiteral("UPDATE inventory SET quantity = quantity + ?, updated_at = ?, "
                                                       "last_restock_date = ? WHERE id = ? AND quantity + ? >= 0 AND quantity + ? <= ?")
                                      : QStringLiteral("UPDATE inventory SET quantity = quantity + ?, updated_at = ? "
                                                       "WHERE id = ? AND quantity + ? >= 0 AND quantity + ? <= ?"));
    update.bind(delta).bind(stamp);
    if (delta > 0)
        update.bind(stamp);
    update.bind(id).bind(delta).bind(delta).bind(kMaxQuantity).exec();
    if (update.rowsAffected() != 1)
        return std::nullopt;
    // The UPDATE holds the row's write lock until commit, so this read sees exactly our result.
    SqlQuery read(m_conn, QStringLiteral("SELECT quantity FROM inventory WHERE id = ?"));
    read.bind(id);
    return read.scalar().toLongLong();
}

void InventoryRepository::setQuantity(qint64 id, qint64 quantity, bool restocked, const QDateTime &now)
{
    const QVariant stamp = TimeUtil::toDb(now);
    SqlQuery q(m_conn, restocked ? QStringLiteral("UPDATE inventory SET quantity = ?, updated_at = ?, last_restock_date = ? WHERE id = ?")
                                 : QStringLiteral("UPDATE inventory SET quantity = ?, updated_at = ? WHERE id = ?"));
    q.bind(quantity).bind(stamp);
    if (restocked)
        q.bind(stamp);
    q.bind(id).exec();
}

void InventoryRepository::addHistory(InventoryHistoryEntry &e)
{
    e.id = m_conn.insert(QStringLiteral("INSERT INTO inventory_history (inventory_id, previous_quantity, new_quantity, "
                                        "change_reason, created_at) VALUES (?, ?, ?, ?, ?)"),
                         {e.inventoryId, e.previousQuantity, e.newQuantity, e.changeReason, TimeUtil::toDb(e.createdAt)});
}

QList<InventoryHistoryEntry> InventoryRepository::history(qint64 inventoryId, const HistoryFilter &filter)
{
    const WhereBuilder w = historyWhere(inventoryId, filter);
    QVariantList values = w.values();
    SqlQuery q(m_conn, QStringLiteral("SELECT id, inventory_id, previous_quantity, new_quantity, change_reason, created_at "
                                      "FROM inventory_history") + w.sql()
                           + QStringLiteral(" ORDER BY created_at DESC, id DESC") + limitOffset(filter.page, values));
    bindAll(q, values);
    q.exec();
    QList<InventoryHistoryEntry> result;
    while (q.next())
        result << InventoryHistoryEntry{q.int64(0), q.int64(1), q.int64(2), q.int64(3), q.string(4), TimeUtil::fromDb(q.value(5))};
    return result;
}

qint64 InventoryRepository::historyCount(qint64 inventoryId, const HistoryFilter &filter)
{
    const WhereBuilder w = historyWhere(inventoryId, filter);
    SqlQuery q(m_conn, QStringLiteral("SELECT COUNT(*) FROM inventory_history") + w.sql());
    bindAll(q, w.values());
    return q.scalar().toLongLong();
}

QList<LowStockRow> InventoryRepository::lowStock(std::optional<qint64> thresholdOverride, std::optional<qint64> categoryId)
{
    WhereBuilder w;
    // A validated integer, written into the SQL so the threshold column has one type on every engine.
    const QString thresholdExpr = thresholdOverride ? QString::number(*thresholdOverride) : QStringLiteral("i.low_stock_threshold");
    w.add(QStringLiteral("i.quantity <= ") + thresholdExpr);
    if (categoryId)
        w.add(QStringLiteral("p.category_id = ?"), {*categoryId});
    SqlQuery q(m_conn, QStringLiteral("SELECT i.id, i.product_id, p.name, p.sku, i.location, i.channel, i.quantity, ")
                           + thresholdExpr + QStringLiteral(" FROM inventory i JOIN products p ON p.id = i.product_id")
                           + w.sql()
                           + QStringLiteral(" ORDER BY CASE WHEN i.quantity = 0 THEN 0 ELSE 1 END, (") + thresholdExpr
                           + QStringLiteral(" - i.quantity) DESC, p.name, i.id"));
    bindAll(q, w.values());
    q.exec();
    QList<LowStockRow> result;
    while (q.next())
        result << LowStockRow{q.int64(0), q.int64(1), q.string(2), q.string(3), q.string(4), q.string(5), q.int64(6), q.int64(7)};
    return result;
}

void InventoryRepository::removeForProduct(qint64 productId)
{
    SqlQuery history(m_conn, QStringLiteral("DELETE FROM inventory_history WHERE inventory_id IN "
                                            "(SELECT id FROM inventory WHERE product_id = ?)"));
    history.bind(productId).exec();
    SqlQuery rows(m_conn, QStringLiteral("DELETE FROM inventory WHERE product_id = ?"));
    rows.bind(productId).exec();
}
