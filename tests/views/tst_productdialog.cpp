// SPDX-License-Identifier: MIT
#include "formerrors.h"
#include "guitesthelpers.h"
#include "productdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

/** The product dialog writes through ProductService and shows the service's errors beside their fields. */
class TestProductDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup() { m_store.reset(); }

    void addsAProductWithStock();
    void duplicateSkuShownUnderSkuAndNothingWritten();
    void negativePriceAndMissingCategoryShownInline();
    void editsAnExistingProduct();

private:
    void fill(ProductDialog &dialog, const QString &name, const QString &sku, const QString &price, qint64 categoryId);
    std::unique_ptr<Store> m_store;
    qint64 m_tools = 0;
};

void TestProductDialog::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = TestDatabases::freshStore(engine);
    m_tools = m_store->categories().create({QStringLiteral("Tools"), {}}).id;
    GuiTest::makeProduct(*m_store, QStringLiteral("Drill"), QStringLiteral("TL-1"), 4999, m_tools, 5);
}

void TestProductDialog::fill(ProductDialog &dialog, const QString &name, const QString &sku, const QString &price, qint64 categoryId)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(name);
    dialog.findChild<QLineEdit *>(QStringLiteral("sku"))->setText(sku);
    dialog.findChild<QLineEdit *>(QStringLiteral("price"))->setText(price);
    auto *category = dialog.findChild<QComboBox *>(QStringLiteral("category"));
    category->setCurrentIndex(category->findData(categoryId));
}

void TestProductDialog::addsAProductWithStock()
{
    ProductDialog dialog(*m_store, 0, m_tools);
    fill(dialog, QStringLiteral("Saw, \"pro\""), QStringLiteral("TL-2"), QStringLiteral("19.50"), m_tools);
    dialog.findChild<QSpinBox *>(QStringLiteral("initialQuantity"))->setValue(12);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Product saved = m_store->products().get(dialog.saved().id);
    QCOMPARE(saved.name, QStringLiteral("Saw, \"pro\""));
    QCOMPARE(saved.price.cents(), 1950);
    QCOMPARE(saved.categoryId, m_tools);
    const QList<InventoryItem> stock = m_store->inventory().forProduct(saved.id);
    QCOMPARE(stock.size(), 1);
    QCOMPARE(stock.first().quantity, 12);
}

void TestProductDialog::duplicateSkuShownUnderSkuAndNothingWritten()
{
    ProductDialog dialog(*m_store, 0);
    fill(dialog, QStringLiteral("Another drill"), QStringLiteral("TL-1"), QStringLiteral("10"), m_tools);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto *skuError = dialog.findChild<QLabel *>(QStringLiteral("error_sku"));
    QVERIFY(skuError);
    QVERIFY(!skuError->isHidden());
    QVERIFY2(skuError->text().contains(QStringLiteral("TL-1")), qPrintable(skuError->text()));
    QCOMPARE(m_store->products().count(), 1);
}

void TestProductDialog::negativePriceAndMissingCategoryShownInline()
{
    ProductDialog dialog(*m_store, 0);
    fill(dialog, QStringLiteral("Hammer"), QStringLiteral("TL-3"), QStringLiteral("-1.00"), 0);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    // Both rules come from the service in one answer.
    QVERIFY2(dialog.errors().text(QStringLiteral("price")).contains(QStringLiteral("greater than or equal to 0")),
             qPrintable(dialog.errors().text(QStringLiteral("price"))));
    QVERIFY(!dialog.errors().text(QStringLiteral("category_id")).isEmpty());
    QVERIFY(dialog.errors().text(QStringLiteral("sku")).isEmpty());
    // Text that is not an amount is caught by the form before any service call.
    dialog.findChild<QLineEdit *>(QStringLiteral("price"))->setText(QStringLiteral("abc"));
    dialog.accept();
    QVERIFY(!dialog.errors().text(QStringLiteral("price")).isEmpty());
    QCOMPARE(m_store->products().count(), 1);
}

void TestProductDialog::editsAnExistingProduct()
{
    const qint64 id = m_store->products().list().first().id;
    ProductDialog dialog(*m_store, id);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("price"))->text(), QStringLiteral("49.99"));
    QVERIFY(!dialog.findChild<QSpinBox *>(QStringLiteral("initialQuantity")));
    dialog.findChild<QLineEdit *>(QStringLiteral("price"))->setText(QStringLiteral("45"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_store->products().get(id).price.cents(), 4500);
    QCOMPARE(m_store->products().get(id).name, QStringLiteral("Drill"));
}

STOREDESK_DB_TEST_MAIN_WIDGETS(TestProductDialog)
#include "tst_productdialog.moc"
