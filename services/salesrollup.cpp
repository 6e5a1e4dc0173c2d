// SPDX-License-Identifier: MIT
#include "salesrollup.h"

#include "analyticsrepository.h"
#include "database.h"
#include "rollupset.h"
#include "timeutil.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAnalytics, "storedesk.analytics", QtInfoMsg)

namespace {
const QString kZoneKey = QStringLiteral("timezone");
}

qint64 SalesRollup::dayOf(const QDateTime &utc) const
{
    return TimeUtil::LocalDays(m_config.storeTimeZone).dayOf(utc);
}

QString SalesRollup::zoneId() const
{
    return QString::fromUtf8(m_config.storeTimeZone.id());
}

void SalesRollup::record(Connection &conn, const Sale &sale, int sign)
{
    if (sign > 0)
        change(conn, nullptr, &sale);
    else
        change(conn, &sale, nullptr);
}

void SalesRollup::change(Connection &conn, const Sale *before, const Sale *after)
{
    const auto counts = [](const Sale *sale) { return sale && SaleStatuses::isActive(sale->status) && !sale->items.isEmpty(); };
    if (!counts(before) && !counts(after))
        return;
    QList<qint64> productIds;
    for (const Sale *sale : {before, after}) {
        if (!counts(sale))
            continue;
        for (const SaleItem &item : sale->items) {
            if (!productIds.contains(item.productId))
                productIds << item.productId;
        }
    }
    AnalyticsRepository repo(conn);
    // Locked: a concurrent category move of one of these products waits for this order (or this
    // order for the move), so the category rows always follow the products' current categories.
    const QHash<qint64, qint64> categories = repo.productCategories(productIds, true);
    // One delta for the whole change: its rows are written in key order, so two orders moving in
    // opposite directions (platform A to B and B to A on one day) lock the rows they share in the
    // same order — two deltas applied one after the other would lock them crosswise and deadlock.
    RollupSet delta;
    for (const auto &[sale, sign] : {std::pair{before, -1}, std::pair{after, +1}}) {
        if (!counts(sale))
            continue;
        QList<RollupSet::Line> lines;
        for (const SaleItem &item : sale->items)
            lines << RollupSet::Line{item.productId, categories.value(item.productId), item.quantity, item.lineTotal().cents()};
        delta.addOrder(dayOf(sale->orderDate), delta.platformId(sale->platform), lines, sign);
    }
    repo.apply(delta);
}

void SalesRollup::addCountedLines(Connection &conn, const QList<qint64> &categoryIds, RollupSet &set) const
{
    TimeUtil::LocalDays days(m_config.storeTimeZone);
    qint64 current = 0;
    qint64 day = 0;
    int platform = 0;
    QList<RollupSet::Line> lines;
    auto flush = [&] {
        if (!lines.isEmpty())
            set.addOrder(day, platform, lines);
        lines.clear();
    };
    AnalyticsRepository(conn).forEachCountedLine(categoryIds, [&](const CountedLine &line) {
        if (line.saleId != current) {
            flush();
            current = line.saleId;
            day = days.dayOf(line.orderDate);
            platform = set.platformId(line.platform);
        }
        lines << line.line;
    });
    flush();
}

void SalesRollup::rebuildCategories(Connection &conn, const QList<qint64> &categoryIds)
{
    RollupSet set;
    addCountedLines(conn, categoryIds, set);
    AnalyticsRepository repo(conn);
    repo.clearCategories(categoryIds);
    // Only the category tables: the other tables of `set` hold just these categories' lines.
    repo.insert(set, {RollupSet::Table::Category, RollupSet::Table::CategoryPlatform});
}

void SalesRollup::rebuildAll(Connection &conn)
{
    RollupSet set;
    addCountedLines(conn, {}, set);
    replaceAll(conn, set);
}

void SalesRollup::replaceAll(Connection &conn, const RollupSet &rows)
{
    AnalyticsRepository repo(conn);
    repo.clear();
    repo.insert(rows);
    repo.setState(kZoneKey, zoneId());
}

bool SalesRollup::ensureCurrent(Database &database)
{
    const auto built = database.read([](Connection &conn) { return AnalyticsRepository(conn).state(kZoneKey); });
    if (built && *built == zoneId())
        return false;
    return database.write([&](Connection &conn) {
        AnalyticsRepository repo(conn);
        const auto again = repo.state(kZoneKey); // another process may have just done it
        if (again && *again == zoneId())
            return false;
        if (again)
            qCWarning(lcAnalytics).noquote() << QStringLiteral("the analytics rollups were kept for time zone %1; rebuilding them for %2 "
                                                              "(every process sharing a database should use the same STORE_TIMEZONE)")
                                                    .arg(*again, zoneId());
        rebuildAll(conn);
        return true;
    });
}
