// SPDX-License-Identifier: MIT
#pragma once

#include "entities.h"

#include <QList>
#include <QSet>

/**
 * Tells which stock rows have just become low: given the rows at or below their threshold after
 * each change, it returns those that were not low the time before (a row that dropped from above
 * its threshold, or a new row created low). The first update only learns the current state, so
 * opening the app does not announce every row that was already low.
 */
class LowStockWatcher
{
public:
    /** Takes the current low rows and returns the ones that crossed since the previous update. */
    QList<LowStockRow> update(const QList<LowStockRow> &lowNow);
    /** Forgets what it saw (the next update learns again without reporting). */
    void reset();
    bool isPrimed() const { return m_primed; }

private:
    QSet<qint64> m_low;
    bool m_primed = false;
};
