// SPDX-License-Identifier: MIT
#include "testdatabases.h"

#include "sqlquery.h"
#include "timeutil.h"

#include <QMutex>
#include <QTest>

#include <atomic>
#include <latch>
#include <thread>
#include <vector>

#include <algorithm>

namespace {

/** Runs @p fn and returns the StoreError it throws (nullopt if it throws none). */
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

QStringList locs(const StoreError &e)
{
    QStringList result;
    for (const FieldError &f : e.fieldErrors())
        result << f.loc.join(u'.');
    return result;
}

} // namespace

class TestCustomerService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup() { m_store.reset(); }

    void createAndGet();
    void getUnknownIsNotFound();
    void nameIsRequired_data();
    void nameIsRequired();
    void emailShape_data();
    void emailShape();
    void emailStoredLowerCase();
    void duplicateEmailOnCreate_data();
    void duplicateEmailOnCreate();
    void duplicateEmailOnUpdate();
    void severalCustomersWithoutEmail();
    void clearEmailWithEmptyString();
    void updateIsPartialAndValidated();
    void listFilter_data();
    void listFilter();
    void sortAndPaging_data();
    void sortAndPaging();
    void removeWithoutOrders();
    void removeRefusedWithOrders();
    void statsCountOnlyActiveOrders();
    void concurrentDuplicateEmailIsAConflict();

private:
    Customer makeCustomer(const QString &name, const QString &email = QString());
    qint64 makeProduct(const QString &sku, qint64 priceCents, qint64 stock);
    qint64 sqlCount(const QString &sql, const QVariantList &values = {});

    std::unique_ptr<Store> m_store;
    qint64 m_categoryId = 0;
};

void TestCustomerService::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = TestDatabases::freshStore(engine);
    m_categoryId = m_store->categories().create({QStringLiteral("General"), QString()}).id;
}

Customer TestCustomerService::makeCustomer(const QString &name, const QString &email)
{
    CustomerInput input;
    input.name = name;
    input.email = email;
    return m_store->customers().create(input);
}

qint64 TestCustomerService::makeProduct(const QString &sku, qint64 priceCents, qint64 stock)
{
    ProductInput input;
    input.name = QStringLiteral("Product ") + sku;
    input.sku = sku;
    input.price = Money::fromCents(priceCents);
    input.categoryId = m_categoryId;
    input.initialQuantity = stock;
    return m_store->products().create(input).id;
}

qint64 TestCustomerService::sqlCount(const QString &sql, const QVariantList &values)
{
    return m_store->database().read([&](Connection &c) {
        SqlQuery q(c, sql);
        for (const QVariant &v : values)
            q.bind(v);
        return q.scalar().toLongLong();
    });
}

void TestCustomerService::createAndGet()
{
    const QDateTime before = TimeUtil::nowUtc();
    CustomerInput input;
    input.name = QStringLiteral("  Ada Lovelace \t");
    input.email = QStringLiteral("  ada@example.com ");
    input.phone = QStringLiteral(" +44 20 7946 0000 ");
    input.address = QStringLiteral("12 St James's Square, London");
    const Customer created = m_store->customers().create(input);
    QVERIFY(created.id > 0);
    QCOMPARE(created.name, QStringLiteral("Ada Lovelace"));
    QCOMPARE(created.email, QStringLiteral("ada@example.com"));
    QCOMPARE(created.phone, QStringLiteral("+44 20 7946 0000"));
    QCOMPARE(created.address, QStringLiteral("12 St James's Square, London"));
    QVERIFY(created.createdAt.isValid());
    QVERIFY(created.createdAt >= before);
    QCOMPARE(created.createdAt.timeSpec(), Qt::UTC);

    const Customer read = m_store->customers().get(created.id);
    QCOMPARE(read.id, created.id);
    QCOMPARE(read.name, created.name);
    QCOMPARE(read.email, created.email);
    QCOMPARE(read.phone, created.phone);
    QCOMPARE(read.address, created.address);
    QCOMPARE(read.createdAt, created.createdAt);
    QCOMPARE(read.updatedAt, created.updatedAt);

    const Customer second = makeCustomer(QStringLiteral("Grace Hopper"));
    QVERIFY(second.id != created.id);
    QVERIFY(second.email.isEmpty());
    QVERIFY(second.phone.isEmpty());
    QCOMPARE(m_store->customers().count(), qint64(2));
    const auto all = m_store->customers().list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, created.id);
    QCOMPARE(all.at(1).id, second.id);
}

void TestCustomerService::getUnknownIsNotFound()
{
    const auto e = errorOf([&] { m_store->customers().get(987654); });
    QVERIFY(e);
    QCOMPARE(e->kind(), StoreError::Kind::NotFound);
    const auto u = errorOf([&] { m_store->customers().update(987654, CustomerPatch{QStringLiteral("X"), {}, {}, {}}); });
    QVERIFY(u);
    QCOMPARE(u->kind(), StoreError::Kind::NotFound);
    const auto s = errorOf([&] { m_store->customers().stats(987654); });
    QVERIFY(s);
    QCOMPARE(s->kind(), StoreError::Kind::NotFound);
}

void TestCustomerService::nameIsRequired_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("tabs and newlines") << QStringLiteral("\t\n ");
    QTest::newRow("too long") << QString(201, u'x');
}

void TestCustomerService::nameIsRequired()
{
    QFETCH(QString, name);
    const auto e = errorOf([&] { makeCustomer(name, QStringLiteral("someone@example.com")); });
    QVERIFY(e);
    QCOMPARE(e->kind(), StoreError::Kind::Validation);
    QCOMPARE(locs(*e), QStringList{QStringLiteral("name")});
    QCOMPARE(m_store->customers().count(), qint64(0));

    // The same rule on update.
    const Customer c = makeCustomer(QStringLiteral("Valid Name"));
    CustomerPatch patch;
    patch.name = name;
    const auto u = errorOf([&] { m_store->customers().update(c.id, patch); });
    QVERIFY(u);
    QCOMPARE(u->kind(), StoreError::Kind::Validation);
    QCOMPARE(locs(*u), QStringList{QStringLiteral("name")});
    QCOMPARE(m_store->customers().get(c.id).name, QStringLiteral("Valid Name"));
}

void TestCustomerService::emailShape_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << QStringLiteral("a@b.co") << true;
    QTest::newRow("plus and dots") << QStringLiteral("first.last+tag@mail.example.org") << true;
    QTest::newRow("surrounding spaces") << QStringLiteral("  x@y.io  ") << true;
    QTest::newRow("no at") << QStringLiteral("plainaddress") << false;
    QTest::newRow("no domain dot") << QStringLiteral("a@b") << false;
    QTest::newRow("no local part") << QStringLiteral("@example.com") << false;
    QTest::newRow("two ats") << QStringLiteral("a@@example.com") << false;
    QTest::newRow("inner space") << QStringLiteral("a b@example.com") << false;
    QTest::newRow("trailing dot only") << QStringLiteral("a@example.") << false;
    QTest::newRow("too long") << (QString(250, u'a') + QStringLiteral("@b.co")) << false;
}

void TestCustomerService::emailShape()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    const auto e = errorOf([&] { makeCustomer(QStringLiteral("Shape Test"), email); });
    if (valid) {
        QVERIFY2(!e, e ? qPrintable(e->message()) : "");
        QCOMPARE(m_store->customers().count(), qint64(1));
        QCOMPARE(m_store->customers().list().first().email, email.trimmed().toLower());
    } else {
        QVERIFY2(e, qPrintable(QStringLiteral("accepted ") + email));
        QCOMPARE(e->kind(), StoreError::Kind::Validation);
        QCOMPARE(locs(*e), QStringList{QStringLiteral("email")});
        QCOMPARE(m_store->customers().count(), qint64(0));
    }
}

void TestCustomerService::emailStoredLowerCase()
{
    const Customer c = makeCustomer(QStringLiteral("Mixed Case"), QStringLiteral("Mixed.Case@Example.COM"));
    QCOMPARE(c.email, QStringLiteral("mixed.case@example.com"));
    // What the table holds, not only what the service hands back.
    const QString stored = m_store->database().read([&](Connection &conn) {
        SqlQuery q(conn, QStringLiteral("SELECT email FROM customers WHERE id = ?"));
        q.bind(c.id);
        return q.scalar().toString();
    });
    QCOMPARE(stored, QStringLiteral("mixed.case@example.com"));

    CustomerPatch patch;
    patch.email = QStringLiteral("NEW.Address@Example.Org");
    QCOMPARE(m_store->customers().update(c.id, patch).email, QStringLiteral("new.address@example.org"));
    QCOMPARE(sqlCount(QStringLiteral("SELECT COUNT(*) FROM customers WHERE email = ?"), {QStringLiteral("new.address@example.org")}),
             qint64(1));
}

void TestCustomerService::duplicateEmailOnCreate_data()
{
    QTest::addColumn<QString>("second");
    QTest::newRow("identical") << QStringLiteral("bob@example.com");
    QTest::newRow("upper case") << QStringLiteral("BOB@EXAMPLE.COM");
    QTest::newRow("mixed case and spaces") << QStringLiteral("  Bob@Example.Com ");
}

void TestCustomerService::duplicateEmailOnCreate()
{
    QFETCH(QString, second);
    const Customer bob = makeCustomer(QStringLiteral("Bob"), QStringLiteral("bob@example.com"));
    const auto e = errorOf([&] { makeCustomer(QStringLiteral("Other Bob"), second); });
    QVERIFY(e);
    QCOMPARE(e->kind(), StoreError::Kind::Conflict);
    QCOMPARE(e->code(), QStringLiteral("duplicate_email"));
    QCOMPARE(m_store->customers().count(), qint64(1));
    QCOMPARE(m_store->customers().get(bob.id).name, QStringLiteral("Bob"));
}

void TestCustomerService::duplicateEmailOnUpdate()
{
    const Customer alice = makeCustomer(QStringLiteral("Alice"), QStringLiteral("alice@example.com"));
    const Customer bob = makeCustomer(QStringLiteral("Bob"), QStringLiteral("bob@example.com"));
    CustomerPatch patch;
    patch.email = QStringLiteral("ALICE@example.com");
    patch.name = QStringLiteral("Bob Renamed");
    const auto e = errorOf([&] { m_store->customers().update(bob.id, patch); });
    QVERIFY(e);
    QCOMPARE(e->kind(), StoreError::Kind::Conflict);
    QCOMPARE(e->code(), QStringLiteral("duplicate_email"));
    // Nothing of the refused patch was applied.
    const Customer after = m_store->customers().get(bob.id);
    QCOMPARE(after.email, QStringLiteral("bob@example.com"));
    QCOMPARE(after.name, QStringLiteral("Bob"));
    QCOMPARE(m_store->customers().get(alice.id).email, QStringLiteral("alice@example.com"));

    // Re-saving one's own address (in another case) is not a conflict.
    CustomerPatch own;
    own.email = QStringLiteral("Bob@Example.com");
    QCOMPARE(m_store->customers().update(bob.id, own).email, QStringLiteral("bob@example.com"));
    // A fresh address is fine.
    CustomerPatch fresh;
    fresh.email = QStringLiteral("robert@example.com");
    QCOMPARE(m_store->customers().update(bob.id, fresh).email, QStringLiteral("robert@example.com"));
    // The old address is free again.
    QCOMPARE(makeCustomer(QStringLiteral("New Bob"), QStringLiteral("bob@example.com")).email, QStringLiteral("bob@example.com"));
}

void TestCustomerService::severalCustomersWithoutEmail()
{
    const Customer a = makeCustomer(QStringLiteral("Walk-in One"));
    const Customer b = makeCustomer(QStringLiteral("Walk-in Two"), QStringLiteral("   "));
    const Customer c = makeCustomer(QStringLiteral("Walk-in Three"));
    QVERIFY(a.email.isEmpty() && b.email.isEmpty() && c.email.isEmpty());
    QCOMPARE(m_store->customers().count(), qint64(3));
    // Stored as NULL (so the unique constraint allows many), not as ''.
    QCOMPARE(sqlCount(QStringLiteral("SELECT COUNT(*) FROM customers WHERE email IS NULL")), qint64(3));
}

void TestCustomerService::clearEmailWithEmptyString()
{
    const Customer c = makeCustomer(QStringLiteral("Clearable"), QStringLiteral("clear@example.com"));
    const Customer other = makeCustomer(QStringLiteral("No Mail"));
    CustomerPatch patch;
    patch.email = QString();
    const Customer cleared = m_store->customers().update(c.id, patch);
    QVERIFY(cleared.email.isEmpty());
    QVERIFY(m_store->customers().get(c.id).email.isEmpty());
    QCOMPARE(sqlCount(QStringLiteral("SELECT COUNT(*) FROM customers WHERE email IS NULL")), qint64(2));
    QVERIFY(m_store->customers().get(other.id).email.isEmpty());
    // The address can be taken by someone else now.
    QCOMPARE(makeCustomer(QStringLiteral("Taker"), QStringLiteral("clear@example.com")).email, QStringLiteral("clear@example.com"));
    // A patch without email leaves it alone.
    CustomerPatch rename;
    rename.name = QStringLiteral("Renamed");
    CustomerFilter byName;
    byName.q = QStringLiteral("Taker");
    const Customer taker = m_store->customers().list(byName).first();
    QCOMPARE(m_store->customers().update(taker.id, rename).email, QStringLiteral("clear@example.com"));
}

void TestCustomerService::updateIsPartialAndValidated()
{
    CustomerInput input{QStringLiteral("Partial"), QStringLiteral("p@example.com"), QStringLiteral("555-0100"),
                        QStringLiteral("1 Main St")};
    const Customer c = m_store->customers().create(input);
    CustomerPatch patch;
    patch.phone = QStringLiteral("  555-0199 ");
    const Customer updated = m_store->customers().update(c.id, patch);
    QCOMPARE(updated.phone, QStringLiteral("555-0199"));
    QCOMPARE(updated.name, QStringLiteral("Partial"));
    QCOMPARE(updated.email, QStringLiteral("p@example.com"));
    QCOMPARE(updated.address, QStringLiteral("1 Main St"));
    QCOMPARE(updated.createdAt, c.createdAt);
    QVERIFY(updated.updatedAt >= c.updatedAt);

    CustomerPatch name;
    name.name = QStringLiteral("  Trimmed Name  ");
    QCOMPARE(m_store->customers().update(c.id, name).name, QStringLiteral("Trimmed Name"));
    QCOMPARE(m_store->customers().get(c.id).name, QStringLiteral("Trimmed Name"));

    CustomerPatch bad;
    bad.email = QStringLiteral("not-an-email");
    bad.phone = QStringLiteral("999");
    const auto e = errorOf([&] { m_store->customers().update(c.id, bad); });
    QVERIFY(e);
    QCOMPARE(e->kind(), StoreError::Kind::Validation);
    QCOMPARE(locs(*e), QStringList{QStringLiteral("email")});
    QCOMPARE(m_store->customers().get(c.id).phone, QStringLiteral("555-0199")); // nothing applied
}

void TestCustomerService::listFilter_data()
{
    QTest::addColumn<QString>("q");
    QTest::newRow("name lower") << QStringLiteral("smith");
    QTest::newRow("name upper") << QStringLiteral("SMITH");
    QTest::newRow("email domain") << QStringLiteral("MAIL.ORG");
    QTest::newRow("email only part") << QStringLiteral("zed@");
    QTest::newRow("first name") << QStringLiteral("carol");
    QTest::newRow("matches nothing") << QStringLiteral("xyzzy");
    QTest::newRow("percent is literal") << QStringLiteral("%");
    QTest::newRow("underscore is literal") << QStringLiteral("_");
    QTest::newRow("at sign") << QStringLiteral("@");
    QTest::newRow("empty lists all") << QString();
}

void TestCustomerService::listFilter()
{
    QFETCH(QString, q);
    struct Row { QString name, email; };
    const QList<Row> rows{
        {QStringLiteral("Alice Smith"), QStringLiteral("alice@shop.com")},
        {QStringLiteral("Bob Jones"), QStringLiteral("bob@mail.org")},
        {QStringLiteral("Carol SMITHERS"), QStringLiteral("carol@example.net")},
        {QStringLiteral("Dan Walk-in"), QString()},
        {QStringLiteral("Erin Zed"), QStringLiteral("e.zed@mail.org")},
        {QStringLiteral("Frank Carolsson"), QStringLiteral("frank_bob@shop.com")},
        {QStringLiteral("Zed Wolff"), QStringLiteral("zed@plain.io")},
    };
    QList<qint64> expected;
    for (const Row &r : rows) {
        const qint64 id = makeCustomer(r.name, r.email).id;
        if (q.isEmpty() || r.name.contains(q, Qt::CaseInsensitive) || r.email.contains(q, Qt::CaseInsensitive))
            expected << id;
    }
    CustomerFilter filter;
    filter.q = q;
    QList<qint64> got;
    for (const Customer &c : m_store->customers().list(filter))
        got << c.id;
    QCOMPARE(got, expected); // default order: id ascending
    QCOMPARE(m_store->customers().count(filter), qint64(expected.size()));
}

void TestCustomerService::sortAndPaging_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<bool>("descending");
    for (const char *column : {"id", "name", "email"}) {
        for (bool desc : {false, true})
            QTest::addRow("%s %s", column, desc ? "desc" : "asc") << QString::fromLatin1(column) << desc;
    }
}

void TestCustomerService::sortAndPaging()
{
    QFETCH(QString, column);
    QFETCH(bool, descending);
    // Single-word names and addresses: the same order under every engine's collation.
    const QStringList names{QStringLiteral("Mallory"), QStringLiteral("Alice"), QStringLiteral("Trent"), QStringLiteral("Bob"),
                            QStringLiteral("Eve"), QStringLiteral("Carol"), QStringLiteral("Dave"), QStringLiteral("Peggy")};
    const QStringList emails{QStringLiteral("m@x.io"), QStringLiteral("z@x.io"), QStringLiteral("b@x.io"), QStringLiteral("y@x.io"),
                             QStringLiteral("c@x.io"), QStringLiteral("x@x.io"), QStringLiteral("d@x.io"), QStringLiteral("a@x.io")};
    QList<Customer> created;
    for (qsizetype i = 0; i < names.size(); ++i)
        created << makeCustomer(names[i], emails[i]);

    auto key = [&](const Customer &c) { return column == u"name" ? c.name : column == u"email" ? c.email : QString(); };
    QList<Customer> expected = created;
    std::sort(expected.begin(), expected.end(), [&](const Customer &a, const Customer &b) {
        if (column == u"id")
            return descending ? a.id > b.id : a.id < b.id;
        return descending ? key(a) > key(b) : key(a) < key(b);
    });

    // The whole list, a middle page, the tail (short page) and a page past the end.
    const QList<std::pair<qint64, qint64>> pages{{0, 100}, {3, 3}, {6, 5}, {0, 1}, {50, 5}};
    for (const auto &[skip, limit] : pages) {
        QList<qint64> expectedIds;
        for (qsizetype i = skip; i < std::min<qsizetype>(expected.size(), skip + limit); ++i)
            expectedIds << expected[i].id;
        CustomerFilter filter;
        filter.sortColumn = column;
        filter.sortDescending = descending;
        filter.page = {skip, limit};
        QList<qint64> got;
        for (const Customer &c : m_store->customers().list(filter))
            got << c.id;
        QVERIFY2(got == expectedIds, qPrintable(QStringLiteral("skip %1 limit %2").arg(skip).arg(limit)));
        // Paging does not change the total.
        QCOMPARE(m_store->customers().count(filter), qint64(names.size()));
    }
}

void TestCustomerService::removeWithoutOrders()
{
    const Customer keep = makeCustomer(QStringLiteral("Keep"), QStringLiteral("keep@example.com"));
    const Customer gone = makeCustomer(QStringLiteral("Gone"), QStringLiteral("gone@example.com"));
    m_store->customers().remove(gone.id);
    QCOMPARE(m_store->customers().count(), qint64(1));
    const auto e = errorOf([&] { m_store->customers().get(gone.id); });
    QVERIFY(e);
    QCOMPARE(e->kind(), StoreError::Kind::NotFound);
    const auto again = errorOf([&] { m_store->customers().remove(gone.id); });
    QVERIFY(again);
    QCOMPARE(again->kind(), StoreError::Kind::NotFound);
    QCOMPARE(m_store->customers().get(keep.id).name, QStringLiteral("Keep"));
    // The address of a removed customer is free.
    QVERIFY(makeCustomer(QStringLiteral("Gone Again"), QStringLiteral("GONE@example.com")).id > 0);
}

void TestCustomerService::removeRefusedWithOrders()
{
    const qint64 product = makeProduct(QStringLiteral("RM-1"), 1500, 20);
    const Customer active = makeCustomer(QStringLiteral("Has Order"), QStringLiteral("order@example.com"));
    const Customer cancelled = makeCustomer(QStringLiteral("Has Cancelled"), QStringLiteral("cancel@example.com"));
    SaleInput sale;
    sale.customerId = active.id;
    sale.platform = QStringLiteral("Website");
    sale.items = {{product, 2, std::nullopt, Money()}};
    m_store->sales().create(sale);
    sale.customerId = cancelled.id;
    sale.status = QStringLiteral("cancelled");
    m_store->sales().create(sale);

    for (const Customer &c : {active, cancelled}) {
        const auto e = errorOf([&] { m_store->customers().remove(c.id); });
        QVERIFY(e);
        QCOMPARE(e->kind(), StoreError::Kind::Conflict);
        QCOMPARE(e->code(), QStringLiteral("has_sales"));
        QCOMPARE(m_store->customers().get(c.id).name, c.name);
    }
    QCOMPARE(m_store->customers().count(), qint64(2));
    QCOMPARE(sqlCount(QStringLiteral("SELECT COUNT(*) FROM sales")), qint64(2));
}

void TestCustomerService::statsCountOnlyActiveOrders()
{
    const qint64 p1 = makeProduct(QStringLiteral("ST-1"), 1999, 100);
    const qint64 p2 = makeProduct(QStringLiteral("ST-2"), 550, 100);
    const QHash<qint64, qint64> price{{p1, 1999}, {p2, 550}};
    const Customer alice = makeCustomer(QStringLiteral("Alice"), QStringLiteral("alice@example.com"));
    const Customer bob = makeCustomer(QStringLiteral("Bob"), QStringLiteral("bob@example.com"));
    const Customer idle = makeCustomer(QStringLiteral("Idle"), QStringLiteral("idle@example.com"));

    struct Order
    {
        qint64 customer;
        QString status;
        QList<SaleItemInput> items;
    };
    const QList<Order> orders{
        {alice.id, QStringLiteral("completed"), {{p1, 2, std::nullopt, Money::fromCents(100)}, {p2, 1, std::nullopt, Money()}}},
        {alice.id, QStringLiteral("pending"), {{p2, 3, Money::fromCents(499), Money()}}},
        {alice.id, QStringLiteral("shipped"), {{p1, 1, std::nullopt, Money::fromCents(1)}}},
        {alice.id, QStringLiteral("cancelled"), {{p1, 5, std::nullopt, Money()}}},
        {alice.id, QStringLiteral("refunded"), {{p2, 4, std::nullopt, Money()}}},
        {alice.id, QStringLiteral("delivered"), {{p2, 2, std::nullopt, Money::fromCents(50)}}},
        {bob.id, QStringLiteral("completed"), {{p1, 1, std::nullopt, Money()}}},
    };
    // Expectations from the inputs alone: Σ(qty × price − discount) over active orders.
    QHash<qint64, qint64> expectedOrders, expectedCents;
    qint64 aliceLater = 0; // the pending order, cancelled later
    for (const Order &o : orders) {
        SaleInput in;
        in.customerId = o.customer;
        in.platform = QStringLiteral("Amazon");
        in.status = o.status;
        in.items = o.items;
        const Sale s = m_store->sales().create(in);
        qint64 cents = 0;
        for (const SaleItemInput &i : o.items)
            cents += i.quantity * (i.unitPrice ? i.unitPrice->cents() : price.value(i.productId)) - i.discount.cents();
        QCOMPARE(s.totalAmount.cents(), cents);
        if (o.status != u"cancelled" && o.status != u"refunded") {
            expectedOrders[o.customer] += 1;
            expectedCents[o.customer] += cents;
        }
        if (o.status == u"pending")
            aliceLater = s.id;
    }
    // Hand-checked figure for Alice: (2×1999−100 + 550) + 3×499 + (1999−1) + (2×550−50) = 8993.
    QCOMPARE(expectedCents.value(alice.id), qint64(8993));

    CustomerStats a = m_store->customers().stats(alice.id);
    QCOMPARE(a.orders, expectedOrders.value(alice.id));
    QCOMPARE(a.lifetimeValue.cents(), expectedCents.value(alice.id));
    const CustomerStats b = m_store->customers().stats(bob.id);
    QCOMPARE(b.orders, qint64(1));
    QCOMPARE(b.lifetimeValue.cents(), qint64(1999));
    const CustomerStats none = m_store->customers().stats(idle.id);
    QCOMPARE(none.orders, qint64(0));
    QCOMPARE(none.lifetimeValue.cents(), qint64(0));

    // Independently from the stored lines (not the stored totals).
    const qint64 fromLines = m_store->database().read([&](Connection &c) {
        SqlQuery q(c, QStringLiteral("SELECT COALESCE(SUM(i.quantity * i.unit_price - i.discount), 0) FROM sale_items i "
                                     "JOIN sales s ON s.id = i.sale_id "
                                     "WHERE s.customer_id = ? AND s.status NOT IN ('cancelled', 'refunded')"));
        q.bind(alice.id);
        return q.scalar().toLongLong();
    });
    QCOMPARE(a.lifetimeValue.cents(), fromLines);

    // Cancelling an order takes it out of the figures.
    SalePatch cancel;
    cancel.status = QStringLiteral("cancelled");
    m_store->sales().update(aliceLater, cancel);
    a = m_store->customers().stats(alice.id);
    QCOMPARE(a.orders, expectedOrders.value(alice.id) - 1);
    QCOMPARE(a.lifetimeValue.cents(), expectedCents.value(alice.id) - 3 * 499);
}

void TestCustomerService::concurrentDuplicateEmailIsAConflict()
{
    // Many writers race to register one address (in different spellings): exactly one wins and
    // every other gets the documented Conflict "duplicate_email" — also when the losers' own
    // checks ran before the winner committed and only the unique index catches them.
    constexpr int kThreads = 8;
    constexpr int kRounds = 3;
    for (int round = 0; round < kRounds; ++round) {
        const QString email = QStringLiteral("race%1@example.com").arg(round);
        std::latch start(kThreads);
        std::atomic<int> created{0};
        QStringList unexpected;
        QMutex lock;
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                m_store->database().connection(); // connect first, then race
                start.arrive_and_wait();
                try {
                    CustomerInput input;
                    input.name = QStringLiteral("Racer %1").arg(t);
                    input.email = t % 2 ? email.toUpper() : email;
                    m_store->customers().create(input);
                    ++created;
                } catch (const StoreError &e) {
                    if (e.kind() != StoreError::Kind::Conflict || e.code() != u"duplicate_email") {
                        QMutexLocker locker(&lock);
                        unexpected << e.code() + QStringLiteral(": ") + e.message();
                    }
                }
                m_store->database().closeThreadConnection();
            });
        }
        for (auto &thread : threads)
            thread.join();
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
        QCOMPARE(created.load(), 1);
        CustomerFilter filter;
        filter.q = email;
        QCOMPARE(m_store->customers().count(filter), qint64(1));
    }
}

STOREDESK_DB_TEST_MAIN(TestCustomerService)
#include "tst_customerservice.moc"
