// SPDX-License-Identifier: MIT
#include "customerdialog.h"
#include "customerspage.h"
#include "customertablemodel.h"
#include "formerrors.h"
#include "guitesthelpers.h"
#include "moneyformat.h"
#include "salestablemodel.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

/** The Customers page on the demo store (search, orders, lifetime value) and the customer dialog. */
class TestCustomersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup() { m_store.reset(); }

    void searchCounts();
    void showsOrdersAndLifetimeValue();
    void dialogAddsAndRefusesADuplicateEmail();

private:
    std::unique_ptr<Store> m_store;
};

void TestCustomersPage::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = GuiTest::demoStore(engine);
}

void TestCustomersPage::searchCounts()
{
    CustomersPage page(*m_store);
    QCOMPARE(page.model()->rowCount(), 20);
    const Customer first = m_store->customers().list().first();
    page.searchEdit()->setText(first.email.toUpper());
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->idAt(0), first.id);
}

void TestCustomersPage::showsOrdersAndLifetimeValue()
{
    const Sale sale = m_store->sales().list().first();
    QVERIFY(sale.customerId);
    const qint64 customer = *sale.customerId;
    CustomersPage page(*m_store);
    page.selectCustomer(customer);
    SaleFilter mine;
    mine.customerId = customer;
    QCOMPARE(qint64(page.ordersModel()->rowCount()), m_store->sales().count(mine));
    QVERIFY(page.ordersModel()->rowCount() > 0);
    const CustomerStats stats = m_store->customers().stats(customer);
    const QString value = MoneyFormat::format(stats.lifetimeValue.cents(), m_store->config().currency);
    QVERIFY2(page.lifetimeValue()->text().contains(value), qPrintable(page.lifetimeValue()->text() + u" / " + value));
}

void TestCustomersPage::dialogAddsAndRefusesADuplicateEmail()
{
    CustomerDialog add(*m_store, 0);
    add.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("O'Brien, Pat"));
    add.findChild<QLineEdit *>(QStringLiteral("email"))->setText(QStringLiteral("Pat@Example.com"));
    add.accept();
    QCOMPARE(add.result(), int(QDialog::Accepted));
    QCOMPARE(m_store->customers().get(add.saved().id).email, QStringLiteral("pat@example.com"));
    QCOMPARE(m_store->customers().count(), 21);

    CustomerDialog duplicate(*m_store, 0);
    duplicate.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Someone"));
    duplicate.findChild<QLineEdit *>(QStringLiteral("email"))->setText(QStringLiteral("pat@example.com"));
    duplicate.accept();
    QCOMPARE(duplicate.result(), int(QDialog::Rejected));
    QVERIFY(!duplicate.errors().text(QStringLiteral("email")).isEmpty());

    CustomerDialog empty(*m_store, 0);
    empty.accept();
    QVERIFY(!empty.errors().text(QStringLiteral("name")).isEmpty());
    QCOMPARE(m_store->customers().count(), 21);

    CustomerDialog edit(*m_store, add.saved().id);
    QCOMPARE(edit.findChild<QLineEdit *>(QStringLiteral("name"))->text(), QStringLiteral("O'Brien, Pat"));
    edit.findChild<QLineEdit *>(QStringLiteral("phone"))->setText(QStringLiteral("+1 555 0100"));
    edit.accept();
    QCOMPARE(m_store->customers().get(add.saved().id).phone, QStringLiteral("+1 555 0100"));
}

STOREDESK_DB_TEST_MAIN_WIDGETS(TestCustomersPage)
#include "tst_customerspage.moc"
