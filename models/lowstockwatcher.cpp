// SPDX-License-Identifier: MIT
#include "lowstockwatcher.h"

QList<LowStockRow> LowStockWatcher::update(const QList<LowStockRow> &lowNow)
{
    QList<LowStockRow> crossed;
    QSet<qint64> low;
    low.reserve(lowNow.size());
    for (const LowStockRow &row : lowNow) {
        low.insert(row.inventoryId);
        if (m_primed && !m_low.contains(row.inventoryId))
            crossed.append(row);
    }
    m_low = std::move(low);
    m_primed = true;
    return crossed;
}

void LowStockWatcher::reset()
{
    m_low.clear();
    m_primed = false;
}
