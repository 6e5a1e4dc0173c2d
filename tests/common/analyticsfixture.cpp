// SPDX-License-Identifier: MIT
#include "analyticsfixture.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace AnalyticsRef {

QString Totals::text() const
{
    return QStringLiteral("revenue=%1 orders=%2 units=%3").arg(revenue).arg(orders).arg(units);
}

Order *Model::order(qint64 id)
{
    for (Order &o : orders)
        if (o.id == id)
            return &o;
    return nullptr;
}

bool Model::lineMatches(const Order &order, const Line &line, const Filter &filter) const
{
    if (!isActive(order.status))
        return false;
    if (!filter.platform.isEmpty() && order.platform != filter.platform)
        return false;
    if (filter.productId && line.productId != *filter.productId)
        return false;
    if (filter.categoryId && products.value(line.productId).categoryId != *filter.categoryId)
        return false;
    return true;
}

Totals Model::totals(QDate from, QDate to, const Filter &filter) const
{
    Totals t;
    for (const Totals &day : days(from, to, filter)) {
        t.revenue += day.revenue;
        t.orders += day.orders;
        t.units += day.units;
    }
    return t;
}

QMap<QDate, Totals> Model::days(QDate from, QDate to, const Filter &filter) const
{
    QMap<QDate, Totals> result;
    for (const Order &o : orders) {
        const QDate day = localDay(o);
        if (day < from || day > to)
            continue;
        bool matched = false;
        Totals t;
        for (const Line &l : o.lines) {
            if (!lineMatches(o, l, filter))
                continue;
            matched = true;
            t.revenue += l.revenue();
            t.units += l.quantity;
        }
        if (!matched)
            continue;
        Totals &d = result[day];
        d.revenue += t.revenue;
        d.units += t.units;
        d.orders += 1;
    }
    return result;
}

QDate Model::bucketOf(QDate day, Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return day;
    case Granularity::Week: {
        QDate d = day;
        while (d.dayOfWeek() != Qt::Monday)
            d = d.addDays(-1);
        return d;
    }
    case Granularity::Month:
        return QDate(day.year(), day.month(), 1);
    case Granularity::Year:
        return QDate(day.year(), 1, 1);
    }
    return day;
}

QList<Bucket> Model::series(QDate from, QDate to, Granularity g, const Filter &filter) const
{
    const QMap<QDate, Totals> byDay = days(from, to, filter);
    QList<Bucket> buckets;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        const QDate start = bucketOf(d, g);
        if (buckets.isEmpty() || buckets.last().start != start)
            buckets << Bucket{start, {}};
        const Totals t = byDay.value(d);
        buckets.last().totals.revenue += t.revenue;
        buckets.last().totals.orders += t.orders;
        buckets.last().totals.units += t.units;
    }
    return buckets;
}

QList<BreakdownRow> Model::breakdown(const QString &kind, QDate curFrom, QDate curTo, QDate prevFrom, QDate prevTo,
                                     const Filter &filter) const
{
    QMap<QString, BreakdownRow> rows;
    for (const Order &o : orders) {
        const QDate day = localDay(o);
        const bool inCurrent = day >= curFrom && day <= curTo;
        const bool inPrevious = day >= prevFrom && day <= prevTo;
        if (!inCurrent && !inPrevious)
            continue;
        for (const Line &l : o.lines) {
            if (!lineMatches(o, l, filter))
                continue;
            QString key, name;
            if (kind == u"platform") {
                key = name = o.platform;
            } else if (kind == u"product") {
                key = QString::number(l.productId);
                name = products.value(l.productId).name;
            } else {
                const qint64 category = products.value(l.productId).categoryId;
                key = QString::number(category);
                name = categories.value(category);
            }
            BreakdownRow &row = rows[key];
            row.key = key;
            row.name = name;
            if (inCurrent)
                row.current += l.revenue();
            if (inPrevious)
                row.previous += l.revenue();
        }
    }
    QList<BreakdownRow> result;
    for (const BreakdownRow &row : std::as_const(rows))
        if (row.current != 0 || row.previous != 0)
            result << row;
    return result;
}

QList<TopProduct> Model::topProducts(QDate from, QDate to, int limit) const
{
    QMap<qint64, TopProduct> byId;
    for (const Order &o : orders) {
        const QDate day = localDay(o);
        if (day < from || day > to || !isActive(o.status))
            continue;
        for (const Line &l : o.lines) {
            TopProduct &p = byId[l.productId];
            p.productId = l.productId;
            p.name = products.value(l.productId).name;
            p.sku = products.value(l.productId).sku;
            p.units += l.quantity;
            p.revenue += l.revenue();
        }
    }
    QList<TopProduct> list = byId.values();
    std::stable_sort(list.begin(), list.end(), [](const TopProduct &a, const TopProduct &b) {
        if (a.units != b.units)
            return a.units > b.units;
        if (a.revenue != b.revenue)
            return a.revenue > b.revenue;
        return a.productId < b.productId;
    });
    return list.mid(0, limit);
}

QList<PlatformShare> Model::platforms(QDate from, QDate to) const
{
    QMap<QString, PlatformShare> byName;
    qint64 total = 0;
    for (const Order &o : orders) {
        const QDate day = localDay(o);
        if (day < from || day > to || !isActive(o.status))
            continue;
        PlatformShare &p = byName[o.platform];
        p.platform = o.platform;
        p.orders += 1;
        for (const Line &l : o.lines) {
            p.revenue += l.revenue();
            total += l.revenue();
        }
    }
    QList<PlatformShare> list = byName.values();
    for (PlatformShare &p : list)
        p.share = total != 0 ? double(p.revenue) / double(total) : 0.0;
    return list;
}

qint64 Model::quantity(const StockRow &row) const
{
    qint64 quantity = row.initial;
    for (const Order &o : orders) {
        if (!isActive(o.status))
            continue;
        for (const Line &l : o.lines) {
            if (l.productId != row.productId)
                continue;
            const StockRow *source = nullptr;
            for (const StockRow &r : rows)
                if (r.productId == l.productId && r.channel == o.platform)
                    source = &r;
            if (!source)
                for (const StockRow &r : rows)
                    if (r.productId == l.productId && r.channel.isEmpty())
                        source = &r;
            if (source && source->id == row.id)
                quantity -= l.quantity;
        }
    }
    return quantity;
}

StockFigures Model::stock(QDate today, std::optional<qint64> categoryId) const
{
    StockFigures f;
    QSet<qint64> out, low;
    for (const Product &p : products)
        if (!categoryId || p.categoryId == *categoryId)
            ++f.products;
    for (const StockRow &r : rows) {
        const Product p = products.value(r.productId);
        if (categoryId && p.categoryId != *categoryId)
            continue;
        const qint64 q = quantity(r);
        f.units += q;
        f.valueCents += q * p.priceCents;
        if (q == 0) {
            ++f.outRows;
            out.insert(r.productId);
        }
        if (q <= r.threshold) {
            ++f.lowRows;
            low.insert(r.productId);
            f.alerts << QStringLiteral("#%1 product=%2 qty=%3 threshold=%4 cover=%5")
                            .arg(r.id).arg(r.productId).arg(q).arg(r.threshold)
                            .arg(cover(q, unitsSold(r.productId, today.addDays(-29), today)));
        }
    }
    f.outOfStockProducts = out.size();
    f.lowStockProducts = low.size();
    f.alerts.sort();
    return f;
}

QString Model::cover(qint64 quantity, qint64 unitsSold)
{
    if (unitsSold <= 0)
        return QStringLiteral("null");
    const qint64 tenths = (quantity * 300 * 2 + unitsSold) / (2 * unitsSold);
    return QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
}

qint64 Model::unitsSold(qint64 productId, QDate from, QDate to) const
{
    Filter f;
    f.productId = productId;
    return totals(from, to, f).units;
}

std::optional<double> Model::percent(qint64 current, qint64 previous)
{
    if (previous == 0)
        return std::nullopt;
    // Hundredths of a percent, rounded half away from zero in integers.
    const qint64 num = (current - previous) * 10000;
    const qint64 den = previous < 0 ? -previous : previous;
    const qint64 absNum = num < 0 ? -num : num;
    const qint64 q = (absNum * 2 + den) / (2 * den);
    return double(num < 0 ? -q : q) / 100.0;
}

qint64 Model::averageOrderValue(qint64 revenueCents, qint64 orders)
{
    if (orders == 0)
        return 0;
    return std::llround(double(revenueCents) / double(orders));
}

// --- Seeder ------------------------------------------------------------------------------------

qint64 Seeder::category(const QString &name)
{
    const qint64 id = m_store.categories().create({name, QString()}).id;
    m_model.categories.insert(id, name);
    return id;
}

qint64 Seeder::product(const QString &name, const QString &sku, qint64 priceCents, qint64 categoryId, qint64 stock)
{
    ProductInput input;
    input.name = name;
    input.sku = sku;
    input.price = Money::fromCents(priceCents);
    input.categoryId = categoryId;
    input.initialQuantity = stock;
    const qint64 id = m_store.products().create(input).id;
    m_model.products.insert(id, Product{id, name, sku, categoryId, priceCents});
    for (const InventoryItem &row : m_store.inventory().forProduct(id))
        m_model.rows << StockRow{row.id, id, QString(), stock, m_store.config().lowStockThreshold};
    return id;
}

qint64 Seeder::channelRow(qint64 productId, const QString &channel, qint64 quantity, qint64 threshold)
{
    InventoryInput input;
    input.productId = productId;
    input.quantity = quantity;
    input.location = QStringLiteral("reserved-") + channel;
    input.channel = channel;
    input.lowStockThreshold = threshold;
    const qint64 id = m_store.inventory().create(input).id;
    m_model.rows << StockRow{id, productId, channel, quantity, threshold};
    return id;
}

qint64 Seeder::customer(const QString &name)
{
    const qint64 id = m_store.customers().create({name, QString(), {}, {}}).id;
    ++m_model.customers;
    return id;
}

qint64 Seeder::sell(const QDateTime &local, const QString &platform, const QString &status, const QList<LineSpec> &lines)
{
    return sellAt(local.toUTC(), platform, status, lines);
}

qint64 Seeder::sellAt(const QDateTime &utc, const QString &platform, const QString &status, const QList<LineSpec> &lines)
{
    SaleInput input;
    input.platform = platform;
    input.status = status;
    input.orderDate = utc;
    input.orderNumber = QStringLiteral("AN-%1").arg(++m_orderSeq, 5, 10, QLatin1Char('0'));
    Order order;
    order.utc = utc.toUTC();
    order.platform = platform;
    order.status = status;
    for (const LineSpec &spec : lines) {
        SaleItemInput item;
        item.productId = spec.productId;
        item.quantity = spec.quantity;
        if (spec.unitCents)
            item.unitPrice = Money::fromCents(*spec.unitCents);
        item.discount = Money::fromCents(spec.discountCents);
        input.items << item;
        order.lines << Line{spec.productId, spec.quantity,
                            spec.unitCents.value_or(m_model.products.value(spec.productId).priceCents), spec.discountCents};
    }
    order.id = m_store.sales().create(input).id;
    m_model.orders << order;
    return order.id;
}

void Seeder::update(qint64 saleId, const SalePatch &patch)
{
    m_store.sales().update(saleId, patch);
    Order *order = m_model.order(saleId);
    if (patch.status)
        order->status = *patch.status;
    if (patch.platform)
        order->platform = *patch.platform;
    if (patch.orderDate)
        order->utc = patch.orderDate->toUTC();
}

void Seeder::setStatus(qint64 saleId, const QString &status)
{
    SalePatch patch;
    patch.status = status;
    m_store.sales().update(saleId, patch);
    m_model.order(saleId)->status = status;
}

void Seeder::setPlatform(qint64 saleId, const QString &platform)
{
    SalePatch patch;
    patch.platform = platform;
    m_store.sales().update(saleId, patch);
    m_model.order(saleId)->platform = platform;
}

void Seeder::setOrderDate(qint64 saleId, const QDateTime &utc)
{
    SalePatch patch;
    patch.orderDate = utc;
    m_store.sales().update(saleId, patch);
    m_model.order(saleId)->utc = utc.toUTC();
}

void Seeder::moveProduct(qint64 productId, qint64 categoryId)
{
    ProductPatch patch;
    patch.categoryId = categoryId;
    m_store.products().update(productId, patch);
    m_model.products[productId].categoryId = categoryId;
}

void Seeder::setPrice(qint64 productId, qint64 priceCents)
{
    ProductPatch patch;
    patch.price = Money::fromCents(priceCents);
    m_store.products().update(productId, patch);
    m_model.products[productId].priceCents = priceCents;
}

} // namespace AnalyticsRef
