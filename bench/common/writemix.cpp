// SPDX-License-Identifier: MIT
#include "writemix.h"

#include "demodataservice.h"

namespace {

const QStringList kStatuses{QStringLiteral("cancelled"), QStringLiteral("completed"), QStringLiteral("refunded"),
                            QStringLiteral("shipped")};

template<typename T>
const T &anyOf(const QList<T> &list, QRandomGenerator &rng)
{
    return list.at(rng.bounded(int(list.size())));
}

} // namespace

void WriteMix::prepare(Store &store)
{
    DemoDataOptions demo;
    demo.reset = true;
    demo.sales = 200;
    DemoDataService(store.database(), store.config()).generate(demo);
    InventoryFilter all;
    all.page.limit = 1000;
    for (const InventoryItem &row : store.inventory().list(all)) {
        if (row.id % 5 != 0)
            store.inventory().adjust(row.id, 5000, QStringLiteral("concurrency stock"));
    }
}

WriteMix::WriteMix(Store &store) : m_store(store)
{
    for (const Product &product : store.products().list(ProductFilter{}))
        m_products << product.id;
    InventoryFilter rows;
    rows.page.limit = 1000;
    for (const InventoryItem &row : store.inventory().list(rows))
        m_stockRows << row.id;
    SaleFilter sales;
    sales.page.limit = 1000;
    for (const Sale &sale : store.sales().list(sales))
        m_sales << sale.id;
    if (m_products.isEmpty() || m_stockRows.isEmpty() || m_sales.isEmpty())
        throw StoreError(StoreError::Kind::Validation, QStringLiteral("empty_store"),
                         QStringLiteral("the write mix needs products, stock rows and orders (WriteMix::prepare)"));
}

WriteMix::Kind WriteMix::anyKind(QRandomGenerator &rng)
{
    const int n = rng.bounded(100);
    return n < 45 ? Kind::Order : n < 70 ? Kind::Adjustment : n < 85 ? Kind::StatusChange : Kind::PlatformMove;
}

qint64 WriteMix::anyProduct(QRandomGenerator &rng) const { return anyOf(m_products, rng); }
qint64 WriteMix::anyStockRow(QRandomGenerator &rng) const { return anyOf(m_stockRows, rng); }
QString WriteMix::anyPlatform(QRandomGenerator &rng) { return anyOf(SalesService::knownPlatforms(), rng); }
QString WriteMix::anyStatus(QRandomGenerator &rng) { return anyOf(kStatuses, rng); }

qint64 WriteMix::anySale(QRandomGenerator &rng)
{
    std::lock_guard guard(m_salesLock);
    return anyOf(m_sales, rng);
}

void WriteMix::addSale(qint64 id)
{
    std::lock_guard guard(m_salesLock);
    m_sales << id;
}

WriteMix::Outcome WriteMix::write(QRandomGenerator &rng, const QString &reason, QString *error)
{
    try {
        const Kind kind = anyKind(rng);
        switch (kind) {
        case Kind::Order: {
            SaleInput input;
            input.platform = anyPlatform(rng);
            input.status = QStringLiteral("completed");
            for (int l = anyLineCount(rng); l > 0; --l)
                input.items << SaleItemInput{anyProduct(rng), anyQuantity(rng), std::nullopt, Money()};
            addSale(m_store.sales().create(input).id);
            break;
        }
        case Kind::Adjustment:
            m_store.inventory().adjust(anyStockRow(rng), anyDelta(rng), reason);
            break;
        case Kind::StatusChange:
        case Kind::PlatformMove: {
            SalePatch patch;
            if (kind == Kind::StatusChange)
                patch.status = anyStatus(rng);
            else
                patch.platform = anyPlatform(rng);
            m_store.sales().update(anySale(rng), patch);
            break;
        }
        }
        return Outcome::Done;
    } catch (const StoreError &e) {
        if (e.kind() == StoreError::Kind::Conflict && e.code() == u"insufficient_stock")
            return Outcome::Refused;
        if (error)
            *error = QStringLiteral("service error %1: %2").arg(e.code(), e.message());
        return Outcome::Failed;
    }
}
