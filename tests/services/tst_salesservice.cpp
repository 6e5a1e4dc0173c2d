// SPDX-License-Identifier: MIT
#include "testdatabases.h"

#include "sqlquery.h"

#include <QMap>
#include <QSet>
#include <QTest>

#include <algorithm>

Q_DECLARE_METATYPE(SaleInput)

namespace {

/** Runs @p fn and returns the StoreError it threw, or nullopt if it threw none. */
template<typename Fn>
std::optional<StoreError> errorOf(Fn &&fn)
{
    try {
        fn();
    } catch (const StoreError &e) {
        return e;
    }
    return std::nullopt;
}

SaleItemInput line(qint64 productId, qint64 quantity, std::optional<qint64> unitCents = std::nullopt, qint64 discountCents = 0)
{
    SaleItemInput item;
    item.productId = productId;
    item.quantity = quantity;
    if (unitCents)
        item.unitPrice = Money::fromCents(*unitCents);
    item.discount = Money::fromCents(discountCents);
    return item;
}

QDateTime utc(int y, int m, int d, int hh, int mm, int ss = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm, ss), Qt::UTC);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

/**
 * SalesService against every engine: recording orders (stock source, prices, totals, order
 * numbers, validation, all-or-nothing), status transitions and their stock, listing and updates.
 */
class TestSalesService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup() { m_store.reset(); }

    void stockComesFromChannelRowElseMain_data();
    void stockComesFromChannelRowElseMain();
    void channelRowWithoutEnoughStockRefuses();
    void productWithoutInventoryRefuses();
    void unitPriceAndDiscount_data();
    void unitPriceAndDiscount();
    void totalIsExactSumOfLines();
    void expectedTotalMustMatch_data();
    void expectedTotalMustMatch();
    void generatedOrderNumbersAreUnique();
    void duplicateOrderNumberIsConflict_data();
    void duplicateOrderNumberIsConflict();
    void validationCarriesFieldPaths_data();
    void validationCarriesFieldPaths();
    void unknownCustomerOrProduct_data();
    void unknownCustomerOrProduct();
    void lineLackingStockWritesNothing_data();
    void lineLackingStockWritesNothing();
    void sameProductLinesAggregate();
    void cancelAndRefundRestoreStock_data();
    void cancelAndRefundRestoreStock();
    void cancelledToRefundedMovesNoStock();
    void activeStatusChangesMoveNoStock();
    void reinstatingTakesStockAgain();
    void reinstatingWithoutStockIsRefused();
    void createdInactiveTakesNoStock_data();
    void createdInactiveTakesNoStock();
    void listByStoreLocalDates_data();
    void listByStoreLocalDates();
    void listOnDayWithoutMidnight();
    void listFilters_data();
    void listFilters();
    void sortAndPaging();
    void getAndGetByOrderNumber();
    void updateHeaderFields();
    void updateRefusals();
    void moneyIsExactOverThousandsOfLines();
    void platformChangeMovesStockToTheNewPlatform();
    void cancelWithPlatformChangeRestocksTheOldRows();

private:
    qint64 makeProduct(const QString &name, const QString &sku, qint64 priceCents, qint64 categoryId, qint64 stock = -1);
    qint64 mainRow(qint64 productId);
    qint64 quantity(qint64 inventoryId) { return m_store->inventory().get(inventoryId).quantity; }
    qint64 historyCount(qint64 inventoryId) { return m_store->inventory().historyCount(inventoryId); }
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    /** Every count and every quantity the all-or-nothing rule protects, as one comparable text. */
    QString snapshot();
    SaleInput saleOf(const QString &platform, const QList<SaleItemInput> &items);
    Sale sell(const QString &platform, const QList<SaleItemInput> &items, const QString &orderNumber = QString());
    void setStatus(qint64 saleId, const QString &status);

    std::unique_ptr<Store> m_store;
    qint64 m_tools = 0;
    qint64 m_garden = 0;
    qint64 m_alice = 0;
    qint64 m_bob = 0;
    qint64 m_hammer = 0; ///< Tools, 19.99, 10 at main
    qint64 m_rake = 0;   ///< Garden, 7.50, 5 at main
    qint64 m_glove = 0;  ///< Garden, 3.25, 3 at main (created last: its row has the highest id)
};

void TestSalesService::init()
{
    QFETCH_GLOBAL(QString, engine);
    StoreConfig config = TestDatabases::defaultConfig();
    if (qstrcmp(QTest::currentTestFunction(), "listByStoreLocalDates") == 0)
        config.storeTimeZone = QTimeZone("America/New_York");
    if (qstrcmp(QTest::currentTestFunction(), "listOnDayWithoutMidnight") == 0)
        config.storeTimeZone = QTimeZone("America/Sao_Paulo");
    m_store = TestDatabases::freshStore(engine, config);
    m_tools = m_store->categories().create({QStringLiteral("Tools"), QString()}).id;
    m_garden = m_store->categories().create({QStringLiteral("Garden"), QString()}).id;
    m_alice = m_store->customers().create({QStringLiteral("Alice"), QStringLiteral("alice@example.com"), {}, {}}).id;
    m_bob = m_store->customers().create({QStringLiteral("Bob"), QString(), {}, {}}).id;
    m_hammer = makeProduct(QStringLiteral("Hammer"), QStringLiteral("HAM-1"), 1999, m_tools, 10);
    m_rake = makeProduct(QStringLiteral("Rake"), QStringLiteral("RAK-1"), 750, m_garden, 5);
    m_glove = makeProduct(QStringLiteral("Glove"), QStringLiteral("GLV-1"), 325, m_garden, 3);
}

qint64 TestSalesService::makeProduct(const QString &name, const QString &sku, qint64 priceCents, qint64 categoryId, qint64 stock)
{
    ProductInput input;
    input.name = name;
    input.sku = sku;
    input.price = Money::fromCents(priceCents);
    input.categoryId = categoryId;
    if (stock >= 0)
        input.initialQuantity = stock;
    return m_store->products().create(input).id;
}

qint64 TestSalesService::mainRow(qint64 productId)
{
    for (const InventoryItem &row : m_store->inventory().forProduct(productId))
        if (row.location == u"main" && row.channel.isEmpty())
            return row.id;
    return 0;
}

qint64 TestSalesService::scalar(const QString &sql, const QVariantList &values)
{
    return m_store->database().read([&](Connection &c) {
        SqlQuery q(c, sql);
        for (const QVariant &v : values)
            q.bind(v);
        return q.scalar().toLongLong();
    });
}

QString TestSalesService::snapshot()
{
    return m_store->database().read([](Connection &c) {
        auto count = [&c](const char *table) {
            SqlQuery q(c, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
            return q.scalar().toLongLong();
        };
        QString text = QStringLiteral("sales=%1 sale_items=%2 inventory_history=%3 inventory=%4 quantities:")
                           .arg(count("sales"))
                           .arg(count("sale_items"))
                           .arg(count("inventory_history"))
                           .arg(count("inventory"));
        SqlQuery q(c, QStringLiteral("SELECT id, quantity FROM inventory ORDER BY id"));
        q.exec();
        while (q.next())
            text += QStringLiteral(" #%1=%2").arg(q.int64(0)).arg(q.int64(1));
        SqlQuery totals(c, QStringLiteral("SELECT COALESCE(SUM(total_amount), 0) FROM sales"));
        text += QStringLiteral(" total_amount_sum=%1").arg(totals.scalar().toLongLong());
        return text;
    });
}

SaleInput TestSalesService::saleOf(const QString &platform, const QList<SaleItemInput> &items)
{
    SaleInput input;
    input.platform = platform;
    input.items = items;
    return input;
}

Sale TestSalesService::sell(const QString &platform, const QList<SaleItemInput> &items, const QString &orderNumber)
{
    SaleInput input = saleOf(platform, items);
    if (!orderNumber.isEmpty())
        input.orderNumber = orderNumber;
    return m_store->sales().create(input);
}

void TestSalesService::setStatus(qint64 saleId, const QString &status)
{
    SalePatch patch;
    patch.status = status;
    m_store->sales().update(saleId, patch);
}

// --- where the stock comes from ------------------------------------------------------------------

void TestSalesService::stockComesFromChannelRowElseMain_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<qint64>("sold");
    QTest::addColumn<qint64>("expectedMain");
    QTest::addColumn<qint64>("expectedAmazon");
    // The product has 20 at main and 6 reserved for Amazon.
    QTest::newRow("Amazon takes the Amazon row") << QStringLiteral("Amazon") << qint64(4) << qint64(20) << qint64(2);
    QTest::newRow("Amazon takes all of the Amazon row") << QStringLiteral("Amazon") << qint64(6) << qint64(20) << qint64(0);
    QTest::newRow("eBay has no row: main") << QStringLiteral("eBay") << qint64(4) << qint64(16) << qint64(6);
    QTest::newRow("Website beyond the reserved stock: main") << QStringLiteral("Website") << qint64(20) << qint64(0) << qint64(6);
}

void TestSalesService::stockComesFromChannelRowElseMain()
{
    QFETCH(QString, platform);
    QFETCH(qint64, sold);
    QFETCH(qint64, expectedMain);
    QFETCH(qint64, expectedAmazon);
    const qint64 lamp = makeProduct(QStringLiteral("Lamp"), QStringLiteral("LMP-1"), 2000, m_tools, 20);
    const qint64 main = mainRow(lamp);
    const qint64 amazon = m_store->inventory().create({lamp, 6, QString(), QStringLiteral("Amazon"), std::nullopt, QString()}).id;
    const qint64 mainHistory = historyCount(main);
    const qint64 amazonHistory = historyCount(amazon);
    const qint64 hammerMain = mainRow(m_hammer);

    // The hammer has no Amazon row: on any platform it comes from main.
    const Sale sale = sell(platform, {line(lamp, sold), line(m_hammer, 1)});

    QCOMPARE(quantity(main), expectedMain);
    QCOMPARE(quantity(amazon), expectedAmazon);
    QCOMPARE(quantity(hammerMain), qint64(9));
    const bool fromAmazon = expectedAmazon != 6;
    const qint64 touched = fromAmazon ? amazon : main;
    QCOMPARE(historyCount(main), mainHistory + (fromAmazon ? 0 : 1));
    QCOMPARE(historyCount(amazon), amazonHistory + (fromAmazon ? 1 : 0));
    const InventoryHistoryEntry newest = m_store->inventory().history(touched).first();
    QCOMPARE(newest.previousQuantity, fromAmazon ? qint64(6) : qint64(20));
    QCOMPARE(newest.newQuantity, fromAmazon ? expectedAmazon : expectedMain);
    QVERIFY2(newest.changeReason.contains(sale.orderNumber), qPrintable(newest.changeReason));
    const InventoryHistoryEntry hammerNewest = m_store->inventory().history(hammerMain).first();
    QCOMPARE(hammerNewest.changeQty(), qint64(-1));
    QVERIFY(hammerNewest.changeReason.contains(sale.orderNumber));
}

void TestSalesService::channelRowWithoutEnoughStockRefuses()
{
    // A reserved row exists for the platform, so it is the source — even if main has plenty.
    const qint64 lamp = makeProduct(QStringLiteral("Lamp"), QStringLiteral("LMP-1"), 2000, m_tools, 100);
    const qint64 amazon = m_store->inventory().create({lamp, 1, QString(), QStringLiteral("Amazon"), std::nullopt, QString()}).id;
    const QString before = snapshot();
    const auto e = errorOf([&] { sell(QStringLiteral("Amazon"), {line(lamp, 2)}); });
    QVERIFY2(e, "a sale took more than its channel row held");
    QCOMPARE(e->kind(), StoreError::Kind::Conflict);
    QCOMPARE(e->code(), QStringLiteral("insufficient_stock"));
    QCOMPARE(snapshot(), before);
    QCOMPARE(quantity(amazon), qint64(1));
    QCOMPARE(quantity(mainRow(lamp)), qint64(100));
}

void TestSalesService::productWithoutInventoryRefuses()
{
    const qint64 ghost = makeProduct(QStringLiteral("Ghost"), QStringLiteral("GST-1"), 500, m_tools);
    const QString before = snapshot();
    const auto e = errorOf([&] { sell(QStringLiteral("Website"), {line(m_hammer, 1), line(ghost, 1)}); });
    QVERIFY2(e, "a product without any inventory row was sold");
    QCOMPARE(e->kind(), StoreError::Kind::Conflict);
    QCOMPARE(e->code(), QStringLiteral("insufficient_stock"));
    QCOMPARE(snapshot(), before);
}

// --- prices, discounts, totals -------------------------------------------------------------------

void TestSalesService::unitPriceAndDiscount_data()
{
    QTest::addColumn<qint64>("qty");
    QTest::addColumn<qint64>("unitCents"); // -1: not given (the hammer's price, 19.99, applies)
    QTest::addColumn<qint64>("discountCents");
    QTest::addColumn<qint64>("expectedUnitCents");
    QTest::addColumn<qint64>("expectedLineCents");
    QTest::newRow("default price") << qint64(3) << qint64(-1) << qint64(0) << qint64(1999) << qint64(5997);
    QTest::newRow("explicit price") << qint64(3) << qint64(1500) << qint64(0) << qint64(1500) << qint64(4500);
    QTest::newRow("explicit zero price") << qint64(2) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("discount is off the line, not per unit") << qint64(4) << qint64(-1) << qint64(500) << qint64(1999) << qint64(7496);
    QTest::newRow("discount equal to the line") << qint64(1) << qint64(1000) << qint64(1000) << qint64(1000) << qint64(0);
    QTest::newRow("cents") << qint64(7) << qint64(333) << qint64(1) << qint64(333) << qint64(2330);
}

void TestSalesService::unitPriceAndDiscount()
{
    QFETCH(qint64, qty);
    QFETCH(qint64, unitCents);
    QFETCH(qint64, discountCents);
    QFETCH(qint64, expectedUnitCents);
    QFETCH(qint64, expectedLineCents);
    const Sale sale = sell(QStringLiteral("Website"),
                           {line(m_hammer, qty, unitCents < 0 ? std::nullopt : std::optional<qint64>(unitCents), discountCents)});
    QCOMPARE(sale.items.size(), 1);
    QCOMPARE(sale.items.first().unitPrice.cents(), expectedUnitCents);
    QCOMPARE(sale.items.first().discount.cents(), discountCents);
    QCOMPARE(sale.items.first().lineTotal().cents(), expectedLineCents);
    QCOMPARE(sale.totalAmount.cents(), expectedLineCents);

    const Sale stored = m_store->sales().get(sale.id);
    QCOMPARE(stored.items.size(), 1);
    QCOMPARE(stored.items.first().productId, m_hammer);
    QCOMPARE(stored.items.first().quantity, qty);
    QCOMPARE(stored.items.first().unitPrice.cents(), expectedUnitCents);
    QCOMPARE(stored.items.first().discount.cents(), discountCents);
    QCOMPARE(stored.totalAmount.cents(), expectedLineCents);
    QCOMPARE(scalar(QStringLiteral("SELECT unit_price FROM sale_items WHERE sale_id = ?"), {sale.id}), expectedUnitCents);
    QCOMPARE(scalar(QStringLiteral("SELECT total_amount FROM sales WHERE id = ?"), {sale.id}), expectedLineCents);
}

void TestSalesService::totalIsExactSumOfLines()
{
    struct L { qint64 product; qint64 qty; qint64 unit; qint64 discount; };
    const QList<L> lines{{m_hammer, 3, 1999, 150}, {m_rake, 2, 749, 0}, {m_glove, 3, 1, 2}, {m_hammer, 1, 10001, 1}};
    QList<SaleItemInput> items;
    qint64 expected = 0;
    for (const L &l : lines) {
        items << line(l.product, l.qty, l.unit, l.discount);
        expected += l.qty * l.unit - l.discount;
    }
    QCOMPARE(expected, qint64(5997 - 150 + 1498 + 3 - 2 + 10001 - 1)); // the arithmetic above, by hand
    const Sale sale = sell(QStringLiteral("eBay"), items);
    QCOMPARE(sale.totalAmount.cents(), expected);
    QCOMPARE(m_store->sales().get(sale.id).totalAmount.cents(), expected);
    QCOMPARE(m_store->sales().get(sale.id).items.size(), lines.size());
    QCOMPARE(m_store->sales().get(sale.id).items.at(2).lineTotal().cents(), qint64(1));
}

void TestSalesService::expectedTotalMustMatch_data()
{
    QTest::addColumn<qint64>("offsetCents");
    QTest::newRow("one cent less") << qint64(-1);
    QTest::newRow("one cent more") << qint64(1);
    QTest::newRow("zero") << qint64(-4248);
}

void TestSalesService::expectedTotalMustMatch()
{
    QFETCH(qint64, offsetCents);
    const qint64 total = 2 * 1999 + 750 - 500; // 4248
    SaleInput input = saleOf(QStringLiteral("Etsy"), {line(m_hammer, 2), line(m_rake, 1, std::nullopt, 500)});
    input.expectedTotal = Money::fromCents(total + offsetCents);
    const QString before = snapshot();
    const auto e = errorOf([&] { m_store->sales().create(input); });
    QVERIFY2(e, "a wrong client total was accepted");
    QCOMPARE(e->kind(), StoreError::Kind::Validation);
    QCOMPARE(e->fieldErrors().size(), 1);
    QCOMPARE(e->fieldErrors().first().loc, QStringList{QStringLiteral("total_amount")});
    QCOMPARE(snapshot(), before);

    input.expectedTotal = Money::fromCents(total);
    QCOMPARE(m_store->sales().create(input).totalAmount.cents(), total);
}

// --- order numbers --------------------------------------------------------------------------------

void TestSalesService::generatedOrderNumbersAreUnique()
{
    const qint64 pen = makeProduct(QStringLiteral("Pen"), QStringLiteral("PEN-1"), 100, m_tools, 100);
    QSet<QString> numbers;
    QList<Sale> sales;
    for (int i = 0; i < 25; ++i)
        sales << sell(QStringLiteral("Website"), {line(pen, 1)});
    for (const Sale &sale : sales) {
        QVERIFY(!sale.orderNumber.trimmed().isEmpty());
        numbers.insert(sale.orderNumber);
        QCOMPARE(m_store->sales().getByOrderNumber(sale.orderNumber).id, sale.id);
    }
    QCOMPARE(numbers.size(), 25);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT order_number) FROM sales")), qint64(25));
}

void TestSalesService::duplicateOrderNumberIsConflict_data()
{
    QTest::addColumn<QString>("second");
    QTest::newRow("same") << QStringLiteral("ORD-1001");
    QTest::newRow("same after trimming") << QStringLiteral("  ORD-1001 ");
}

void TestSalesService::duplicateOrderNumberIsConflict()
{
    QFETCH(QString, second);
    const Sale first = sell(QStringLiteral("Amazon"), {line(m_hammer, 1)}, QStringLiteral("ORD-1001"));
    QCOMPARE(first.orderNumber, QStringLiteral("ORD-1001"));
    const QString before = snapshot();
    const auto e = errorOf([&] { sell(QStringLiteral("eBay"), {line(m_rake, 2)}, second); });
    QVERIFY2(e, "a duplicate order number was accepted");
    QCOMPARE(e->kind(), StoreError::Kind::Conflict);
    QCOMPARE(e->code(), QStringLiteral("duplicate_order_number"));
    QCOMPARE(snapshot(), before);
    QCOMPARE(m_store->sales().getByOrderNumber(QStringLiteral("ORD-1001")).platform, QStringLiteral("Amazon"));
}

// --- validation -----------------------------------------------------------------------------------

void TestSalesService::validationCarriesFieldPaths_data()
{
    // Product ids 1..3 in these inputs stand for the fixture's hammer, rake and glove.
    QTest::addColumn<SaleInput>("input");
    QTest::addColumn<QStringList>("fields"); // loc paths joined with '.', in any order

    auto base = [] {
        SaleInput input;
        input.platform = QStringLiteral("Website");
        input.items << line(1, 1);
        return input;
    };
    SaleInput in;

    in = base();
    in.platform = QStringLiteral("   ");
    QTest::newRow("blank platform") << in << QStringList{QStringLiteral("platform")};
    in = base();
    in.items.clear();
    QTest::newRow("no items") << in << QStringList{QStringLiteral("items")};
    in = base();
    in.status = QStringLiteral("lost");
    QTest::newRow("unknown status") << in << QStringList{QStringLiteral("status")};
    in = base();
    in.orderNumber = QStringLiteral(" ");
    QTest::newRow("blank order number") << in << QStringList{QStringLiteral("order_number")};
    in = base();
    in.customerId = 0;
    QTest::newRow("customer id 0") << in << QStringList{QStringLiteral("customer_id")};
    in = base();
    in.orderDate = QDateTime();
    QTest::newRow("invalid order date") << in << QStringList{QStringLiteral("order_date")};
    in = base();
    in.items << line(2, 0);
    QTest::newRow("zero quantity on line 1") << in << QStringList{QStringLiteral("items.1.quantity")};
    in = base();
    in.items[0].quantity = -2;
    QTest::newRow("negative quantity") << in << QStringList{QStringLiteral("items.0.quantity")};
    in = base();
    in.items[0].quantity = 1'000'001;
    QTest::newRow("quantity over the limit") << in << QStringList{QStringLiteral("items.0.quantity")};
    in = base();
    in.items[0].productId = 0;
    QTest::newRow("product id 0") << in << QStringList{QStringLiteral("items.0.product_id")};
    in = base();
    in.items[0].unitPrice = Money::fromCents(-1);
    QTest::newRow("negative unit price") << in << QStringList{QStringLiteral("items.0.unit_price")};
    in = base();
    in.items[0].discount = Money::fromCents(-1);
    QTest::newRow("negative discount") << in << QStringList{QStringLiteral("items.0.discount")};
    in = base();
    in.items << line(2, 2, 500, 1001);
    QTest::newRow("discount above the line amount") << in << QStringList{QStringLiteral("items.1.discount")};
    in = base();
    in.platform.clear();
    in.items << line(2, 0) << line(0, 1, std::nullopt, -5);
    in.items[2].unitPrice = Money::fromCents(-100);
    QTest::newRow("several at once") << in
                                     << QStringList{QStringLiteral("platform"), QStringLiteral("items.1.quantity"),
                                                    QStringLiteral("items.2.product_id"), QStringLiteral("items.2.unit_price"),
                                                    QStringLiteral("items.2.discount")};
}

void TestSalesService::validationCarriesFieldPaths()
{
    QFETCH(SaleInput, input);
    QFETCH(QStringList, fields);
    const QList<qint64> products{m_hammer, m_rake, m_glove};
    for (SaleItemInput &item : input.items)
        if (item.productId >= 1 && item.productId <= 3)
            item.productId = products.at(item.productId - 1);
    const QString before = snapshot();
    const auto e = errorOf([&] { m_store->sales().create(input); });
    QVERIFY2(e, "invalid input was accepted");
    QCOMPARE(e->kind(), StoreError::Kind::Validation);
    QStringList got;
    for (const FieldError &f : e->fieldErrors()) {
        got << f.loc.join(u'.');
        QVERIFY(!f.msg.isEmpty());
        QVERIFY(!f.type.isEmpty());
    }
    QCOMPARE(sorted(got), sorted(fields));
    QCOMPARE(snapshot(), before);
}

void TestSalesService::unknownCustomerOrProduct_data()
{
    QTest::addColumn<bool>("unknownCustomer");
    QTest::addColumn<QString>("code");
    QTest::newRow("customer") << true << QStringLiteral("customer_not_found");
    QTest::newRow("product on the last line") << false << QStringLiteral("product_not_found");
}

void TestSalesService::unknownCustomerOrProduct()
{
    QFETCH(bool, unknownCustomer);
    QFETCH(QString, code);
    SaleInput input = saleOf(QStringLiteral("Website"), {line(m_hammer, 1), line(m_rake, 1)});
    if (unknownCustomer)
        input.customerId = m_bob + 1000;
    else
        input.items << line(m_glove + 1000, 1);
    const QString before = snapshot();
    const auto e = errorOf([&] { m_store->sales().create(input); });
    QVERIFY2(e, "an unknown reference was accepted");
    QCOMPARE(e->kind(), StoreError::Kind::NotFound);
    QCOMPARE(e->code(), code);
    QCOMPARE(snapshot(), before);
}

// --- all or nothing -------------------------------------------------------------------------------

void TestSalesService::lineLackingStockWritesNothing_data()
{
    QTest::addColumn<int>("position"); // where the glove line (4 wanted, 3 in stock) goes
    QTest::newRow("last line") << 2;
    QTest::newRow("middle line") << 1;
    QTest::newRow("first line") << 0;
}

void TestSalesService::lineLackingStockWritesNothing()
{
    QFETCH(int, position);
    // Some history first, so the snapshot is not all zeros.
    const Sale earlier = sell(QStringLiteral("Website"), {line(m_hammer, 1), line(m_rake, 1)});
    setStatus(earlier.id, QStringLiteral("shipped"));

    QList<SaleItemInput> items{line(m_hammer, 2), line(m_rake, 3)};
    items.insert(position, line(m_glove, 4));
    QCOMPARE(items.at(position).productId, m_glove);
    const QString before = snapshot();
    const qint64 hammerBefore = quantity(mainRow(m_hammer));
    const qint64 rakeBefore = quantity(mainRow(m_rake));
    QCOMPARE(hammerBefore, qint64(9));
    QCOMPARE(rakeBefore, qint64(4));

    const auto e = errorOf([&] { sell(QStringLiteral("Website"), items, QStringLiteral("ORD-ATOMIC")); });
    QVERIFY2(e, "a sale with a line lacking stock was recorded");
    QCOMPARE(e->kind(), StoreError::Kind::Conflict);
    QCOMPARE(e->code(), QStringLiteral("insufficient_stock"));
    QCOMPARE(snapshot(), before);
    QCOMPARE(quantity(mainRow(m_hammer)), hammerBefore);
    QCOMPARE(quantity(mainRow(m_rake)), rakeBefore);
    QCOMPARE(quantity(mainRow(m_glove)), qint64(3));
    QVERIFY(errorOf([&] { m_store->sales().getByOrderNumber(QStringLiteral("ORD-ATOMIC")); }));

    // Nothing of the failed order survives: its number is free and the same order with enough stock goes through.
    items[position].quantity = 3;
    const Sale ok = sell(QStringLiteral("Website"), items, QStringLiteral("ORD-ATOMIC"));
    QCOMPARE(ok.items.size(), 3);
    QCOMPARE(quantity(mainRow(m_hammer)), hammerBefore - 2);
    QCOMPARE(quantity(mainRow(m_rake)), rakeBefore - 3);
    QCOMPARE(quantity(mainRow(m_glove)), qint64(0));
}

void TestSalesService::sameProductLinesAggregate()
{
    const qint64 row = mainRow(m_glove);
    const QString before = snapshot();
    // 2 + 2 of a product with 3: each line alone would fit, together they do not.
    const auto e = errorOf([&] { sell(QStringLiteral("Website"), {line(m_glove, 2), line(m_hammer, 1), line(m_glove, 2)}); });
    QVERIFY2(e, "two lines of one product took more than its stock");
    QCOMPARE(e->kind(), StoreError::Kind::Conflict);
    QCOMPARE(e->code(), QStringLiteral("insufficient_stock"));
    QCOMPARE(snapshot(), before);

    const qint64 historyBefore = historyCount(row);
    const Sale sale = sell(QStringLiteral("Website"), {line(m_glove, 2), line(m_glove, 1)});
    QCOMPARE(quantity(row), qint64(0));
    HistoryFilter all;
    all.page.limit = 1000;
    const QList<InventoryHistoryEntry> history = m_store->inventory().history(row, all);
    qint64 change = 0;
    for (qsizetype i = 0; i < history.size() - historyBefore; ++i) {
        change += history.at(i).changeQty();
        QVERIFY(history.at(i).changeReason.contains(sale.orderNumber));
    }
    QCOMPARE(change, qint64(-3));
}

// --- status transitions ---------------------------------------------------------------------------

void TestSalesService::cancelAndRefundRestoreStock_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("pending → cancelled") << QStringLiteral("pending") << QStringLiteral("cancelled");
    QTest::newRow("pending → refunded") << QStringLiteral("pending") << QStringLiteral("refunded");
    QTest::newRow("completed → refunded") << QStringLiteral("completed") << QStringLiteral("refunded");
    QTest::newRow("shipped → cancelled") << QStringLiteral("shipped") << QStringLiteral("cancelled");
}

void TestSalesService::cancelAndRefundRestoreStock()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    const qint64 hammerRow = mainRow(m_hammer);
    const qint64 rakeRow = mainRow(m_rake);
    SaleInput input = saleOf(QStringLiteral("Walmart"), {line(m_hammer, 4), line(m_rake, 2)});
    input.status = from;
    const Sale sale = m_store->sales().create(input);
    QCOMPARE(quantity(hammerRow), qint64(6));
    QCOMPARE(quantity(rakeRow), qint64(3));
    const qint64 hammerHistory = historyCount(hammerRow);
    const qint64 rakeHistory = historyCount(rakeRow);

    SalePatch patch;
    patch.status = to;
    const Sale updated = m_store->sales().update(sale.id, patch);
    QCOMPARE(SaleStatuses::toString(updated.status), to);
    QCOMPARE(SaleStatuses::toString(m_store->sales().get(sale.id).status), to);
    QCOMPARE(quantity(hammerRow), qint64(10));
    QCOMPARE(quantity(rakeRow), qint64(5));
    QCOMPARE(historyCount(hammerRow), hammerHistory + 1);
    QCOMPARE(historyCount(rakeRow), rakeHistory + 1);
    const InventoryHistoryEntry back = m_store->inventory().history(hammerRow).first();
    QCOMPARE(back.previousQuantity, qint64(6));
    QCOMPARE(back.newQuantity, qint64(10));
    QVERIFY2(back.changeReason.contains(sale.orderNumber), qPrintable(back.changeReason));
    QVERIFY(m_store->inventory().history(rakeRow).first().changeReason.contains(sale.orderNumber));
    // The order itself is kept, with its lines.
    QCOMPARE(m_store->sales().get(sale.id).items.size(), 2);
}

void TestSalesService::cancelledToRefundedMovesNoStock()
{
    const Sale sale = sell(QStringLiteral("Amazon"), {line(m_hammer, 3)});
    setStatus(sale.id, QStringLiteral("cancelled"));
    QCOMPARE(quantity(mainRow(m_hammer)), qint64(10));
    const QString before = snapshot();
    setStatus(sale.id, QStringLiteral("refunded"));
    QCOMPARE(snapshot(), before);
    QCOMPARE(m_store->sales().get(sale.id).status, SaleStatus::Refunded);
    setStatus(sale.id, QStringLiteral("cancelled"));
    QCOMPARE(snapshot(), before);
    QCOMPARE(m_store->sales().get(sale.id).status, SaleStatus::Cancelled);
}

void TestSalesService::activeStatusChangesMoveNoStock()
{
    const Sale sale = sell(QStringLiteral("Shopify"), {line(m_rake, 2)});
    QCOMPARE(quantity(mainRow(m_rake)), qint64(3));
    const QString before = snapshot();
    for (const char *status : {"processing", "shipped", "delivered", "completed", "pending"}) {
        setStatus(sale.id, QString::fromLatin1(status));
        QCOMPARE(SaleStatuses::toString(m_store->sales().get(sale.id).status), QString::fromLatin1(status));
        QCOMPARE(snapshot(), before);
    }
}

void TestSalesService::reinstatingTakesStockAgain()
{
    const qint64 row = mainRow(m_hammer);
    const Sale sale = sell(QStringLiteral("Etsy"), {line(m_hammer, 4)});
    setStatus(sale.id, QStringLiteral("cancelled"));
    QCOMPARE(quantity(row), qint64(10));
    const qint64 history = historyCount(row);
    setStatus(sale.id, QStringLiteral("completed"));
    QCOMPARE(m_store->sales().get(sale.id).status, SaleStatus::Completed);
    QCOMPARE(quantity(row), qint64(6));
    QCOMPARE(historyCount(row), history + 1);
    const InventoryHistoryEntry taken = m_store->inventory().history(row).first();
    QCOMPARE(taken.changeQty(), qint64(-4));
    QVERIFY2(taken.changeReason.contains(sale.orderNumber), qPrintable(taken.changeReason));
}

void TestSalesService::reinstatingWithoutStockIsRefused()
{
    const Sale first = sell(QStringLiteral("Website"), {line(m_hammer, 1), line(m_glove, 3)});
    setStatus(first.id, QStringLiteral("cancelled"));
    const Sale second = sell(QStringLiteral("Website"), {line(m_glove, 3)});
    QCOMPARE(quantity(mainRow(m_glove)), qint64(0));
    QCOMPARE(quantity(mainRow(m_hammer)), qint64(10));

    const QString before = snapshot();
    SalePatch patch;
    patch.status = QStringLiteral("completed");
    patch.platform = QStringLiteral("Amazon");
    const auto e = errorOf([&] { m_store->sales().update(first.id, patch); });
    QVERIFY2(e, "an order was reinstated without stock");
    QCOMPARE(e->kind(), StoreError::Kind::Conflict);
    QCOMPARE(e->code(), QStringLiteral("insufficient_stock"));
    QCOMPARE(snapshot(), before);
    const Sale stored = m_store->sales().get(first.id);
    QCOMPARE(stored.status, SaleStatus::Cancelled);
    QCOMPARE(stored.platform, QStringLiteral("Website"));
    QCOMPARE(m_store->sales().get(second.id).status, SaleStatus::Pending);
}

void TestSalesService::createdInactiveTakesNoStock_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("cancelled") << QStringLiteral("cancelled");
    QTest::newRow("refunded") << QStringLiteral("refunded");
}

void TestSalesService::createdInactiveTakesNoStock()
{
    QFETCH(QString, status);
    const qint64 row = mainRow(m_rake);
    const qint64 history = historyCount(row);
    SaleInput input = saleOf(QStringLiteral("eBay"), {line(m_rake, 4)});
    input.status = status;
    const Sale sale = m_store->sales().create(input);
    QCOMPARE(SaleStatuses::toString(sale.status), status);
    QCOMPARE(quantity(row), qint64(5));
    QCOMPARE(historyCount(row), history);
    const Sale stored = m_store->sales().get(sale.id);
    QCOMPARE(SaleStatuses::toString(stored.status), status);
    QCOMPARE(stored.items.size(), 1);
    QCOMPARE(stored.totalAmount.cents(), qint64(4 * 750));

    // Activating it takes the stock.
    setStatus(sale.id, QStringLiteral("pending"));
    QCOMPARE(quantity(row), qint64(1));
    QCOMPARE(historyCount(row), history + 1);
}

// --- listing --------------------------------------------------------------------------------------

void TestSalesService::listByStoreLocalDates_data()
{
    QTest::addColumn<QDate>("start"); // null = open
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QStringList>("orders");
    // Store time zone America/New_York (EST −5 until 2026-03-08, EDT −4 after). The orders:
    //   A 2026-03-10 03:00 UTC = 03-09 23:00 local     B 2026-03-10 15:00 UTC = 03-10 11:00
    //   C 2026-03-11 03:59:59 UTC = 03-10 23:59:59      D 2026-03-11 04:00 UTC = 03-11 00:00
    //   E 2026-01-15 04:30 UTC = 01-14 23:30 local
    const QString A = QStringLiteral("A"), B = QStringLiteral("B"), C = QStringLiteral("C"), D = QStringLiteral("D"),
                  E = QStringLiteral("E");
    QTest::newRow("03:00 UTC falls on the previous local day") << QDate(2026, 3, 9) << QDate(2026, 3, 9) << QStringList{A};
    QTest::newRow("a local day runs to 23:59:59 local") << QDate(2026, 3, 10) << QDate(2026, 3, 10) << QStringList{B, C};
    QTest::newRow("local midnight starts the next day") << QDate(2026, 3, 11) << QDate(2026, 3, 11) << QStringList{D};
    QTest::newRow("inclusive range") << QDate(2026, 3, 9) << QDate(2026, 3, 11) << QStringList{A, B, C, D};
    QTest::newRow("start only") << QDate(2026, 3, 10) << QDate() << QStringList{B, C, D};
    QTest::newRow("end only") << QDate() << QDate(2026, 3, 9) << QStringList{A, E};
    QTest::newRow("winter offset") << QDate(2026, 1, 14) << QDate(2026, 1, 14) << QStringList{E};
    QTest::newRow("the UTC date is not the local date") << QDate(2026, 1, 15) << QDate(2026, 1, 15) << QStringList{};
}

void TestSalesService::listByStoreLocalDates()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QStringList, orders);
    QCOMPARE(m_store->config().storeTimeZone.id(), QByteArray("America/New_York"));
    const QList<std::pair<QString, QDateTime>> placed{
        {QStringLiteral("A"), utc(2026, 3, 10, 3, 0)},     {QStringLiteral("B"), utc(2026, 3, 10, 15, 0)},
        {QStringLiteral("C"), utc(2026, 3, 11, 3, 59, 59)}, {QStringLiteral("D"), utc(2026, 3, 11, 4, 0)},
        {QStringLiteral("E"), utc(2026, 1, 15, 4, 30)}};
    for (const auto &[number, when] : placed) {
        SaleInput input = saleOf(QStringLiteral("Website"), {line(m_hammer, 1)});
        input.orderNumber = number;
        input.orderDate = when;
        m_store->sales().create(input);
    }
    SaleFilter f;
    if (start.isValid())
        f.startDate = start;
    if (end.isValid())
        f.endDate = end;
    QStringList got;
    for (const Sale &s : m_store->sales().list(f))
        got << s.orderNumber;
    QCOMPARE(sorted(got), sorted(orders));
    QCOMPARE(m_store->sales().count(f), qint64(orders.size()));
}

void TestSalesService::listOnDayWithoutMidnight()
{
    // São Paulo skipped midnight on 2018-11-04 (00:00 −03 became 01:00 −02, at 03:00 UTC): that
    // local day starts at 03:00 UTC. P (02:30 UTC) is 23:30 on the 3rd; Q (03:30 UTC) is 01:30 on the 4th.
    const QList<std::pair<QString, QDateTime>> placed{{QStringLiteral("P"), utc(2018, 11, 4, 2, 30)},
                                                      {QStringLiteral("Q"), utc(2018, 11, 4, 3, 30)}};
    for (const auto &[number, when] : placed) {
        SaleInput input = saleOf(QStringLiteral("Website"), {line(m_hammer, 1)});
        input.orderNumber = number;
        input.orderDate = when;
        m_store->sales().create(input);
    }
    const auto numbers = [&](std::optional<QDate> start, std::optional<QDate> end) {
        SaleFilter f;
        f.startDate = start;
        f.endDate = end;
        QStringList got;
        for (const Sale &s : m_store->sales().list(f))
            got << s.orderNumber;
        return sorted(got);
    };
    QCOMPARE(numbers(QDate(2018, 11, 4), QDate(2018, 11, 4)), QStringList{QStringLiteral("Q")});
    QCOMPARE(numbers(QDate(2018, 11, 3), QDate(2018, 11, 3)), QStringList{QStringLiteral("P")});
    QCOMPARE(numbers(std::nullopt, QDate(2018, 11, 3)), QStringList{QStringLiteral("P")});
}

void TestSalesService::listFilters_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("customer"); // "alice", "bob" or empty
    QTest::addColumn<QString>("product");  // "hammer", "rake", "glove" or empty
    QTest::addColumn<QString>("category"); // "tools", "garden" or empty
    QTest::addColumn<QStringList>("orders");
    // O1 Amazon pending Alice hammer · O2 eBay completed Bob rake · O3 Amazon cancelled walk-in hammer+glove
    // O4 Website completed Alice glove · O5 Amazon completed Bob rake
    const QString O1 = QStringLiteral("O1"), O2 = QStringLiteral("O2"), O3 = QStringLiteral("O3"),
                  O4 = QStringLiteral("O4"), O5 = QStringLiteral("O5");
    const QString none;
    QTest::newRow("none") << none << none << none << none << none << QStringList{O1, O2, O3, O4, O5};
    QTest::newRow("platform") << QStringLiteral("Amazon") << none << none << none << none << QStringList{O1, O3, O5};
    QTest::newRow("platform without orders") << QStringLiteral("Etsy") << none << none << none << none << QStringList{};
    QTest::newRow("status completed") << none << QStringLiteral("completed") << none << none << none << QStringList{O2, O4, O5};
    QTest::newRow("status cancelled") << none << QStringLiteral("cancelled") << none << none << none << QStringList{O3};
    QTest::newRow("customer Alice") << none << none << QStringLiteral("alice") << none << none << QStringList{O1, O4};
    QTest::newRow("customer Bob") << none << none << QStringLiteral("bob") << none << none << QStringList{O2, O5};
    QTest::newRow("product hammer") << none << none << none << QStringLiteral("hammer") << none << QStringList{O1, O3};
    QTest::newRow("product glove") << none << none << none << QStringLiteral("glove") << none << QStringList{O3, O4};
    QTest::newRow("category Tools") << none << none << none << none << QStringLiteral("tools") << QStringList{O1, O3};
    QTest::newRow("category Garden") << none << none << none << none << QStringLiteral("garden") << QStringList{O2, O3, O4, O5};
    QTest::newRow("platform + status") << QStringLiteral("Amazon") << QStringLiteral("completed") << none << none << none
                                       << QStringList{O5};
    QTest::newRow("category + platform + customer") << QStringLiteral("Amazon") << none << QStringLiteral("bob") << none
                                                    << QStringLiteral("garden") << QStringList{O5};
    QTest::newRow("product + customer, no match") << none << none << QStringLiteral("alice") << QStringLiteral("rake") << none
                                                  << QStringList{};
}

void TestSalesService::listFilters()
{
    QFETCH(QString, platform);
    QFETCH(QString, status);
    QFETCH(QString, customer);
    QFETCH(QString, product);
    QFETCH(QString, category);
    QFETCH(QStringList, orders);
    struct O { const char *number; const char *platform; const char *status; qint64 customer; QList<qint64> products; };
    const QList<O> placed{{"O1", "Amazon", "pending", m_alice, {m_hammer}},
                          {"O2", "eBay", "completed", m_bob, {m_rake}},
                          {"O3", "Amazon", "cancelled", 0, {m_hammer, m_glove}},
                          {"O4", "Website", "completed", m_alice, {m_glove}},
                          {"O5", "Amazon", "completed", m_bob, {m_rake}}};
    int day = 1;
    for (const O &o : placed) {
        SaleInput input = saleOf(QString::fromLatin1(o.platform), {});
        for (qint64 p : o.products)
            input.items << line(p, 1);
        input.orderNumber = QString::fromLatin1(o.number);
        input.status = QString::fromLatin1(o.status);
        input.orderDate = utc(2026, 2, day++, 12, 0);
        if (o.customer)
            input.customerId = o.customer;
        m_store->sales().create(input);
    }
    const QHash<QString, qint64> ids{{QStringLiteral("alice"), m_alice}, {QStringLiteral("bob"), m_bob},
                                     {QStringLiteral("hammer"), m_hammer}, {QStringLiteral("rake"), m_rake},
                                     {QStringLiteral("glove"), m_glove}, {QStringLiteral("tools"), m_tools},
                                     {QStringLiteral("garden"), m_garden}};
    SaleFilter f;
    if (!platform.isEmpty())
        f.platform = platform;
    if (!status.isEmpty())
        f.status = SaleStatuses::parse(status);
    if (!customer.isEmpty())
        f.customerId = ids.value(customer);
    if (!product.isEmpty())
        f.productId = ids.value(product);
    if (!category.isEmpty())
        f.categoryId = ids.value(category);
    QStringList got;
    for (const Sale &s : m_store->sales().list(f))
        got << s.orderNumber;
    QCOMPARE(sorted(got), sorted(orders));
    QCOMPARE(m_store->sales().count(f), qint64(orders.size()));
}

void TestSalesService::sortAndPaging()
{
    // Dates and totals in different orders, so each sort is visible.
    struct O { QString number; QDateTime date; qint64 unit; };
    const QList<O> placed{{QStringLiteral("N-3"), utc(2026, 4, 2, 9, 0), 500},
                          {QStringLiteral("N-1"), utc(2026, 4, 5, 9, 0), 100},
                          {QStringLiteral("N-5"), utc(2026, 4, 1, 9, 0), 300},
                          {QStringLiteral("N-2"), utc(2026, 4, 4, 9, 0), 900},
                          {QStringLiteral("N-4"), utc(2026, 4, 3, 9, 0), 200}};
    for (const O &o : placed) {
        SaleInput input = saleOf(QStringLiteral("Website"), {line(m_hammer, 1, o.unit)});
        input.orderNumber = o.number;
        input.orderDate = o.date;
        m_store->sales().create(input);
    }
    auto numbers = [&](const SaleFilter &f) {
        QStringList list;
        for (const Sale &s : m_store->sales().list(f))
            list << s.orderNumber;
        return list;
    };
    auto expectedBy = [&](auto less, bool descending) {
        QList<O> copy = placed;
        std::sort(copy.begin(), copy.end(), less);
        if (descending)
            std::reverse(copy.begin(), copy.end());
        QStringList list;
        for (const O &o : copy)
            list << o.number;
        return list;
    };
    const auto byDate = [](const O &a, const O &b) { return a.date < b.date; };
    const auto byTotal = [](const O &a, const O &b) { return a.unit < b.unit; };
    const auto byNumber = [](const O &a, const O &b) { return a.number < b.number; };

    SaleFilter f; // default: newest first
    const QStringList newestFirst = expectedBy(byDate, true);
    QCOMPARE(newestFirst.first(), QStringLiteral("N-1"));
    QCOMPARE(numbers(f), newestFirst);
    f.sortDescending = false;
    QCOMPARE(numbers(f), expectedBy(byDate, false));
    f.sortColumn = QStringLiteral("total_amount");
    QCOMPARE(numbers(f), expectedBy(byTotal, false));
    f.sortDescending = true;
    QCOMPARE(numbers(f), expectedBy(byTotal, true));
    f.sortColumn = QStringLiteral("order_number");
    QCOMPARE(numbers(f), expectedBy(byNumber, true));

    SaleFilter page; // newest first, two per page
    page.page.limit = 2;
    QStringList walked;
    for (qint64 skip = 0; skip < 8; skip += 2) {
        page.page.skip = skip;
        const QStringList part = numbers(page);
        QCOMPARE(part.size(), int(std::clamp<qint64>(5 - skip, 0, 2)));
        walked += part;
        QCOMPARE(m_store->sales().count(page), qint64(5));
    }
    QCOMPARE(walked, newestFirst);
}

void TestSalesService::getAndGetByOrderNumber()
{
    SaleInput input = saleOf(QStringLiteral("Amazon"), {line(m_hammer, 2), line(m_glove, 1, 300, 50)});
    input.orderNumber = QStringLiteral("AMZ-778");
    input.customerId = m_alice;
    input.orderDate = utc(2026, 5, 17, 8, 45, 30);
    const Sale created = m_store->sales().create(input);
    sell(QStringLiteral("eBay"), {line(m_rake, 1)}, QStringLiteral("EBY-1"));

    const Sale byNumber = m_store->sales().getByOrderNumber(QStringLiteral("AMZ-778"));
    const Sale byId = m_store->sales().get(created.id);
    for (const Sale &s : {byNumber, byId}) {
        QCOMPARE(s.id, created.id);
        QCOMPARE(s.orderNumber, QStringLiteral("AMZ-778"));
        QCOMPARE(s.platform, QStringLiteral("Amazon"));
        QCOMPARE(s.customerId, std::optional<qint64>(m_alice));
        QCOMPARE(s.orderDate, utc(2026, 5, 17, 8, 45, 30));
        QCOMPARE(s.status, SaleStatus::Pending);
        QCOMPARE(s.totalAmount.cents(), qint64(2 * 1999 + 300 - 50));
        QCOMPARE(s.items.size(), 2);
        QCOMPARE(s.items.at(0).productId, m_hammer);
        QCOMPARE(s.items.at(1).productId, m_glove);
        QCOMPARE(s.items.at(1).discount.cents(), qint64(50));
        QCOMPARE(s.items.at(1).saleId, created.id);
    }
    const auto missing = errorOf([&] { m_store->sales().getByOrderNumber(QStringLiteral("AMZ-779")); });
    QVERIFY(missing);
    QCOMPARE(missing->kind(), StoreError::Kind::NotFound);
    const auto missingId = errorOf([&] { m_store->sales().get(created.id + 1000); });
    QVERIFY(missingId);
    QCOMPARE(missingId->kind(), StoreError::Kind::NotFound);
}

// --- updates --------------------------------------------------------------------------------------

void TestSalesService::updateHeaderFields()
{
    const Sale sale = sell(QStringLiteral("Amazon"), {line(m_hammer, 2)}, QStringLiteral("UPD-1"));
    const QString before = snapshot();

    SalePatch platform;
    platform.platform = QStringLiteral("  Walmart ");
    QCOMPARE(m_store->sales().update(sale.id, platform).platform, QStringLiteral("Walmart"));
    QCOMPARE(m_store->sales().get(sale.id).platform, QStringLiteral("Walmart"));

    SalePatch setCustomer;
    setCustomer.customerId = std::optional<qint64>(m_bob);
    m_store->sales().update(sale.id, setCustomer);
    QCOMPARE(m_store->sales().get(sale.id).customerId, std::optional<qint64>(m_bob));
    SaleFilter bobs;
    bobs.customerId = m_bob;
    QCOMPARE(m_store->sales().count(bobs), qint64(1));

    SalePatch walkIn;
    walkIn.customerId = std::optional<qint64>();
    QVERIFY(!m_store->sales().update(sale.id, walkIn).customerId);
    QVERIFY(!m_store->sales().get(sale.id).customerId);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales WHERE customer_id IS NULL AND id = ?"), {sale.id}), qint64(1));
    QCOMPARE(m_store->sales().count(bobs), qint64(0));

    // A date given with an offset is stored as the same instant in UTC.
    SalePatch date;
    date.orderDate = QDateTime(QDate(2026, 1, 1), QTime(1, 30), QTimeZone(2 * 3600));
    m_store->sales().update(sale.id, date);
    const Sale stored = m_store->sales().get(sale.id);
    QCOMPARE(stored.orderDate, utc(2025, 12, 31, 23, 30));
    QCOMPARE(stored.orderDate.timeSpec(), Qt::UTC);
    QCOMPARE(stored.platform, QStringLiteral("Walmart")); // earlier changes kept
    QCOMPARE(stored.status, SaleStatus::Pending);
    QCOMPARE(stored.orderNumber, QStringLiteral("UPD-1"));
    QCOMPARE(stored.totalAmount.cents(), qint64(2 * 1999));
    QCOMPARE(stored.items.size(), 1);

    // None of these touch stock or lines.
    QCOMPARE(snapshot(), before);
}

void TestSalesService::updateRefusals()
{
    SaleInput input = saleOf(QStringLiteral("Amazon"), {line(m_hammer, 1)});
    input.customerId = m_alice;
    const Sale sale = m_store->sales().create(input);
    const QString before = snapshot();

    SalePatch unknownCustomer;
    unknownCustomer.customerId = std::optional<qint64>(m_bob + 1000);
    unknownCustomer.platform = QStringLiteral("eBay");
    auto e = errorOf([&] { m_store->sales().update(sale.id, unknownCustomer); });
    QVERIFY(e);
    QCOMPARE(e->kind(), StoreError::Kind::NotFound);
    QCOMPARE(e->code(), QStringLiteral("customer_not_found"));

    SalePatch rename;
    rename.platform = QStringLiteral("eBay");
    e = errorOf([&] { m_store->sales().update(sale.id + 1000, rename); });
    QVERIFY(e);
    QCOMPARE(e->kind(), StoreError::Kind::NotFound);

    SalePatch invalid;
    invalid.platform = QStringLiteral(" ");
    invalid.status = QStringLiteral("Cancelled"); // case-sensitive
    invalid.orderDate = QDateTime();
    invalid.customerId = std::optional<qint64>(-3);
    e = errorOf([&] { m_store->sales().update(sale.id, invalid); });
    QVERIFY(e);
    QCOMPARE(e->kind(), StoreError::Kind::Validation);
    QStringList fields;
    for (const FieldError &f : e->fieldErrors())
        fields << f.loc.join(u'.');
    QCOMPARE(sorted(fields), sorted({QStringLiteral("platform"), QStringLiteral("status"), QStringLiteral("order_date"),
                                     QStringLiteral("customer_id")}));

    const Sale stored = m_store->sales().get(sale.id);
    QCOMPARE(stored.platform, QStringLiteral("Amazon"));
    QCOMPARE(stored.customerId, std::optional<qint64>(m_alice));
    QCOMPARE(stored.status, SaleStatus::Pending);
    QCOMPARE(snapshot(), before);
}

// --- money ----------------------------------------------------------------------------------------

void TestSalesService::moneyIsExactOverThousandsOfLines()
{
    // 4 orders × 600 lines at 0.10 and 0.20 (quantities 1–3): 2 400 lines. Summed as binary floating
    // point these drift; as money they must come out exact to the cent.
    const qint64 bulk = makeProduct(QStringLiteral("Sticker"), QStringLiteral("STK-1"), 10, m_tools, 100000);
    const Money dime = *Money::parse(u"0.10");
    const Money twoDimes = *Money::parse(u"0.20");
    QCOMPARE(dime.cents(), qint64(10));
    QCOMPARE(twoDimes.cents(), qint64(20));
    constexpr int kOrders = 4;
    constexpr int kLines = 600;
    qint64 expectedGrand = 0;
    qint64 expectedUnits = 0;
    QList<qint64> ids;
    QList<qint64> expectedTotals;
    for (int o = 0; o < kOrders; ++o) {
        SaleInput input = saleOf(QStringLiteral("Website"), {});
        qint64 expected = 0;
        for (int i = 0; i < kLines; ++i) {
            const bool cheap = (i + o) % 2 == 0;
            const qint64 qty = 1 + (i % 3);
            SaleItemInput item;
            item.productId = bulk;
            item.quantity = qty;
            item.unitPrice = cheap ? dime : twoDimes;
            input.items << item;
            expected += qty * (cheap ? 10 : 20);
            expectedUnits += qty;
        }
        input.expectedTotal = Money::fromCents(expected); // the exact total is accepted as the client's
        const Sale sale = m_store->sales().create(input);
        QCOMPARE(sale.totalAmount.cents(), expected);
        ids << sale.id;
        expectedTotals << expected;
        expectedGrand += expected;
    }
    // 600 lines per order: 300 at each price, quantities cycling 1,2,3 → 600 units per price per order.
    QCOMPARE(expectedGrand, qint64(kOrders) * (600 * 10 + 600 * 20));

    SaleFilter all;
    all.sortColumn = QStringLiteral("id");
    all.sortDescending = false;
    const QList<Sale> sales = m_store->sales().list(all);
    QCOMPARE(sales.size(), kOrders);
    Money grand;
    qint64 units = 0;
    for (int o = 0; o < kOrders; ++o) {
        const Sale &s = sales.at(o);
        QCOMPARE(s.id, ids.at(o));
        QCOMPARE(s.totalAmount.cents(), expectedTotals.at(o));
        QCOMPARE(s.items.size(), kLines);
        Money lines;
        for (const SaleItem &item : s.items) {
            lines += item.lineTotal();
            units += item.quantity;
        }
        QCOMPARE(lines.cents(), expectedTotals.at(o));
        grand += s.totalAmount;
    }
    QCOMPARE(grand.cents(), expectedGrand);
    QCOMPARE(grand.toString(), QStringLiteral("%1.00").arg(expectedGrand / 100));
    QCOMPARE(scalar(QStringLiteral("SELECT SUM(total_amount) FROM sales")), expectedGrand);
    QCOMPARE(scalar(QStringLiteral("SELECT SUM(quantity * unit_price - discount) FROM sale_items")), expectedGrand);
    QCOMPARE(units, expectedUnits);
    QCOMPARE(quantity(mainRow(bulk)), 100000 - expectedUnits);
}

void TestSalesService::platformChangeMovesStockToTheNewPlatform()
{
    // 20 at main, 6 reserved for Amazon. An Amazon order of 4 takes the Amazon row; moving the
    // order to eBay (no eBay row) gives the Amazon row its 4 back and takes 4 from main.
    const qint64 lamp = makeProduct(QStringLiteral("Lamp"), QStringLiteral("LMP-9"), 2000, m_tools, 20);
    const qint64 main = mainRow(lamp);
    const qint64 amazon = m_store->inventory().create({lamp, 6, QString(), QStringLiteral("Amazon"), std::nullopt, QString()}).id;
    const Sale sale = sell(QStringLiteral("Amazon"), {line(lamp, 4)});
    QCOMPARE(quantity(amazon), qint64(2));

    SalePatch patch;
    patch.platform = QStringLiteral("eBay");
    m_store->sales().update(sale.id, patch);
    QCOMPARE(quantity(amazon), qint64(6));
    QCOMPARE(quantity(main), qint64(16));
    QVERIFY(m_store->inventory().history(amazon).first().changeReason.contains(sale.orderNumber));

    // Cancelling now returns the stock to main, where it was last taken from.
    setStatus(sale.id, QStringLiteral("cancelled"));
    QCOMPARE(quantity(main), qint64(20));
    QCOMPARE(quantity(amazon), qint64(6));

    // Moving between platforms that draw on the same row writes no history.
    const Sale other = sell(QStringLiteral("Etsy"), {line(lamp, 1)});
    const qint64 before = historyCount(main);
    SalePatch walmart;
    walmart.platform = QStringLiteral("Walmart");
    m_store->sales().update(other.id, walmart);
    QCOMPARE(historyCount(main), before);
    QCOMPARE(quantity(main), qint64(19));
}

void TestSalesService::cancelWithPlatformChangeRestocksTheOldRows()
{
    const qint64 lamp = makeProduct(QStringLiteral("Lamp"), QStringLiteral("LMP-8"), 2000, m_tools, 20);
    const qint64 main = mainRow(lamp);
    const qint64 amazon = m_store->inventory().create({lamp, 6, QString(), QStringLiteral("Amazon"), std::nullopt, QString()}).id;
    const Sale sale = sell(QStringLiteral("Amazon"), {line(lamp, 5)});
    QCOMPARE(quantity(amazon), qint64(1));
    SalePatch patch;
    patch.platform = QStringLiteral("eBay");
    patch.status = QStringLiteral("refunded");
    m_store->sales().update(sale.id, patch);
    QCOMPARE(quantity(amazon), qint64(6)); // back where it came from
    QCOMPARE(quantity(main), qint64(20));
    const Sale stored = m_store->sales().get(sale.id);
    QCOMPARE(stored.platform, QStringLiteral("eBay"));
    QCOMPARE(stored.status, SaleStatus::Refunded);
}

STOREDESK_DB_TEST_MAIN(TestSalesService)
#include "tst_salesservice.moc"
