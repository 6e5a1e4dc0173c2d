// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <unordered_map>

/**
 * What a set of orders adds to the analytics rollup tables (migration 0002), computed in memory:
 * per day (a Julian day number in the store's time zone) and platform; per day and product; per
 * product, platform and day; per day and category; per category, platform and day. Each row
 * counts the orders that have a line in its scope once, and sums those lines' units and revenue
 * (cents). Used with sign +1 for an order that starts counting and -1 for one that stops, so one
 * definition of "what an order contributes" serves recording, status changes and rebuilds.
 */
class RollupSet
{
public:
    struct Line
    {
        qint64 productId = 0;
        qint64 categoryId = 0;
        qint64 quantity = 0;
        qint64 revenueCents = 0; ///< quantity × unit price − discount
    };

    struct Totals
    {
        qint64 orders = 0;
        qint64 units = 0;
        qint64 revenue = 0;
    };

    /** One rollup row: the key parts a table uses (id = product or category; platform = -1 when unused). */
    struct Row
    {
        qint64 day = 0;
        int platform = -1;
        qint64 id = 0;
        Totals totals;
    };

    enum class Table { Daily, Product, ProductPlatform, Category, CategoryPlatform };
    static constexpr Table kTables[] = {Table::Daily, Table::Product, Table::ProductPlatform, Table::Category,
                                        Table::CategoryPlatform};

    /** A small number standing for @p platform in this set. */
    int platformId(const QString &platform);
    const QString &platformName(int id) const { return m_platforms.at(id); }

    /** Adds (sign +1) or removes (sign -1) one order of @p day on @p platform with @p lines. */
    void addOrder(qint64 day, int platform, const QList<Line> &lines, int sign = 1);

    bool isEmpty() const { return m_maps[0].empty(); }
    /** The rows for @p table, in key order (so concurrent writers lock rows in the same order). */
    QList<Row> rows(Table table) const;

private:
    struct Key
    {
        qint64 day;
        qint64 id;
        int platform;
        bool operator==(const Key &o) const { return day == o.day && id == o.id && platform == o.platform; }
    };
    struct KeyHash
    {
        size_t operator()(const Key &k) const noexcept
        {
            return size_t(k.day) * 1000003u ^ size_t(k.id) * 7919u ^ size_t(k.platform);
        }
    };
    using Map = std::unordered_map<Key, Totals, KeyHash>;
    void add(Table table, const Key &key, qint64 orders, qint64 units, qint64 revenue);

    Map m_maps[5];
    QStringList m_platforms;
    QHash<QString, int> m_platformIds;
};
