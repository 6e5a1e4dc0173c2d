// SPDX-License-Identifier: MIT
#include "testdatabases.h"

#include "demodataservice.h"
#include "sqlquery.h"
#include "timeutil.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace {

const QStringList kTables{QStringLiteral("categories"), QStringLiteral("products"), QStringLiteral("inventory"),
                          QStringLiteral("inventory_history"), QStringLiteral("customers"), QStringLiteral("sales"),
                          QStringLiteral("sale_items")};

const QDateTime kUntil(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);

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

DemoDataOptions options(quint64 seed, qint64 sales = 200, qint64 customers = 20, bool reset = false)
{
    DemoDataOptions o;
    o.seed = seed;
    o.sales = sales;
    o.customers = customers;
    o.reset = reset;
    o.until = kUntil;
    return o;
}

/** A text rendering of one column value that is the same for every driver's types. */
QString render(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    if (v.metaType().id() == QMetaType::QDateTime)
        return TimeUtil::fromDb(v).toString(Qt::ISODate);
    return v.toString();
}

} // namespace

class TestDemoDataService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup() { m_store.reset(); }

    void defaultOptionsMakeTheDemoStore();
    void totalsEqualTheirLines();
    void orderDatesWithinTheYearBeforeUntil();
    void deterministicForASeed();
    void differentSeedDifferentData();
    void refusesNonEmptyDatabase_data();
    void refusesNonEmptyDatabase();
    void resetReplaces();
    void cancelWritesNothing_data();
    void cancelWritesNothing();
    void cancelDuringResetKeepsOldData();
    void progressIsReported();
    void zeroSales();
    void zeroCustomersMakesWalkInOrders();
    void largerRunScales();
    void serviceWritesWorkAfterDemoData();
    void badCountsAreValidationErrors_data();
    void badCountsAreValidationErrors();

private:
    DemoDataSummary generate(const DemoDataOptions &o, const DemoDataService::Progress &progress = {});
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    QHash<QString, qint64> tableCounts();
    /** Every row of every store table, ordered by id, rendered as text. */
    QHash<QString, QStringList> dump();
    void checkSqliteSession();
    void serviceWrites();

    std::unique_ptr<Store> m_store;
};

void TestDemoDataService::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = TestDatabases::freshStore(engine);
}

DemoDataSummary TestDemoDataService::generate(const DemoDataOptions &o, const DemoDataService::Progress &progress)
{
    try {
        return DemoDataService(m_store->database(), m_store->config()).generate(o, progress);
    } catch (const StoreError &e) {
        if (e.kind() != StoreError::Kind::Conflict && e.kind() != StoreError::Kind::Validation)
            qWarning("demo data failed: %s", e.what()); // QTest reports only "unhandled exception"
        throw;
    }
}

void TestDemoDataService::checkSqliteSession()
{
    // SPEC §3: SQLite stays in WAL mode (with foreign keys on) whatever a demo-data run did to
    // its connection for speed — after success, refusal and cancel alike.
    if (m_store->database().url().engine() != DatabaseUrl::Engine::SQLite)
        return;
    auto pragma = [&](const char *name) {
        return m_store->database().read([&](Connection &c) {
            SqlQuery q(c, QStringLiteral("PRAGMA ") + QLatin1String(name));
            return q.scalar().toString().toLower();
        });
    };
    QCOMPARE(pragma("journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
    QVERIFY(pragma("busy_timeout").toInt() > 0);
}

qint64 TestDemoDataService::scalar(const QString &sql, const QVariantList &values)
{
    return m_store->database().read([&](Connection &c) {
        SqlQuery q(c, sql);
        for (const QVariant &v : values)
            q.bind(v);
        return q.scalar().toLongLong();
    });
}

QHash<QString, qint64> TestDemoDataService::tableCounts()
{
    QHash<QString, qint64> counts;
    for (const QString &table : kTables)
        counts.insert(table, scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table));
    return counts;
}

QHash<QString, QStringList> TestDemoDataService::dump()
{
    QHash<QString, QStringList> result;
    m_store->database().read([&](Connection &c) {
        for (const QString &table : kTables) {
            QSqlQuery q(c.database());
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY id")))
                qFatal("dump of %s failed: %s", qPrintable(table), qPrintable(q.lastError().text()));
            QStringList rows;
            while (q.next()) {
                QStringList fields;
                const QSqlRecord record = q.record();
                for (int i = 0; i < record.count(); ++i)
                    fields << record.fieldName(i) + u'=' + render(q.value(i));
                rows << fields.join(u'|');
            }
            result.insert(table, rows);
        }
    });
    return result;
}

void TestDemoDataService::defaultOptionsMakeTheDemoStore()
{
    DemoDataOptions o;
    o.until = kUntil; // everything else default: seed 42, 200 sales, 20 customers
    QCOMPARE(o.sales, qint64(200));
    QCOMPARE(o.customers, qint64(20));
    const DemoDataSummary summary = generate(o);

    const auto counts = tableCounts();
    QCOMPARE(counts.value(QStringLiteral("categories")), qint64(8));
    QCOMPARE(counts.value(QStringLiteral("products")), qint64(40));
    QCOMPARE(counts.value(QStringLiteral("inventory")), qint64(40));
    QCOMPARE(counts.value(QStringLiteral("customers")), qint64(20));
    QCOMPARE(counts.value(QStringLiteral("sales")), qint64(200));
    QCOMPARE(summary.categories, qint64(8));
    QCOMPARE(summary.products, qint64(40));
    QCOMPARE(summary.inventoryRows, qint64(40));
    QCOMPARE(summary.customers, qint64(20));
    QCOMPARE(summary.sales, qint64(200));
    QCOMPARE(summary.saleItems, counts.value(QStringLiteral("sale_items")));
    checkSqliteSession();

    // The services see the same store.
    QCOMPARE(m_store->categories().count(), qint64(8));
    QCOMPARE(m_store->products().count(), qint64(40));
    QCOMPARE(m_store->customers().count(), qint64(20));
    QCOMPARE(m_store->sales().count(), qint64(200));

    // 5 products in every category.
    const auto categories = m_store->categories().list();
    QCOMPARE(categories.size(), 8);
    QSet<QString> categoryNames;
    for (const Category &category : categories) {
        categoryNames << category.name;
        ProductFilter filter;
        filter.categoryId = category.id;
        QCOMPARE(m_store->products().count(filter), qint64(5));
    }
    QCOMPARE(categoryNames.size(), 8);

    // Products: unique SKUs, prices > 0, one inventory row each.
    ProductFilter allProducts;
    allProducts.page.limit = 1000;
    QSet<QString> skus;
    for (const Product &p : m_store->products().list(allProducts)) {
        skus << p.sku;
        QVERIFY2(p.price.cents() > 0, qPrintable(p.sku));
        QVERIFY(!p.name.isEmpty());
        QCOMPARE(m_store->inventory().forProduct(p.id).size(), 1);
    }
    QCOMPARE(skus.size(), 40);

    // Stock: some low, some out, and not everything low.
    InventoryFilter allStock;
    allStock.page.limit = 1000;
    const auto stock = m_store->inventory().list(allStock);
    QCOMPARE(stock.size(), 40);
    int low = 0, out = 0;
    for (const InventoryItem &item : stock) {
        QVERIFY(item.quantity >= 0);
        if (item.quantity <= item.lowStockThreshold)
            ++low;
        if (item.quantity == 0)
            ++out;
    }
    QVERIFY2(out > 0, "no product is out of stock");
    QVERIFY2(low > out, "no product is low but still in stock");
    QVERIFY2(low < 40, "every product is low");
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM inventory WHERE quantity <= low_stock_threshold")), qint64(low));
    QCOMPARE(qint64(m_store->inventory().lowStock().size()), qint64(low));

    // Customers: names, unique lower-case well-formed e-mails.
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    CustomerFilter allCustomers;
    allCustomers.page.limit = 1000;
    QSet<QString> emails;
    for (const Customer &c : m_store->customers().list(allCustomers)) {
        QVERIFY(!c.name.trimmed().isEmpty());
        QVERIFY2(emailShape.match(c.email).hasMatch(), qPrintable(c.email));
        QCOMPARE(c.email, c.email.toLower());
        emails << c.email;
    }
    QCOMPARE(emails.size(), 20);

    // Orders: 1–4 items, several platforms, some cancelled and some refunded.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales s WHERE NOT EXISTS (SELECT 1 FROM sale_items i WHERE i.sale_id = s.id)")),
             qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT sale_id FROM sale_items GROUP BY sale_id HAVING COUNT(*) > 4) t")),
             qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT sale_id) FROM sale_items")), qint64(200));
    QVERIFY(scalar(QStringLiteral("SELECT COUNT(DISTINCT platform) FROM sales")) >= 4);
    QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM sales WHERE status = 'cancelled'")) > 0);
    QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM sales WHERE status = 'refunded'")) > 0);
    QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM sales WHERE status NOT IN ('cancelled', 'refunded')")) > 100);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT order_number) FROM sales")), qint64(200));
    // Customer references point at generated customers; most orders have one.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales s WHERE s.customer_id IS NOT NULL AND NOT EXISTS "
                                   "(SELECT 1 FROM customers c WHERE c.id = s.customer_id)")),
             qint64(0));
    QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM sales WHERE customer_id IS NOT NULL")) > 100);
    // Each stock row has its history.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM inventory i WHERE NOT EXISTS "
                                   "(SELECT 1 FROM inventory_history h WHERE h.inventory_id = i.id)")),
             qint64(0));
}

void TestDemoDataService::totalsEqualTheirLines()
{
    generate(options(42));
    // Read every line and every header, and add up the lines here.
    QHash<qint64, qint64> fromLines;
    QHash<qint64, int> lineCount;
    QHash<qint64, qint64> stored;
    m_store->database().read([&](Connection &c) {
        SqlQuery items(c, QStringLiteral("SELECT sale_id, quantity, unit_price, discount FROM sale_items"));
        items.exec();
        while (items.next()) {
            QVERIFY(items.int64(1) > 0);
            QVERIFY(items.int64(3) >= 0);
            QVERIFY(items.int64(3) <= items.int64(1) * items.int64(2));
            fromLines[items.int64(0)] += items.int64(1) * items.int64(2) - items.int64(3);
            ++lineCount[items.int64(0)];
        }
        SqlQuery sales(c, QStringLiteral("SELECT id, total_amount FROM sales"));
        sales.exec();
        while (sales.next())
            stored.insert(sales.int64(0), sales.int64(1));
    });
    QCOMPARE(stored.size(), 200);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        QVERIFY2(it.value() == fromLines.value(it.key()),
                 qPrintable(QStringLiteral("sale %1: total %2, lines %3").arg(it.key()).arg(it.value()).arg(fromLines.value(it.key()))));
        QVERIFY(lineCount.value(it.key()) >= 1 && lineCount.value(it.key()) <= 4);
        QVERIFY(it.value() > 0);
    }
    // The same through the sales service (which reads items through its own code path).
    SaleFilter all;
    all.page.limit = 1000;
    const auto sales = m_store->sales().list(all);
    QCOMPARE(sales.size(), 200);
    for (const Sale &s : sales) {
        Money sum;
        for (const SaleItem &item : s.items)
            sum += item.unitPrice * item.quantity - item.discount;
        QCOMPARE(s.totalAmount, sum);
        QCOMPARE(qsizetype(lineCount.value(s.id)), s.items.size());
    }
}

void TestDemoDataService::orderDatesWithinTheYearBeforeUntil()
{
    generate(options(42));
    const QDateTime from = kUntil.addDays(-365);
    QList<QDateTime> dates;
    m_store->database().read([&](Connection &c) {
        SqlQuery q(c, QStringLiteral("SELECT order_date FROM sales ORDER BY id"));
        q.exec();
        while (q.next())
            dates << TimeUtil::fromDb(q.value(0));
    });
    QCOMPARE(dates.size(), 200);
    QSet<QDate> months;
    for (const QDateTime &d : dates) {
        QVERIFY(d.isValid());
        QVERIFY2(d >= from && d <= kUntil, qPrintable(d.toString(Qt::ISODate)));
        months << QDate(d.date().year(), d.date().month(), 1);
    }
    // Spread over the year, not bunched up.
    QVERIFY2(months.size() >= 12, qPrintable(QString::number(months.size())));
    // The date filter of the service agrees: everything is inside [until − 365 d, until].
    SaleFilter inRange;
    inRange.startDate = from.date();
    inRange.endDate = kUntil.date();
    QCOMPARE(m_store->sales().count(inRange), qint64(200));
}

void TestDemoDataService::deterministicForASeed()
{
    generate(options(7));
    const auto first = dump();
    QCOMPARE(first.value(QStringLiteral("sales")).size(), 200);
    generate(options(7, 200, 20, true));
    const auto second = dump();
    for (const QString &table : kTables) {
        const QStringList a = first.value(table);
        const QStringList b = second.value(table);
        QCOMPARE(b.size(), a.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            QVERIFY2(a[i] == b[i], qPrintable(table + QStringLiteral(" row %1:\n  %2\n  %3").arg(i).arg(a[i], b[i])));
    }
}

void TestDemoDataService::differentSeedDifferentData()
{
    generate(options(1));
    const auto one = dump();
    generate(options(2, 200, 20, true));
    const auto two = dump();
    // Same shape …
    for (const QString &table : {QStringLiteral("categories"), QStringLiteral("products"), QStringLiteral("customers"),
                                 QStringLiteral("sales")})
        QCOMPARE(two.value(table).size(), one.value(table).size());
    // … different content.
    QVERIFY(one.value(QStringLiteral("sales")) != two.value(QStringLiteral("sales")));
    QVERIFY(one.value(QStringLiteral("sale_items")) != two.value(QStringLiteral("sale_items")));
    QVERIFY(one.value(QStringLiteral("customers")) != two.value(QStringLiteral("customers")));
    QVERIFY(one.value(QStringLiteral("inventory")) != two.value(QStringLiteral("inventory")));
}

void TestDemoDataService::refusesNonEmptyDatabase_data()
{
    QTest::addColumn<QString>("existing");
    QTest::newRow("a category") << QStringLiteral("category");
    QTest::newRow("a customer") << QStringLiteral("customer");
    QTest::newRow("demo data") << QStringLiteral("demo");
}

void TestDemoDataService::refusesNonEmptyDatabase()
{
    QFETCH(QString, existing);
    if (existing == u"category")
        m_store->categories().create({QStringLiteral("Mine"), QStringLiteral("my own category")});
    else if (existing == u"customer")
        m_store->customers().create({QStringLiteral("Me"), QStringLiteral("me@example.com"), QString(), QString()});
    else
        generate(options(3, 50, 5));
    const auto before = dump();
    const auto e = errorOf([&] { generate(options(42)); });
    QVERIFY(e);
    QCOMPARE(e->kind(), StoreError::Kind::Conflict);
    QCOMPARE(e->code(), QStringLiteral("not_empty"));
    QVERIFY(before == dump());
    checkSqliteSession();
}

void TestDemoDataService::resetReplaces()
{
    const qint64 mine = m_store->categories().create({QStringLiteral("Mine"), QString()}).id;
    ProductInput p;
    p.name = QStringLiteral("My Product");
    p.sku = QStringLiteral("MINE-1");
    p.price = Money::fromCents(100);
    p.categoryId = mine;
    p.initialQuantity = 5;
    m_store->products().create(p);
    m_store->customers().create({QStringLiteral("Me"), QStringLiteral("me@example.com"), QString(), QString()});

    const DemoDataSummary summary = generate(options(42, 200, 20, true));
    QCOMPARE(summary.sales, qint64(200));
    const auto counts = tableCounts();
    QCOMPARE(counts.value(QStringLiteral("categories")), qint64(8));
    QCOMPARE(counts.value(QStringLiteral("products")), qint64(40));
    QCOMPARE(counts.value(QStringLiteral("inventory")), qint64(40));
    QCOMPARE(counts.value(QStringLiteral("customers")), qint64(20));
    QCOMPARE(counts.value(QStringLiteral("sales")), qint64(200));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM categories WHERE name = ?"), {QStringLiteral("Mine")}), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM products WHERE sku = ?"), {QStringLiteral("MINE-1")}), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM customers WHERE email = ?"), {QStringLiteral("me@example.com")}), qint64(0));
    // History of the replaced stock is gone as well: one row per generated inventory row.
    QCOMPARE(counts.value(QStringLiteral("inventory_history")), qint64(40));

    // A reset run equals a run on an empty database.
    const auto afterReset = dump();
    QFETCH_GLOBAL(QString, engine);
    m_store = TestDatabases::freshStore(engine);
    generate(options(42));
    QVERIFY(afterReset == dump());
}

void TestDemoDataService::cancelWritesNothing_data()
{
    QTest::addColumn<qint64>("sales");
    QTest::addColumn<int>("cancelAtCall"); // 1-based; -1 = the last call
    QTest::newRow("default, first call") << qint64(200) << 1;
    QTest::newRow("default, last call") << qint64(200) << -1;
    QTest::newRow("no sales, only call") << qint64(0) << 1;
    QTest::newRow("larger, last call") << qint64(2500) << -1;
}

void TestDemoDataService::cancelWritesNothing()
{
    QFETCH(qint64, sales);
    QFETCH(int, cancelAtCall);
    int calls = 0;
    bool sawFinal = false;
    const auto progress = [&](qint64 done, qint64 total) {
        ++calls;
        const bool final = done == total;
        sawFinal = sawFinal || final;
        return cancelAtCall > 0 ? calls < cancelAtCall : !final;
    };
    const auto e = errorOf([&] { generate(options(42, sales, 20), progress); });
    QVERIFY(e);
    QCOMPARE(e->kind(), StoreError::Kind::Conflict);
    QCOMPARE(e->code(), QStringLiteral("cancelled"));
    QVERIFY(calls >= 1);
    if (cancelAtCall < 0)
        QVERIFY(sawFinal);
    const auto counts = tableCounts();
    for (const QString &table : kTables)
        QVERIFY2(counts.value(table) == 0, qPrintable(table + QStringLiteral(": %1 rows").arg(counts.value(table))));
    checkSqliteSession();
    // The database is still usable and still empty-for-demo-data: a normal run succeeds.
    QCOMPARE(generate(options(42, sales, 20)).sales, sales);
}

void TestDemoDataService::cancelDuringResetKeepsOldData()
{
    generate(options(5, 100, 10));
    const auto before = dump();
    const auto e = errorOf([&] { generate(options(6, 200, 20, true), [](qint64 done, qint64 total) { return done < total; }); });
    QVERIFY(e);
    QCOMPARE(e->code(), QStringLiteral("cancelled"));
    QVERIFY(before == dump());
    checkSqliteSession();
}

void TestDemoDataService::progressIsReported()
{
    QList<std::pair<qint64, qint64>> calls;
    generate(options(42, 300, 20), [&](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    });
    QVERIFY(!calls.isEmpty());
    qint64 previous = -1;
    for (const auto &[done, total] : calls) {
        QCOMPARE(total, qint64(300));
        QVERIFY(done >= previous);
        QVERIFY(done <= total);
        previous = done;
    }
    QCOMPARE(calls.last().first, qint64(300));
}

void TestDemoDataService::zeroSales()
{
    const DemoDataSummary summary = generate(options(42, 0, 20));
    QCOMPARE(summary.sales, qint64(0));
    QCOMPARE(summary.saleItems, qint64(0));
    const auto counts = tableCounts();
    QCOMPARE(counts.value(QStringLiteral("sales")), qint64(0));
    QCOMPARE(counts.value(QStringLiteral("sale_items")), qint64(0));
    QCOMPARE(counts.value(QStringLiteral("categories")), qint64(8));
    QCOMPARE(counts.value(QStringLiteral("products")), qint64(40));
    QCOMPARE(counts.value(QStringLiteral("inventory")), qint64(40));
    QCOMPARE(counts.value(QStringLiteral("customers")), qint64(20));
}

void TestDemoDataService::zeroCustomersMakesWalkInOrders()
{
    generate(options(42, 100, 0));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM customers")), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales")), qint64(100));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales WHERE customer_id IS NOT NULL")), qint64(0));
}

void TestDemoDataService::largerRunScales()
{
    const DemoDataSummary summary = generate(options(99, 4000, 300));
    QCOMPARE(summary.sales, qint64(4000));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales")), qint64(4000));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM customers")), qint64(300));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT email) FROM customers")), qint64(300));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sale_items")), summary.saleItems);
    // Every total equals its lines (in SQL this time).
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales s WHERE s.total_amount <> "
                                   "(SELECT SUM(i.quantity * i.unit_price - i.discount) FROM sale_items i WHERE i.sale_id = s.id)")),
             qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT MIN(c) FROM (SELECT COUNT(*) AS c FROM sale_items GROUP BY sale_id) t")), qint64(1));
    QCOMPARE(scalar(QStringLiteral("SELECT MAX(c) FROM (SELECT COUNT(*) AS c FROM sale_items GROUP BY sale_id) t")), qint64(4));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales WHERE order_date < ? OR order_date > ?"),
                    {TimeUtil::toDb(kUntil.addDays(-365)), TimeUtil::toDb(kUntil)}),
             qint64(0));
    // The generated customer ids used by orders stay within the generated range.
    QVERIFY(scalar(QStringLiteral("SELECT COALESCE(MAX(customer_id), 0) FROM sales")) <= 300);
}

void TestDemoDataService::serviceWritesWorkAfterDemoData()
{
    try {
        serviceWrites();
    } catch (const StoreError &e) {
        QFAIL(qPrintable(QStringLiteral("a service write after demo data failed: ") + e.message()));
    }
}

void TestDemoDataService::serviceWrites()
{
    generate(options(42));
    const qint64 maxCategory = scalar(QStringLiteral("SELECT MAX(id) FROM categories"));
    const qint64 maxProduct = scalar(QStringLiteral("SELECT MAX(id) FROM products"));
    const qint64 maxInventory = scalar(QStringLiteral("SELECT MAX(id) FROM inventory"));
    const qint64 maxHistory = scalar(QStringLiteral("SELECT MAX(id) FROM inventory_history"));
    const qint64 maxCustomer = scalar(QStringLiteral("SELECT MAX(id) FROM customers"));
    const qint64 maxSale = scalar(QStringLiteral("SELECT MAX(id) FROM sales"));
    const qint64 maxItem = scalar(QStringLiteral("SELECT MAX(id) FROM sale_items"));

    const Category category = m_store->categories().create({QStringLiteral("Garden"), QStringLiteral("Outdoor living")});
    QVERIFY(category.id > maxCategory);
    ProductInput p;
    p.name = QStringLiteral("Garden Hose 20m");
    p.sku = QStringLiteral("GAR-1001");
    p.price = Money::fromCents(2999);
    p.categoryId = category.id;
    p.initialQuantity = 12;
    const Product product = m_store->products().create(p);
    QVERIFY(product.id > maxProduct);
    const InventoryItem row = m_store->inventory().forProduct(product.id).first();
    QVERIFY(row.id > maxInventory);
    QCOMPARE(row.quantity, qint64(12));
    const Customer customer = m_store->customers().create({QStringLiteral("New Customer"), QStringLiteral("new@example.com"),
                                                          QString(), QString()});
    QVERIFY(customer.id > maxCustomer);

    // A sale of the new product and of a generated product that has stock.
    const qint64 demoProduct = scalar(QStringLiteral("SELECT MIN(product_id) FROM inventory WHERE quantity >= 5 AND product_id <= ?"),
                                      {maxProduct});
    QVERIFY(demoProduct > 0);
    const qint64 demoStock = m_store->inventory().forProduct(demoProduct).first().quantity;
    SaleInput s;
    s.customerId = customer.id;
    s.platform = QStringLiteral("Website");
    s.items = {{product.id, 2, std::nullopt, Money()}, {demoProduct, 1, std::nullopt, Money()}};
    const Sale sale = m_store->sales().create(s);
    QVERIFY(sale.id > maxSale);
    QCOMPARE(sale.items.size(), 2);
    for (const SaleItem &item : m_store->sales().get(sale.id).items)
        QVERIFY(item.id > maxItem);
    QCOMPARE(m_store->inventory().get(row.id).quantity, qint64(10));
    QCOMPARE(m_store->inventory().forProduct(demoProduct).first().quantity, demoStock - 1);
    QVERIFY(scalar(QStringLiteral("SELECT MAX(id) FROM inventory_history")) > maxHistory);
    QCOMPARE(m_store->customers().stats(customer.id).orders, qint64(1));
    QCOMPARE(m_store->sales().count(), qint64(201));
}

void TestDemoDataService::badCountsAreValidationErrors_data()
{
    QTest::addColumn<qint64>("sales");
    QTest::addColumn<qint64>("customers");
    QTest::addColumn<QString>("field");
    QTest::newRow("negative sales") << qint64(-1) << qint64(20) << QStringLiteral("sales");
    QTest::newRow("negative customers") << qint64(200) << qint64(-5) << QStringLiteral("customers");
    QTest::newRow("absurd sales") << qint64(100'000'001) << qint64(20) << QStringLiteral("sales");
    QTest::newRow("absurd customers") << qint64(200) << qint64(10'000'001) << QStringLiteral("customers");
    QTest::newRow("most negative") << std::numeric_limits<qint64>::min() << qint64(20) << QStringLiteral("sales");
}

void TestDemoDataService::badCountsAreValidationErrors()
{
    QFETCH(qint64, sales);
    QFETCH(qint64, customers);
    QFETCH(QString, field);
    const auto e = errorOf([&] { generate(options(42, sales, customers)); });
    QVERIFY(e);
    QCOMPARE(e->kind(), StoreError::Kind::Validation);
    QVERIFY(!e->fieldErrors().isEmpty());
    QCOMPARE(e->fieldErrors().first().loc, QStringList{field});
    const auto counts = tableCounts();
    for (const QString &table : kTables)
        QCOMPARE(counts.value(table), qint64(0));
}

STOREDESK_DB_TEST_MAIN(TestDemoDataService)
#include "tst_demodataservice.moc"
