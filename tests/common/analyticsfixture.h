// SPDX-License-Identifier: MIT
#pragma once

#include "analyticsservice.h"
#include "store.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <optional>

/**
 * An independent reference for the analytics tests: the rows a test inserted, kept as plain C++
 * values, and the SPEC §3 figures computed from them in C++ alone (no SQL, no call into the
 * analytics engine). AnalyticsSeeder writes through the store's services and mirrors every write
 * here, so a test compares the engine with what its own rows add up to.
 */
namespace AnalyticsRef {

struct Line
{
    qint64 productId = 0;
    qint64 quantity = 0;
    qint64 unitCents = 0;
    qint64 discountCents = 0;
    qint64 revenue() const { return quantity * unitCents - discountCents; }
};

struct Order
{
    qint64 id = 0;
    QDateTime utc;
    QString platform;
    QString status;
    QList<Line> lines;
};

struct Product
{
    qint64 id = 0;
    QString name;
    QString sku;
    qint64 categoryId = 0;
    qint64 priceCents = 0;
};

/** An inventory row: the product's `main` row (no channel) or one reserved for a platform. */
struct StockRow
{
    qint64 id = 0;
    qint64 productId = 0;
    QString channel;
    qint64 initial = 0;
    qint64 threshold = 0;
};

/** What the inventory analytics add up to (SPEC §4.1 /analytics/inventory and the dashboard counts). */
struct StockFigures
{
    qint64 products = 0;           ///< products (of the category), with or without rows
    qint64 units = 0;
    qint64 valueCents = 0;         ///< Σ quantity × current price
    qint64 outOfStockProducts = 0; ///< products with a row at 0
    qint64 lowStockProducts = 0;   ///< products with a row at or below its threshold
    qint64 lowRows = 0;
    qint64 outRows = 0;
    /** "#row product=… qty=… threshold=… cover=…" per low row, sorted; cover over the 30 days ending @p today. */
    QStringList alerts;
};

struct Filter
{
    std::optional<qint64> productId;
    std::optional<qint64> categoryId;
    QString platform;
};

struct Totals
{
    qint64 revenue = 0;
    qint64 orders = 0;
    qint64 units = 0;
    QString text() const;
};

struct Bucket
{
    QDate start;
    Totals totals;
};

struct BreakdownRow
{
    QString key;
    QString name;
    qint64 current = 0;
    qint64 previous = 0;
};

struct TopProduct
{
    qint64 productId = 0;
    QString name;
    QString sku;
    qint64 units = 0;
    qint64 revenue = 0;
};

struct PlatformShare
{
    QString platform;
    qint64 orders = 0;
    qint64 revenue = 0;
    double share = 0;
};

/** The rows a test inserted and the figures they add up to. */
class Model
{
public:
    QTimeZone zone = QTimeZone::utc();
    QMap<qint64, QString> categories;
    QMap<qint64, Product> products;
    QList<StockRow> rows;
    qint64 customers = 0;
    QList<Order> orders;

    static bool isActive(const QString &status) { return status != u"cancelled" && status != u"refunded"; }
    QDate localDay(const Order &order) const { return order.utc.toTimeZone(zone).date(); }
    bool lineMatches(const Order &order, const Line &line, const Filter &filter) const;
    Order *order(qint64 id);

    Totals totals(QDate from, QDate to, const Filter &filter = {}) const;
    /** Days with a counted order (or revenue/units) only. */
    QMap<QDate, Totals> days(QDate from, QDate to, const Filter &filter = {}) const;
    /** Every bucket touching [from, to], zero-filled, keyed by the bucket's first day. */
    QList<Bucket> series(QDate from, QDate to, Granularity g, const Filter &filter = {}) const;
    static QDate bucketOf(QDate day, Granularity g);

    /** By "category", "platform" or "product"; rows with no revenue in either range left out; by key. */
    QList<BreakdownRow> breakdown(const QString &kind, QDate curFrom, QDate curTo, QDate prevFrom, QDate prevTo,
                                  const Filter &filter = {}) const;
    /** Units, then revenue (both descending), then id; at most @p limit. */
    QList<TopProduct> topProducts(QDate from, QDate to, int limit = 10) const;
    /** Platforms with counted orders in the range, by name; shares of revenue. */
    QList<PlatformShare> platforms(QDate from, QDate to) const;

    /**
     * A row's quantity: its initial stock less the units of the active orders drawing on it (the
     * row reserved for the order's platform, else the product's `main` row).
     */
    qint64 quantity(const StockRow &row) const;
    StockFigures stock(QDate today, std::optional<qint64> categoryId = std::nullopt) const;
    /** Days of cover as text: quantity × 30 ÷ units sold, one decimal, half away from zero; "null" when none sold. */
    static QString cover(qint64 quantity, qint64 unitsSold);
    qint64 unitsSold(qint64 productId, QDate from, QDate to) const;

    /** Percent value rounded to two decimals; nullopt on a zero base. */
    static std::optional<double> percent(qint64 current, qint64 previous);
    /** Cents, half away from zero; 0 without orders. */
    static qint64 averageOrderValue(qint64 revenueCents, qint64 orders);
};

/** One line of an order as a test writes it: no unit price means the product's current price. */
struct LineSpec
{
    LineSpec(qint64 product, qint64 qty = 1, std::optional<qint64> unit = std::nullopt, qint64 discount = 0)
        : productId(product), quantity(qty), unitCents(unit), discountCents(discount) {}
    qint64 productId = 0;
    qint64 quantity = 1;
    std::optional<qint64> unitCents;
    qint64 discountCents = 0;
};

/** Writes through the store's services and mirrors each write into a Model. */
class Seeder
{
public:
    Seeder(Store &store, Model &model) : m_store(store), m_model(model) { m_model.zone = store.config().storeTimeZone; }

    qint64 category(const QString &name);
    qint64 product(const QString &name, const QString &sku, qint64 priceCents, qint64 categoryId, qint64 stock = 1000);
    /** A row reserved for @p channel (create it before the product's sales on that platform). */
    qint64 channelRow(qint64 productId, const QString &channel, qint64 quantity, qint64 threshold);
    qint64 customer(const QString &name);
    /** An order dated @p local (a date and time of the store's zone). */
    qint64 sell(const QDateTime &local, const QString &platform, const QString &status, const QList<LineSpec> &lines);
    /** An order at an exact UTC instant. */
    qint64 sellAt(const QDateTime &utc, const QString &platform, const QString &status, const QList<LineSpec> &lines);

    /** Any order patch (status, platform and date together); the customer is not mirrored. */
    void update(qint64 saleId, const SalePatch &patch);
    void setStatus(qint64 saleId, const QString &status);
    void setPlatform(qint64 saleId, const QString &platform);
    void setOrderDate(qint64 saleId, const QDateTime &utc);
    void moveProduct(qint64 productId, qint64 categoryId);
    void setPrice(qint64 productId, qint64 priceCents);

    /** @p date at @p time in the store's zone. */
    QDateTime local(QDate date, QTime time = QTime(12, 0)) const { return QDateTime(date, time, m_model.zone); }

private:
    Store &m_store;
    Model &m_model;
    int m_orderSeq = 0;
};

} // namespace AnalyticsRef
