// SPDX-License-Identifier: MIT
#include "inventoryservice.h"

#include "database.h"
#include "inventoryrepository.h"
#include "productrepository.h"
#include "timeutil.h"
#include "validator.h"

namespace {

const QString kMain = QStringLiteral("main");

StoreError insufficient(qint64 inventoryId, qint64 available, qint64 delta)
{
    return StoreError::conflict(QStringLiteral("insufficient_stock"),
                                QStringLiteral("insufficient stock in inventory %1: %2 available, change of %3 would go below 0")
                                    .arg(inventoryId)
                                    .arg(available)
                                    .arg(delta));
}

void requireAtMostMax(Validator &v, const QString &field, qint64 value)
{
    if (value > InventoryRepository::kMaxQuantity)
        v.add({field}, QStringLiteral("must be less than or equal to %1").arg(InventoryRepository::kMaxQuantity),
              QStringLiteral("less_than_equal"));
}

} // namespace

const QStringList &InventoryService::reasons()
{
    static const QStringList s_reasons{QStringLiteral("received"),   QStringLiteral("sold"),
                                       QStringLiteral("returned"),   QStringLiteral("damaged"),
                                       QStringLiteral("stock count"), QStringLiteral("correction"),
                                       QStringLiteral("transfer")};
    return s_reasons;
}

const QStringList &InventoryService::sortColumns()
{
    return InventoryRepository::sortColumns();
}

QList<InventoryItem> InventoryService::list(const InventoryFilter &filter)
{
    return m_db.read([&](Connection &c) { return InventoryRepository(c).list(filter); });
}

qint64 InventoryService::count(const InventoryFilter &filter)
{
    return m_db.read([&](Connection &c) { return InventoryRepository(c).count(filter); });
}

InventoryItem InventoryService::get(qint64 id)
{
    auto found = m_db.read([&](Connection &c) { return InventoryRepository(c).find(id); });
    if (!found)
        throw StoreError::notFound(QStringLiteral("inventory"), id);
    return *found;
}

QList<InventoryItem> InventoryService::forProduct(qint64 productId)
{
    return m_db.read([&](Connection &c) {
        if (!ProductRepository(c).find(productId))
            throw StoreError::notFound(QStringLiteral("product"), productId);
        return InventoryRepository(c).forProduct(productId);
    });
}

InventoryItem InventoryService::create(const InventoryInput &input)
{
    return m_db.write([&](Connection &c) { return createIn(c, input); });
}

InventoryItem InventoryService::createIn(Connection &conn, const InventoryInput &input)
{
    Validator v;
    InventoryItem item;
    item.productId = input.productId;
    item.quantity = input.quantity;
    v.requireNonNegative({QStringLiteral("quantity")}, input.quantity);
    requireAtMostMax(v, QStringLiteral("quantity"), input.quantity);
    item.location = v.optionalText({QStringLiteral("location")}, input.location, 100);
    if (item.location.isEmpty())
        item.location = kMain;
    item.channel = v.optionalText({QStringLiteral("channel")}, input.channel, 100);
    item.lowStockThreshold = input.lowStockThreshold.value_or(m_config.lowStockThreshold);
    v.requireNonNegative({QStringLiteral("low_stock_threshold")}, item.lowStockThreshold);
    const QString reason = v.optionalText({QStringLiteral("change_reason")}, input.changeReason, 500);
    v.throwIfInvalid();

    if (!ProductRepository(conn).find(item.productId))
        throw StoreError::notFound(QStringLiteral("product"), item.productId);
    InventoryRepository repo(conn);
    if (repo.findByKey(item.productId, item.location, item.channel))
        throw StoreError::conflict(QStringLiteral("duplicate_inventory"),
                                   QStringLiteral("product %1 already has an inventory row at location '%2'%3")
                                       .arg(item.productId)
                                       .arg(item.location, item.channel.isEmpty() ? QString() : QStringLiteral(" for channel '%1'").arg(item.channel)));
    item.createdAt = item.updatedAt = TimeUtil::nowUtc();
    if (item.quantity > 0)
        item.lastRestockDate = item.createdAt;
    repo.insert(item);
    if (item.quantity != 0) {
        InventoryHistoryEntry entry{0, item.id, 0, item.quantity, reason.isEmpty() ? QStringLiteral("initial stock") : reason, item.createdAt};
        repo.addHistory(entry);
    }
    return item;
}

InventoryItem InventoryService::update(qint64 id, const InventoryPatch &patch, InventoryHistoryEntry *written)
{
    Validator v;
    if (patch.quantity) {
        v.requireNonNegative({QStringLiteral("quantity")}, *patch.quantity);
        requireAtMostMax(v, QStringLiteral("quantity"), *patch.quantity);
    }
    std::optional<QString> location;
    std::optional<QString> channel;
    if (patch.location)
        location = v.requireText({QStringLiteral("location")}, *patch.location, 100);
    if (patch.channel)
        channel = v.optionalText({QStringLiteral("channel")}, *patch.channel, 100);
    if (patch.lowStockThreshold)
        v.requireNonNegative({QStringLiteral("low_stock_threshold")}, *patch.lowStockThreshold);
    const QString reason = v.optionalText({QStringLiteral("change_reason")}, patch.changeReason, 500);
    v.throwIfInvalid();

    InventoryHistoryEntry change;
    InventoryItem result = m_db.write([&](Connection &c) {
        change = InventoryHistoryEntry{};
        InventoryRepository repo(c);
        auto item = repo.findForUpdate(id);
        if (!item)
            throw StoreError::notFound(QStringLiteral("inventory"), id);
        const QDateTime now = TimeUtil::nowUtc();
        const QString newLocation = location.value_or(item->location);
        const QString newChannel = channel.value_or(item->channel);
        if (newLocation != item->location || newChannel != item->channel) {
            const auto clash = repo.findByKey(item->productId, newLocation, newChannel);
            if (clash && clash->id != id)
                throw StoreError::conflict(QStringLiteral("duplicate_inventory"),
                                           QStringLiteral("product %1 already has an inventory row at location '%2'")
                                               .arg(item->productId)
                                               .arg(newLocation));
        }
        item->location = newLocation;
        item->channel = newChannel;
        if (patch.lowStockThreshold)
            item->lowStockThreshold = *patch.lowStockThreshold;
        if (patch.lastRestockDate)
            item->lastRestockDate = *patch.lastRestockDate;
        item->updatedAt = now;
        repo.updateAttributes(*item);
        if (patch.quantity && *patch.quantity != item->quantity) {
            const qint64 previous = item->quantity;
            const bool increase = *patch.quantity > previous;
            repo.setQuantity(id, *patch.quantity, increase && !patch.lastRestockDate, now);
            InventoryHistoryEntry entry{0, id, previous, *patch.quantity, reason.isEmpty() ? QStringLiteral("manual update") : reason, now};
            repo.addHistory(entry);
            change = entry;
            item->quantity = *patch.quantity;
            if (increase && !patch.lastRestockDate)
                item->lastRestockDate = now;
        }
        return *item;
    });
    if (written) {
        change.inventoryId = id;
        if (change.id == 0)
            change.previousQuantity = change.newQuantity = result.quantity;
        *written = change;
    }
    return result;
}

StockChange InventoryService::adjust(qint64 id, qint64 delta, const QString &reason)
{
    Validator v;
    if (delta == 0)
        v.add({QStringLiteral("delta")}, QStringLiteral("must not be 0"));
    else if (delta > InventoryRepository::kMaxQuantity || delta < -InventoryRepository::kMaxQuantity)
        v.add({QStringLiteral("delta")}, QStringLiteral("must be between -%1 and %1").arg(InventoryRepository::kMaxQuantity));
    const QString text = v.requireText({QStringLiteral("reason")}, reason, 500);
    v.throwIfInvalid();
    return m_db.write([&](Connection &c) {
        InventoryRepository repo(c);
        auto change = applyIn(c, id, delta, text);
        if (!change) {
            const auto item = repo.find(id);
            if (!item)
                throw StoreError::notFound(QStringLiteral("inventory"), id);
            if (delta > 0)
                throw StoreError::conflict(QStringLiteral("quantity_limit"),
                                           QStringLiteral("inventory %1 holds %2; a change of %3 would exceed the largest quantity, %4")
                                               .arg(id)
                                               .arg(item->quantity)
                                               .arg(delta)
                                               .arg(InventoryRepository::kMaxQuantity));
            throw insufficient(id, item->quantity, delta);
        }
        return *change;
    });
}

std::optional<StockChange> InventoryService::applyIn(Connection &conn, qint64 inventoryId, qint64 delta, const QString &reason)
{
    InventoryRepository repo(conn);
    const QDateTime now = TimeUtil::nowUtc();
    const auto newQuantity = repo.applyDelta(inventoryId, delta, now);
    if (!newQuantity)
        return std::nullopt;
    StockChange change;
    change.history = InventoryHistoryEntry{0, inventoryId, *newQuantity - delta, *newQuantity, reason, now};
    repo.addHistory(change.history);
    change.item = *repo.find(inventoryId);
    return change;
}

std::optional<InventoryItem> InventoryService::saleSourceIn(Connection &conn, qint64 productId, const QString &platform)
{
    InventoryRepository repo(conn);
    if (!platform.isEmpty()) {
        InventoryFilter f;
        f.productId = productId;
        f.channel = platform;
        f.page.limit = 1;
        const auto rows = repo.list(f);
        if (!rows.isEmpty())
            return rows.first();
    }
    return repo.findByKey(productId, kMain, QString());
}

void InventoryService::resolveDates(HistoryFilter &filter) const
{
    if (filter.startDate)
        filter.fromUtc = TimeUtil::localToUtc(*filter.startDate, QTime(0, 0), m_config.storeTimeZone);
    if (filter.endDate)
        filter.untilUtc = TimeUtil::localToUtc(filter.endDate->addDays(1), QTime(0, 0), m_config.storeTimeZone);
}

QList<InventoryHistoryEntry> InventoryService::history(qint64 id, HistoryFilter filter)
{
    resolveDates(filter);
    return m_db.read([&](Connection &c) {
        InventoryRepository repo(c);
        if (!repo.find(id))
            throw StoreError::notFound(QStringLiteral("inventory"), id);
        return repo.history(id, filter);
    });
}

qint64 InventoryService::historyCount(qint64 id, HistoryFilter filter)
{
    resolveDates(filter);
    return m_db.read([&](Connection &c) { return InventoryRepository(c).historyCount(id, filter); });
}

QList<LowStockRow> InventoryService::lowStock(std::optional<qint64> thresholdOverride, std::optional<qint64> categoryId)
{
    if (thresholdOverride && *thresholdOverride < 0)
        throw StoreError::validation(QStringLiteral("threshold_override"), QStringLiteral("must be greater than or equal to 0"),
                                     QStringLiteral("greater_than_equal"));
    return m_db.read([&](Connection &c) { return InventoryRepository(c).lowStock(thresholdOverride, categoryId); });
}
