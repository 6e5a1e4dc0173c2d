// SPDX-License-Identifier: MIT
#include "categoriesdialog.h"
#include "csv.h"
#include "categorydialog.h"
#include "categorytablemodel.h"
#include "formerrors.h"
#include "guitesthelpers.h"
#include "producttablemodel.h"
#include "productspage.h"
#include "tableview.h"

#include <QBuffer>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

/** The Products page on the demo store: rows, search, category filter, delete rules; category management. */
class TestProductsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup() { m_store.reset(); }

    void showsTheDemoCatalogue();
    void searchAndCategoryFilterCounts();
    void deleteRefusedForAProductWithSales();
    void deleteRemovesAProductWithoutSales();
    void categoryManagement();
    void csvExportRoundTripsAwkwardNames();

private:
    std::unique_ptr<Store> m_store;
};

void TestProductsPage::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = GuiTest::demoStore(engine);
}

void TestProductsPage::showsTheDemoCatalogue()
{
    ProductsPage page(*m_store);
    QCOMPARE(page.model()->rowCount(), 40);
    QCOMPARE(page.categoryFilter()->count(), 1 + 8);
    // Hidden by field name, not position.
    auto *table = static_cast<TableView *>(page.mainTable());
    QVERIFY(table->isColumnHidden(page.model()->fieldIndex(QStringLiteral("id"))));
    QVERIFY(!table->isColumnHidden(page.model()->fieldIndex(QStringLiteral("price"))));
}

void TestProductsPage::searchAndCategoryFilterCounts()
{
    ProductsPage page(*m_store);
    const Product any = m_store->products().list().first();
    page.searchEdit()->setText(any.sku.toLower());
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->idAt(0), any.id);

    page.searchEdit()->clear();
    QComboBox *category = page.categoryFilter();
    category->setCurrentIndex(category->findData(any.categoryId));
    ProductFilter filter;
    filter.categoryId = any.categoryId;
    QTRY_COMPARE(qint64(page.model()->rowCount()), m_store->products().count(filter));
    QVERIFY(page.model()->rowCount() < 40);
}

void TestProductsPage::deleteRefusedForAProductWithSales()
{
    ProductsPage page(*m_store);
    const SaleItem sold = m_store->sales().list().first().items.first();
    page.mainTable()->selectRow(page.model()->rowOfId(sold.productId));
    QVERIFY(!page.deleteCurrent(false));
    QVERIFY(!page.lastError().isEmpty());
    QCOMPARE(m_store->products().get(sold.productId).id, sold.productId);
    QCOMPARE(page.model()->rowCount(), 40);
}

void TestProductsPage::deleteRemovesAProductWithoutSales()
{
    const Product fresh = GuiTest::makeProduct(*m_store, QStringLiteral("Unsold"), QStringLiteral("NEW-1"), 100,
                                               m_store->categories().list().first().id, 4);
    ProductsPage page(*m_store);
    QCOMPARE(page.model()->rowCount(), 41);
    page.mainTable()->selectRow(page.model()->rowOfId(fresh.id));
    QVERIFY(page.deleteCurrent(false));
    QCOMPARE(page.model()->rowCount(), 40);
    QCOMPARE(page.model()->rowOfId(fresh.id), -1);
    InventoryFilter ofFresh;
    ofFresh.productId = fresh.id;
    QVERIFY(m_store->inventory().list(ofFresh).isEmpty());
}

void TestProductsPage::categoryManagement()
{
    CategoriesDialog dialog(*m_store);
    QCOMPARE(dialog.model()->rowCount(), 8);
    // Every demo category has products: deleting one is refused with the reason.
    dialog.table()->selectRow(0);
    QVERIFY(!dialog.deleteSelected(false));
    QVERIFY(!dialog.lastError().isEmpty());
    QCOMPARE(m_store->categories().count(), 8);

    CategoryDialog add(*m_store, 0);
    add.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Garden"));
    add.accept();
    QCOMPARE(add.result(), int(QDialog::Accepted));
    QCOMPARE(m_store->categories().count(), 9);

    CategoryDialog duplicate(*m_store, 0);
    duplicate.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Garden"));
    duplicate.accept();
    QCOMPARE(duplicate.result(), int(QDialog::Rejected));
    QVERIFY(!duplicate.errors().text(QStringLiteral("name")).isEmpty());
    QCOMPARE(m_store->categories().count(), 9);

    CategoriesDialog again(*m_store);
    const int row = again.model()->rowOfId(add.saved().id);
    QVERIFY(row >= 0);
    again.table()->selectRow(row);
    QVERIFY(again.deleteSelected(false));
    QCOMPARE(m_store->categories().count(), 8);
}

void TestProductsPage::csvExportRoundTripsAwkwardNames()
{
    const QString awkward = QStringLiteral("Rake, \"Big\" edition\nline two ☕");
    const Product p = GuiTest::makeProduct(*m_store, awkward, QStringLiteral("AWK-1"), 123456, m_store->categories().list().first().id);
    ProductsPage page(*m_store);
    page.searchEdit()->setText(QStringLiteral("awk-1"));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(Csv::write(*page.model(), buffer));
    const QList<QStringList> records = Csv::parse(QString::fromUtf8(buffer.data()));
    QCOMPARE(records.size(), 2);
    const int name = page.model()->fieldIndex(QStringLiteral("name"));
    const int price = page.model()->fieldIndex(QStringLiteral("price"));
    QCOMPARE(records.at(0).at(name), QStringLiteral("Name"));
    QCOMPARE(records.at(1).at(name), awkward);
    QCOMPARE(records.at(1).at(price), QStringLiteral("1234.56"));
    QCOMPARE(records.at(1).at(page.model()->fieldIndex(QStringLiteral("id"))).toLongLong(), p.id);
}

STOREDESK_DB_TEST_MAIN_WIDGETS(TestProductsPage)
#include "tst_productspage.moc"
