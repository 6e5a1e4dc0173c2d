// SPDX-License-Identifier: MIT
#pragma once

#include "store.h"

#include <QRandomGenerator>

#include <mutex>

/**
 * The mixed writes that the concurrency test (tst_concurrentwrites) and
 * storedesk-concurrency-check make many threads at once: 45 % orders of 1–3 lines on any
 * platform, 25 % stock adjustments (+3 or −2), 15 % status changes and 15 % platform moves of a
 * known order. The random picks serve callers that send the same mix over HTTP; write() makes
 * one write through the services. Safe to share between threads (each with its own generator).
 */
class WriteMix
{
public:
    enum class Kind { Order, Adjustment, StatusChange, PlatformMove };
    enum class Outcome {
        Done,
        Refused, ///< insufficient stock: a business answer, not a failure
        Failed,
    };

    /**
     * Replaces the store's data with the 200-order demo store and gives every stock row but each
     * fifth 5,000 more units, so most orders go through and some are refused for stock.
     */
    static void prepare(Store &store);

    /** Reads the store's products, stock rows and orders (after prepare()). */
    explicit WriteMix(Store &store);

    static Kind anyKind(QRandomGenerator &rng);
    qint64 anyProduct(QRandomGenerator &rng) const;
    qint64 anyStockRow(QRandomGenerator &rng) const;
    static int anyQuantity(QRandomGenerator &rng) { return 1 + rng.bounded(3); }
    static int anyLineCount(QRandomGenerator &rng) { return 1 + rng.bounded(3); }
    static int anyDelta(QRandomGenerator &rng) { return rng.bounded(2) ? 3 : -2; }
    static QString anyPlatform(QRandomGenerator &rng);
    static QString anyStatus(QRandomGenerator &rng);
    /** An order that exists: one of the demo store's or one a caller added. */
    qint64 anySale(QRandomGenerator &rng);
    void addSale(qint64 id);

    /** One write of a random kind through the services; on failure, @p error says what failed. */
    Outcome write(QRandomGenerator &rng, const QString &reason, QString *error);

private:
    Store &m_store;
    QList<qint64> m_products;
    QList<qint64> m_stockRows;
    std::mutex m_salesLock;
    QList<qint64> m_sales;
};
