// SPDX-License-Identifier: MIT
#include "screenshots.h"

#include "adjuststockdialog.h"
#include "inventorypage.h"
#include "newsaledialog.h"
#include "productdialog.h"
#include "store.h"
#include "mainwindow.h"
#include "screenpage.h"

#include <QApplication>
#include <QLineEdit>
#include <QDir>
#include <QPixmap>
#include <QTableView>
#include <QTextStream>
#include <QThread>

namespace Screenshots {

namespace {

void settle()
{
    for (int i = 0; i < 20; ++i) {
        QApplication::processEvents();
        QThread::msleep(10);
    }
}

bool save(QWidget &widget, const QString &dir, const char *name, QTextStream &out)
{
    widget.show();
    settle();
    const QString path = QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png"));
    if (!widget.grab().save(path)) {
        out << "could not write " << path << Qt::endl;
        return false;
    }
    out << "wrote " << path << Qt::endl;
    return true;
}

} // namespace

int run(MainWindow &window, Store &store, const QString &dir)
{
    QDir().mkpath(dir);
    const struct
    {
        int index;
        const char *name;
        int row;
    } shots[] = {{MainWindow::ProductsIndex, "products", 2}, {MainWindow::InventoryIndex, "inventory", 1},
                 {MainWindow::SalesIndex, "sales", 0},       {MainWindow::CustomersIndex, "customers", 0},
                 {MainWindow::DashboardIndex, "dashboard", -1}, {MainWindow::AnalyticsIndex, "analytics", -1}};
    QTextStream out(stdout);
    for (const auto &shot : shots) {
        ScreenPage *page = window.showPage(shot.index);
        if (QTableView *table = page->mainTable(); table && shot.row >= 0 && table->model()->rowCount() > shot.row) {
            table->setCurrentIndex(table->model()->index(shot.row, 1));
            table->selectRow(shot.row);
        }
        if (!save(window, dir, shot.name, out))
            return 1;
    }

    const QList<Product> products = store.products().list();
    if (products.size() < 2)
        return 0;
    ProductDialog product(store, 0, products.first().categoryId, &window);
    product.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Trail Running Shoes"));
    product.findChild<QLineEdit *>(QStringLiteral("sku"))->setText(products.first().sku);
    product.findChild<QLineEdit *>(QStringLiteral("price"))->setText(QStringLiteral("-5"));
    product.accept(); // refused by the service: the errors show beside their fields
    if (!save(product, dir, "dialog-product", out))
        return 1;
    product.hide();

    AdjustStockDialog adjust(store, store.inventory().forProduct(products.at(1).id).value(0).id, &window);
    adjust.setAmount(24);
    adjust.setReason(QStringLiteral("received"));
    adjust.setNote(QStringLiteral("delivery 4711"));
    if (!save(adjust, dir, "dialog-adjust-stock", out))
        return 1;
    adjust.hide();

    NewSaleDialog sale(store, &window);
    sale.setPlatform(QStringLiteral("Shopify"));
    sale.addLine(products.at(0).id, 2, QStringLiteral("3.00"));
    sale.addLine(products.at(1).id, 1);
    if (!save(sale, dir, "dialog-new-sale", out))
        return 1;
    sale.hide();
    return 0;
}

} // namespace Screenshots
