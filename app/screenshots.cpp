// SPDX-License-Identifier: MIT
#include "screenshots.h"

#include "inventorypage.h"
#include "mainwindow.h"
#include "screenpage.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTableView>
#include <QTextStream>
#include <QThread>

namespace Screenshots {

int run(MainWindow &window, const QString &dir)
{
    QDir().mkpath(dir);
    const struct
    {
        int index;
        const char *name;
        int row;
    } shots[] = {{MainWindow::ProductsIndex, "products", 2}, {MainWindow::InventoryIndex, "inventory", 1},
                 {MainWindow::SalesIndex, "sales", 0},       {MainWindow::CustomersIndex, "customers", 0},
                 {MainWindow::DashboardIndex, "dashboard", -1}};
    QTextStream out(stdout);
    for (const auto &shot : shots) {
        ScreenPage *page = window.showPage(shot.index);
        if (QTableView *table = page->mainTable(); table && shot.row >= 0 && table->model()->rowCount() > shot.row) {
            table->setCurrentIndex(table->model()->index(shot.row, 1));
            table->selectRow(shot.row);
        }
        for (int i = 0; i < 20; ++i) {
            QApplication::processEvents();
            QThread::msleep(10);
        }
        const QString path = QDir(dir).filePath(QString::fromLatin1(shot.name) + QStringLiteral(".png"));
        if (!window.grab().save(path)) {
            out << "could not write " << path << Qt::endl;
            return 1;
        }
        out << "wrote " << path << Qt::endl;
    }
    return 0;
}

} // namespace Screenshots
