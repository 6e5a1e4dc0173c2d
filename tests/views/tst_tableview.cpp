// SPDX-License-Identifier: MIT
#include "csv.h"
#include "tableview.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QStandardItemModel>
#include <QTest>

/** The table every screen uses: copy of the selected rows, columns hidden by field name. */
class TestTableView : public QObject
{
    Q_OBJECT

private slots:
    void copiesSelectedRowsAsTextAndCsv();
    void hidesColumnsByFieldName();
};

namespace {

void fill(QStandardItemModel &model)
{
    model.setHorizontalHeaderLabels({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("price")});
    model.appendRow({new QStandardItem(QStringLiteral("1")), new QStandardItem(QStringLiteral("Drill")), new QStandardItem(QStringLiteral("49.99"))});
    model.appendRow({new QStandardItem(QStringLiteral("2")), new QStandardItem(QStringLiteral("Saw, \"pro\"")), new QStandardItem(QStringLiteral("19.50"))});
    model.appendRow({new QStandardItem(QStringLiteral("3")), new QStandardItem(QStringLiteral("Two\nlines")), new QStandardItem(QStringLiteral("1.00"))});
}

} // namespace

void TestTableView::copiesSelectedRowsAsTextAndCsv()
{
    QStandardItemModel model;
    fill(model);
    TableView view;
    view.setSortingEnabled(false);
    view.setModel(&model);
    view.selectionModel()->select(model.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view.selectionModel()->select(model.index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(view.selectedRows(), (QList<int>{1, 2}));
    view.copySelection();
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), QStringLiteral("id\tname\tprice\n2\tSaw, \"pro\"\t19.50\n3\tTwo lines\t1.00\n"));
    const QList<QStringList> csv = Csv::parse(QString::fromUtf8(mime->data(QStringLiteral("text/csv"))));
    QCOMPARE(csv.size(), 3);
    QCOMPARE(csv.at(1).at(1), QStringLiteral("Saw, \"pro\""));
    QCOMPARE(csv.at(2).at(1), QStringLiteral("Two\nlines"));
}

void TestTableView::hidesColumnsByFieldName()
{
    QStandardItemModel model;
    fill(model);
    TableView view;
    view.setModel(&model);
    view.fieldLookup = [&model](const QString &field) {
        for (int c = 0; c < model.columnCount(); ++c) {
            if (model.headerData(c, Qt::Horizontal).toString() == field)
                return c;
        }
        return -1;
    };
    view.hideFields({QStringLiteral("id"), QStringLiteral("no such field")});
    QVERIFY(view.isColumnHidden(0));
    QVERIFY(!view.isColumnHidden(1));
    view.selectRow(0);
    QCOMPARE(view.selectedText(), QStringLiteral("name\tprice\nDrill\t49.99\n")); // hidden columns are not copied
}

QTEST_MAIN(TestTableView)
#include "tst_tableview.moc"
