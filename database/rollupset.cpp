// SPDX-License-Identifier: MIT
#include "rollupset.h"

#include <algorithm>

int RollupSet::platformId(const QString &platform)
{
    const auto it = m_platformIds.constFind(platform);
    if (it != m_platformIds.cend())
        return *it;
    m_platforms << platform;
    m_platformIds.insert(platform, int(m_platforms.size() - 1));
    return int(m_platforms.size() - 1);
}

void RollupSet::add(Table table, const Key &key, qint64 orders, qint64 units, qint64 revenue)
{
    Totals &t = m_maps[int(table)][key];
    t.orders += orders;
    t.units += units;
    t.revenue += revenue;
}

void RollupSet::addOrder(qint64 day, int platform, const QList<Line> &lines, int sign)
{
    if (lines.isEmpty())
        return;
    qint64 units = 0, revenue = 0;
    for (const Line &l : lines) {
        units += l.quantity;
        revenue += l.revenueCents;
    }
    add(Table::Daily, Key{day, 0, platform}, sign, sign * units, sign * revenue);

    // Per product and per category: an order counts once however many of its lines fall there.
    auto perGroup = [&](auto idOf, Table plain, Table withPlatform) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const qint64 id = idOf(lines[i]);
            bool seen = false;
            for (qsizetype j = 0; j < i && !seen; ++j)
                seen = idOf(lines[j]) == id;
            if (seen)
                continue;
            qint64 u = 0, r = 0;
            for (qsizetype j = i; j < lines.size(); ++j) {
                if (idOf(lines[j]) == id) {
                    u += lines[j].quantity;
                    r += lines[j].revenueCents;
                }
            }
            add(plain, Key{day, id, -1}, sign, sign * u, sign * r);
            add(withPlatform, Key{day, id, platform}, sign, sign * u, sign * r);
        }
    };
    perGroup([](const Line &l) { return l.productId; }, Table::Product, Table::ProductPlatform);
    perGroup([](const Line &l) { return l.categoryId; }, Table::Category, Table::CategoryPlatform);
}

QList<RollupSet::Row> RollupSet::rows(Table table) const
{
    QList<Row> out;
    const Map &map = m_maps[int(table)];
    out.reserve(qsizetype(map.size()));
    for (const auto &[key, totals] : map)
        out.append(Row{key.day, key.platform, key.id, totals});
    // Key order of the table's primary key (platform by name, as the database sorts it).
    const bool platformFirst = table == Table::ProductPlatform || table == Table::CategoryPlatform;
    std::sort(out.begin(), out.end(), [&](const Row &a, const Row &b) {
        const QString &pa = a.platform >= 0 ? m_platforms.at(a.platform) : QString();
        const QString &pb = b.platform >= 0 ? m_platforms.at(b.platform) : QString();
        if (platformFirst)
            return std::tie(a.id, pa, a.day) < std::tie(b.id, pb, b.day);
        return std::tie(a.day, a.id, pa) < std::tie(b.day, b.id, pb);
    });
    return out;
}
