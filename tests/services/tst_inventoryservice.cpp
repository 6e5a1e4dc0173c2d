// SPDX-License-Identifier: MIT
#include "testdatabases.h"

#include "inventoryrepository.h"
#include "sqlquery.h"

#include <QMutex>
#include <QTest>

#include <thread>
#include <vector>

class TestInventoryService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup() { m_store.reset(); }

    void createWritesInitialHistory();
    void createRefusesDuplicateKey();
    void createValidates();
    void adjustChangesQuantityAndWritesHistory();
    void adjustBelowZeroIsRefusedAndChangesNothing();
    void adjustValidates();
    void updateQuantityWritesHistoryAndRestockDate();
    void lowStockMostUrgentFirst();
    void concurrentAdjustmentsLoseNothing();

private:
    qint64 makeProduct(const QString &sku, qint64 initialQuantity = -1);
    qint64 historyRows(qint64 inventoryId);

    std::unique_ptr<Store> m_store;
    qint64 m_categoryId = 0;
};

void TestInventoryService::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = TestDatabases::freshStore(engine);
    m_categoryId = m_store->categories().create({QStringLiteral("Tools"), QString()}).id;
}

qint64 TestInventoryService::makeProduct(const QString &sku, qint64 initialQuantity)
{
    ProductInput input;
    input.name = QStringLiteral("Product ") + sku;
    input.sku = sku;
    input.price = Money::fromCents(1000);
    input.categoryId = m_categoryId;
    if (initialQuantity >= 0)
        input.initialQuantity = initialQuantity;
    return m_store->products().create(input).id;
}

qint64 TestInventoryService::historyRows(qint64 inventoryId)
{
    return m_store->inventory().historyCount(inventoryId);
}

void TestInventoryService::createWritesInitialHistory()
{
    const qint64 productId = makeProduct(QStringLiteral("A-1"));
    const InventoryItem item = m_store->inventory().create({productId, 25, QString(), QString(), std::nullopt, QString()});
    QCOMPARE(item.location, QStringLiteral("main"));
    QVERIFY(item.channel.isEmpty());
    QCOMPARE(item.quantity, qint64(25));
    QCOMPARE(item.lowStockThreshold, qint64(10)); // the store default
    QVERIFY(item.lastRestockDate.isValid());
    const auto history = m_store->inventory().history(item.id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().previousQuantity, qint64(0));
    QCOMPARE(history.first().newQuantity, qint64(25));
    QCOMPARE(m_store->inventory().get(item.id).quantity, qint64(25));
}

void TestInventoryService::createRefusesDuplicateKey()
{
    const qint64 productId = makeProduct(QStringLiteral("A-2"), 5); // creates the main row
    try {
        m_store->inventory().create({productId, 3, QStringLiteral("main"), QString(), std::nullopt, QString()});
        QFAIL("a second main row was accepted");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::Conflict);
        QCOMPARE(e.code(), QStringLiteral("duplicate_inventory"));
    }
    // The same product reserved for a channel is a different row.
    const InventoryItem amazon = m_store->inventory().create({productId, 3, QStringLiteral("main"), QStringLiteral("Amazon"), 2, QString()});
    QCOMPARE(amazon.channel, QStringLiteral("Amazon"));
    QCOMPARE(m_store->inventory().forProduct(productId).size(), 2);
}

void TestInventoryService::createValidates()
{
    const qint64 productId = makeProduct(QStringLiteral("A-3"));
    try {
        m_store->inventory().create({productId, -1, QString(), QString(), -5, QString()});
        QFAIL("negative quantity accepted");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::Validation);
        QCOMPARE(e.fieldErrors().size(), 2);
        QCOMPARE(e.fieldErrors().at(0).loc, QStringList{QStringLiteral("quantity")});
        QCOMPARE(e.fieldErrors().at(1).loc, QStringList{QStringLiteral("low_stock_threshold")});
    }
    try {
        m_store->inventory().create({999999, 1, QString(), QString(), std::nullopt, QString()});
        QFAIL("unknown product accepted");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::NotFound);
    }
    QCOMPARE(m_store->inventory().count(), qint64(0));
}

void TestInventoryService::adjustChangesQuantityAndWritesHistory()
{
    const qint64 productId = makeProduct(QStringLiteral("B-1"), 10);
    const qint64 id = m_store->inventory().forProduct(productId).first().id;
    const StockChange change = m_store->inventory().adjust(id, +7, QStringLiteral("received"));
    QCOMPARE(change.item.quantity, qint64(17));
    QCOMPARE(change.history.previousQuantity, qint64(10));
    QCOMPARE(change.history.newQuantity, qint64(17));
    QCOMPARE(change.history.changeQty(), qint64(7));
    QCOMPARE(change.history.changeReason, QStringLiteral("received"));
    m_store->inventory().adjust(id, -17, QStringLiteral("sold"));
    QCOMPARE(m_store->inventory().get(id).quantity, qint64(0));
    const auto history = m_store->inventory().history(id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.first().changeReason, QStringLiteral("sold")); // newest first
    QCOMPARE(history.first().newQuantity, qint64(0));
}

void TestInventoryService::adjustBelowZeroIsRefusedAndChangesNothing()
{
    const qint64 productId = makeProduct(QStringLiteral("B-2"), 3);
    const qint64 id = m_store->inventory().forProduct(productId).first().id;
    try {
        m_store->inventory().adjust(id, -4, QStringLiteral("sold"));
        QFAIL("stock went negative");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::Conflict);
        QCOMPARE(e.code(), QStringLiteral("insufficient_stock"));
    }
    QCOMPARE(m_store->inventory().get(id).quantity, qint64(3));
    QCOMPARE(historyRows(id), qint64(1));
}

void TestInventoryService::adjustValidates()
{
    const qint64 productId = makeProduct(QStringLiteral("B-3"), 3);
    const qint64 id = m_store->inventory().forProduct(productId).first().id;
    try {
        m_store->inventory().adjust(id, 0, QStringLiteral("   "));
        QFAIL("zero delta accepted");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::Validation);
        QStringList fields;
        for (const FieldError &f : e.fieldErrors())
            fields << f.loc.join(u'.');
        QCOMPARE(fields, (QStringList{QStringLiteral("delta"), QStringLiteral("reason")}));
    }
    try {
        m_store->inventory().adjust(424242, 1, QStringLiteral("received"));
        QFAIL("unknown row accepted");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::NotFound);
    }
    QCOMPARE(historyRows(id), qint64(1));
}

void TestInventoryService::updateQuantityWritesHistoryAndRestockDate()
{
    const qint64 productId = makeProduct(QStringLiteral("C-1"));
    InventoryItem item = m_store->inventory().create({productId, 0, QString(), QString(), 5, QString()});
    QVERIFY(!item.lastRestockDate.isValid());
    InventoryPatch patch;
    patch.quantity = 40;
    patch.changeReason = QStringLiteral("stock count");
    item = m_store->inventory().update(item.id, patch);
    QCOMPARE(item.quantity, qint64(40));
    QVERIFY(item.lastRestockDate.isValid());
    const auto history = m_store->inventory().history(item.id);
    QCOMPARE(history.size(), 1); // creation at 0 writes none
    QCOMPARE(history.first().previousQuantity, qint64(0));
    QCOMPARE(history.first().newQuantity, qint64(40));
    QCOMPARE(history.first().changeReason, QStringLiteral("stock count"));

    InventoryPatch attributes; // no quantity: no history
    attributes.lowStockThreshold = 50;
    item = m_store->inventory().update(item.id, attributes);
    QCOMPARE(item.lowStockThreshold, qint64(50));
    QVERIFY(item.isLowStock());
    QCOMPARE(historyRows(item.id), qint64(1));
}

void TestInventoryService::lowStockMostUrgentFirst()
{
    const qint64 fine = makeProduct(QStringLiteral("D-1"), 50);
    const qint64 low = makeProduct(QStringLiteral("D-2"), 8);
    const qint64 veryLow = makeProduct(QStringLiteral("D-3"), 2);
    const qint64 out = makeProduct(QStringLiteral("D-4"), 0);
    const auto rows = m_store->inventory().lowStock();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).productId, out);
    QCOMPARE(rows.at(1).productId, veryLow);
    QCOMPARE(rows.at(2).productId, low);
    QCOMPARE(rows.at(1).shortfall(), qint64(8));
    QCOMPARE(rows.at(2).sku, QStringLiteral("D-2"));
    const auto overridden = m_store->inventory().lowStock(60);
    QCOMPARE(overridden.size(), 4);
    QCOMPARE(overridden.last().productId, fine);
    QCOMPARE(overridden.last().threshold, qint64(60));
}

void TestInventoryService::concurrentAdjustmentsLoseNothing()
{
    // 8 threads × 100 adjust(-1) on one row: exactly −800 and exactly 800 history rows.
    const qint64 productId = makeProduct(QStringLiteral("E-1"), 1000);
    const qint64 id = m_store->inventory().forProduct(productId).first().id;
    constexpr int kThreads = 8;
    constexpr int kPerThread = 100;
    std::atomic<int> failures{0};
    QStringList errors;
    QMutex errorsLock;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < kPerThread; ++i) {
                try {
                    m_store->inventory().adjust(id, -1, QStringLiteral("sold"));
                } catch (const StoreError &e) {
                    ++failures;
                    QMutexLocker lock(&errorsLock);
                    errors << e.message();
                }
            }
            m_store->database().closeThreadConnection();
        });
    }
    for (auto &thread : threads)
        thread.join();
    QVERIFY2(failures == 0, qPrintable(errors.join(u'\n')));
    QCOMPARE(m_store->inventory().get(id).quantity, qint64(1000 - kThreads * kPerThread));
    QCOMPARE(historyRows(id), qint64(1 + kThreads * kPerThread));
    // Every history row chains: the sum of all changes is the current quantity.
    HistoryFilter all;
    all.page.limit = 10000;
    qint64 sum = 0;
    for (const auto &h : m_store->inventory().history(id, all))
        sum += h.changeQty();
    QCOMPARE(sum, qint64(1000 - kThreads * kPerThread));
}

STOREDESK_DB_TEST_MAIN(TestInventoryService)
#include "tst_inventoryservice.moc"
