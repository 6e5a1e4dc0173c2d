// SPDX-License-Identifier: MIT
#include "demodatawriter.h"

#include "bulkinsert.h"
#include "connection.h"
#include "databaseerror.h"
#include "inventoryrepository.h"
#include "logging.h"
#include "salestatus.h"
#include "sqlquery.h"
#include "storeerror.h"
#include "timeutil.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QStringList kTablesChildFirst{QStringLiteral("sale_items"), QStringLiteral("sales"),
                                    QStringLiteral("inventory_history"), QStringLiteral("inventory"),
                                    QStringLiteral("products"), QStringLiteral("categories"),
                                    QStringLiteral("customers")};

// SQLite page cache for the load (allocated as used). The pages that rows keep coming back to —
// the ends of the tables and of the ordered indexes, the index pages of each customer and
// product — stay in memory; the rest may be written out early. More measured no faster.
constexpr int kBulkCacheKiB = 256 * 1024;

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

/**
 * The schema's CHECK rules and foreign keys, enforced here for every row the writer binds: SQLite
 * skips them during a bulk load (see DemoDataWriter::beginBulkLoad()). A violation is a bug in
 * the generator; the exception rolls the load back.
 */
void requireValid(bool ok, const char *rule, qint64 id)
{
    if (!ok)
        throw StoreError(StoreError::Kind::Internal, QStringLiteral("invalid_demo_data"),
                         QStringLiteral("generated demo data breaks %1 (row id %2)").arg(QLatin1String(rule)).arg(id));
}

/** A reference to a row this load wrote (the foreign keys of the schema; see requireValid()). */
void requireRef(const DemoDataWriter::IdSet &ids, qint64 id, const char *foreignKey, qint64 rowId)
{
    requireValid(ids.contains(id), foreignKey, rowId);
}

QVariant scalar(Connection &conn, const QString &sql)
{
    SqlQuery q(conn, sql);
    return q.scalar();
}

} // namespace

DemoDataWriter::DemoDataWriter(Connection &connection) : m_conn(connection) {}

DemoDataWriter::~DemoDataWriter() = default;

void DemoDataWriter::beginBulkLoad()
{
    if (m_conn.dialect().engine() != DatabaseUrl::Engine::SQLite || m_bulkLoad || m_conn.transactionDepth() > 0)
        return; // inside a caller's transaction these settings cannot (all) take effect: leave them
    m_savedCacheSize = scalar(m_conn, QStringLiteral("PRAGMA cache_size"));
    m_savedJournalMode = scalar(m_conn, QStringLiteral("PRAGMA journal_mode")).toString().toLower();
    m_savedIgnoreChecks = scalar(m_conn, QStringLiteral("PRAGMA ignore_check_constraints"));
    m_savedForeignKeys = scalar(m_conn, QStringLiteral("PRAGMA foreign_keys"));
    m_bulkLoad = true;
    // A bulk load touches every page of the new indexes; the default 2 MB page cache would spill
    // over and over inside the one big transaction.
    m_conn.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kBulkCacheKiB));
    // SQLite builds the list of `CHECK (status IN (...))` into a temporary b-tree again for every
    // row it inserts (a fifth of the load's CPU time), and immediate foreign keys make it keep a
    // statement journal for every multi-row INSERT (another quarter). The writer checks each row
    // against the same rules itself (requireValid(), requireRef()); UNIQUE and NOT NULL stay
    // with SQLite.
    m_conn.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    m_conn.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    // In WAL mode every page is written twice (to the WAL, then by the checkpoint). A rollback
    // journal writes the new pages once, and only pages that existed before go to the journal.
    // Leaving WAL needs the only connection to the file: if another one is open, the pragma
    // fails or answers "wal", and the load simply runs in WAL mode.
    if (m_savedJournalMode == u"wal") {
        try {
            m_conn.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        } catch (const DatabaseError &) {
            // busy: stay in WAL mode
        }
    }
}

void DemoDataWriter::endBulkLoad() noexcept
{
    if (!m_bulkLoad)
        return;
    m_bulkLoad = false;
    try {
        if (m_savedJournalMode == u"wal"
            && scalar(m_conn, QStringLiteral("PRAGMA journal_mode")).toString().toLower() != u"wal") {
            // Back to WAL (every new connection also asks for it in its session statements).
            const QString mode = scalar(m_conn, QStringLiteral("PRAGMA journal_mode = WAL")).toString().toLower();
            if (mode != u"wal")
                qCWarning(lcDatabase) << "could not switch the database back to WAL mode after demo data (now" << mode << ")";
        }
        m_conn.exec(QStringLiteral("PRAGMA ignore_check_constraints = %1").arg(m_savedIgnoreChecks.toInt()));
        m_conn.exec(QStringLiteral("PRAGMA foreign_keys = %1").arg(m_savedForeignKeys.toInt()));
        m_conn.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_savedCacheSize.toLongLong()));
    } catch (const std::exception &e) {
        // Never leave the connection without foreign keys or CHECKs: reopen it instead (the
        // session statements set everything up again).
        qCWarning(lcDatabase) << "restoring the session after demo data failed, reconnecting:" << e.what();
        m_conn.reset();
    }
}

void DemoDataWriter::IdSet::add(qint64 id)
{
    if (!m_ranges.isEmpty()) {
        auto &last = m_ranges.last();
        if (id == last.second + 1) {
            last.second = id;
            return;
        }
        if (id <= last.second)
            m_sorted = false;
    }
    m_ranges.append({id, id});
}

bool DemoDataWriter::IdSet::contains(qint64 id) const
{
    if (!m_sorted) { // ids came out of order (never for demo data)
        std::sort(m_ranges.begin(), m_ranges.end());
        m_sorted = true;
    }
    // The last range starting at or before id.
    auto it = std::upper_bound(m_ranges.cbegin(), m_ranges.cend(), id, [](qint64 v, const auto &r) { return v < r.first; });
    return it != m_ranges.cbegin() && id <= std::prev(it)->second;
}

QVariant DemoDataWriter::text(QLatin1String latin1) const
{
    if (m_conn.dialect().engine() != DatabaseUrl::Engine::SQLite)
        return QString(latin1);
    // UTF-8 bytes: the same as Latin-1 while everything is ASCII.
    for (char c : latin1) {
        if (uchar(c) >= 0x80)
            return QString(latin1).toUtf8();
    }
    return QByteArray(latin1.data(), latin1.size());
}

QVariant DemoDataWriter::text(const QString &text) const
{
    if (m_conn.dialect().engine() != DatabaseUrl::Engine::SQLite)
        return text;
    return text.toUtf8();
}

bool DemoDataWriter::hasData()
{
    for (const QString &table : kTablesChildFirst) {
        if (scalar(m_conn, QStringLiteral("SELECT 1 FROM ") + table + QStringLiteral(" LIMIT 1")).isValid())
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
    return scalar(m_conn, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ") + table).toLongLong();
}

void DemoDataWriter::insertCategories(const QList<Category> &rows)
{
    BulkInsert insert(m_conn, QStringLiteral("categories"),
                      {{QStringLiteral("id")}, {QStringLiteral("name")}, {QStringLiteral("description")},
                       {QStringLiteral("created_at")}, {QStringLiteral("updated_at")}},
                      rows.size());
    for (const Category &c : rows) {
        m_categoryIds.add(c.id);
        insert << c.id << c.name << c.description << TimeUtil::toDb(c.createdAt) << TimeUtil::toDb(c.updatedAt);
    }
    insert.finish();
}

void DemoDataWriter::insertProducts(const QList<Product> &rows)
{
    BulkInsert insert(m_conn, QStringLiteral("products"),
                      {{QStringLiteral("id")}, {QStringLiteral("name")}, {QStringLiteral("description")}, {QStringLiteral("sku")},
                       {QStringLiteral("price")}, {QStringLiteral("category_id")}, {QStringLiteral("created_at")},
                       {QStringLiteral("updated_at")}},
                      rows.size());
    for (const Product &p : rows) {
        requireValid(p.price.cents() >= 0, "products.price >= 0", p.id);
        requireRef(m_categoryIds, p.categoryId, "products.category_id -> categories", p.id);
        m_productIds.add(p.id);
        insert << p.id << p.name << p.description << p.sku << qint64(p.price.cents()) << p.categoryId;
        insert << TimeUtil::toDb(p.createdAt) << TimeUtil::toDb(p.updatedAt);
    }
    insert.finish();
}

void DemoDataWriter::insertInventory(const QList<InventoryItem> &rows)
{
    BulkInsert insert(m_conn, QStringLiteral("inventory"),
                      {{QStringLiteral("id")}, {QStringLiteral("product_id")}, {QStringLiteral("location")}, {QStringLiteral("channel")},
                       {QStringLiteral("quantity")}, {QStringLiteral("low_stock_threshold")}, {QStringLiteral("last_restock_date")},
                       {QStringLiteral("created_at")}, {QStringLiteral("updated_at")}},
                      rows.size());
    for (const InventoryItem &i : rows) {
        requireValid(i.quantity >= 0, "inventory.quantity >= 0", i.id);
        requireValid(i.lowStockThreshold >= 0, "inventory.low_stock_threshold >= 0", i.id);
        requireRef(m_productIds, i.productId, "inventory.product_id -> products", i.id);
        m_inventoryIds.add(i.id);
        insert << i.id << i.productId << i.location << InventoryRepository::channelValue(i.channel) << i.quantity << i.lowStockThreshold;
        insert << TimeUtil::toDb(i.lastRestockDate) << TimeUtil::toDb(i.createdAt) << TimeUtil::toDb(i.updatedAt);
    }
    insert.finish();
}

void DemoDataWriter::insertHistory(const QList<InventoryHistoryEntry> &rows)
{
    BulkInsert insert(m_conn, QStringLiteral("inventory_history"),
                      {{QStringLiteral("id")}, {QStringLiteral("inventory_id")}, {QStringLiteral("previous_quantity")},
                       {QStringLiteral("new_quantity")}, {QStringLiteral("change_reason")}, {QStringLiteral("created_at")}},
                      rows.size());
    for (const InventoryHistoryEntry &h : rows) {
        requireRef(m_inventoryIds, h.inventoryId, "inventory_history.inventory_id -> inventory", h.id);
        insert << h.id << h.inventoryId << h.previousQuantity << h.newQuantity << h.changeReason << TimeUtil::toDb(h.createdAt);
    }
    insert.finish();
}

void DemoDataWriter::insertCustomers(const QList<Customer> &rows)
{
    BulkInsert insert(m_conn, QStringLiteral("customers"),
                      {{QStringLiteral("id")}, {QStringLiteral("name")}, {QStringLiteral("email")}, {QStringLiteral("phone")},
                       {QStringLiteral("address")}, {QStringLiteral("created_at")}, {QStringLiteral("updated_at")}},
                      rows.size());
    for (const Customer &c : rows) {
        m_customerIds.add(c.id);
        insert << c.id << c.name << orNull(c.email) << orNull(c.phone) << orNull(c.address);
        insert << TimeUtil::toDb(c.createdAt) << TimeUtil::toDb(c.updatedAt);
    }
    insert.finish();
}

void DemoDataWriter::addSales(const QList<SaleRow> &sales, const QList<SaleItemRow> &items)
{
    if (!m_sales) {
        m_sales = std::make_unique<BulkInsert>(
            m_conn, QStringLiteral("sales"),
            QList<BulkInsert::Column>{{QStringLiteral("id")}, {QStringLiteral("order_number"), true}, {QStringLiteral("order_date"), true},
                                      {QStringLiteral("customer_id")}, {QStringLiteral("total_amount")}, {QStringLiteral("platform"), true},
                                      {QStringLiteral("status"), true}, {QStringLiteral("created_at"), true},
                                      {QStringLiteral("updated_at"), true}});
        m_items = std::make_unique<BulkInsert>(
            m_conn, QStringLiteral("sale_items"),
            QList<BulkInsert::Column>{{QStringLiteral("id")}, {QStringLiteral("sale_id")}, {QStringLiteral("product_id")},
                                      {QStringLiteral("quantity")}, {QStringLiteral("unit_price")}, {QStringLiteral("discount")},
                                      {QStringLiteral("created_at"), true}});
    }
    if (m_statuses.isEmpty()) {
        // Only these values, so sales.status always passes its CHECK (status IN (...)).
        for (const QString &name : SaleStatuses::names())
            m_statuses << text(name);
    }
    const QVariant walkIn(QMetaType::fromType<qlonglong>());
    BulkInsert &s = *m_sales;
    for (const SaleRow &row : sales) {
        requireValid(qsizetype(row.status) >= 0 && qsizetype(row.status) < m_statuses.size(), "sales.status IN (...)", row.id);
        if (row.customerId > 0)
            requireRef(m_customerIds, row.customerId, "sales.customer_id -> customers", row.id);
        m_saleIds.add(row.id);
        s << row.id << row.orderNumber << row.stamp << (row.customerId > 0 ? QVariant(row.customerId) : walkIn);
        s << row.totalCents << row.platform << m_statuses.at(qsizetype(row.status)) << row.stamp << row.stamp;
    }
    s.finish(); // the lines below may refer to any of these orders
    BulkInsert &i = *m_items;
    for (const SaleItemRow &row : items) {
        requireValid(row.quantity > 0, "sale_items.quantity > 0", row.id);
        requireValid(row.unitPriceCents >= 0, "sale_items.unit_price >= 0", row.id);
        requireValid(row.discountCents >= 0, "sale_items.discount >= 0", row.id);
        requireRef(m_saleIds, row.saleId, "sale_items.sale_id -> sales", row.id);
        requireRef(m_productIds, row.productId, "sale_items.product_id -> products", row.id);
        i << row.id << row.saleId << row.productId << row.quantity << row.unitPriceCents << row.discountCents << row.createdAt;
    }
}

void DemoDataWriter::finishSales()
{
    if (m_items)
        m_items->finish();
}

void DemoDataWriter::syncSequences()
{
    if (m_conn.dialect().engine() != DatabaseUrl::Engine::PostgreSQL)
        return; // MySQL's AUTO_INCREMENT and SQLite's AUTOINCREMENT follow explicit ids by themselves
    for (const QString &table : kTablesChildFirst)
        m_conn.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)").arg(table));
}
