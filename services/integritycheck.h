// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class Store;

/** What IntegrityCheck found: each invariant, and the sizes it was checked over. */
struct IntegrityReport
{
    qint64 stockRows = 0;
    qint64 stockRowsOff = 0;     ///< stock rows whose quantity differs from the sum of their history
    qint64 stockRowsNegative = 0;
    qint64 orders = 0;
    qint64 ordersOff = 0;        ///< orders whose total differs from the sum of their lines
    qint64 orphanLines = 0;      ///< order lines without their order
    qint64 rollupRows = 0;       ///< rollup rows a recomputation produces
    qint64 rollupRowsOff = 0;    ///< rows kept and recomputed that differ (either side missing counts too)

    bool ok() const { return stockRowsOff == 0 && stockRowsNegative == 0 && ordersOff == 0 && orphanLines == 0 && rollupRowsOff == 0; }
    /** One line per invariant: "stock = history: ok (140 rows)" or "... BROKEN (3 of 140 rows)". */
    QStringList lines() const;
};

/**
 * Checks the store's invariants against its own rows, independently of the code that keeps them:
 * every stock level equals the sum of its history's changes, every order total equals the sum of
 * its lines, no stock is negative, and every analytics rollup row equals a recomputation from the
 * orders (done inside a transaction that is rolled back, so the check changes nothing).
 * Used by `storedesk-server check`, the concurrency check and the crash-safety script.
 */
namespace IntegrityCheck {
IntegrityReport run(Store &store);
}
