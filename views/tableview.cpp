// SPDX-License-Identifier: MIT
#include "tableview.h"

#include "csv.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

TableView::TableView(QWidget *parent) : QTableView(parent)
{
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultSectionSize(120);
    horizontalHeader()->setSectionsMovable(true);
    setContextMenuPolicy(Qt::DefaultContextMenu);
}

void TableView::hideFields(const QStringList &fields)
{
    m_hiddenFields = fields;
    if (!model() || !fieldLookup)
        return;
    for (int c = 0; c < model()->columnCount(); ++c)
        setColumnHidden(c, false);
    for (const QString &field : fields) {
        const int column = fieldLookup(field);
        if (column >= 0)
            setColumnHidden(column, true);
    }
}

QList<int> TableView::selectedRows() const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    const QModelIndexList selected = selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

int TableView::currentRow() const
{
    const QModelIndex index = currentIndex();
    if (index.isValid())
        return index.row();
    const QList<int> rows = selectedRows();
    return rows.isEmpty() ? -1 : rows.first();
}

QString TableView::selectedText() const
{
    const QList<int> rows = selectedRows();
    if (!model() || rows.isEmpty())
        return {};
    QList<int> columns;
    for (int c = 0; c < model()->columnCount(); ++c) {
        if (!isColumnHidden(c))
            columns << c;
    }
    std::sort(columns.begin(), columns.end(), [this](int a, int b) {
        return horizontalHeader()->visualIndex(a) < horizontalHeader()->visualIndex(b);
    });
    auto clean = [](QString text) { return text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' '); };
    QStringList lines;
    QStringList header;
    for (int c : columns)
        header << clean(model()->headerData(c, Qt::Horizontal).toString());
    lines << header.join(u'\t');
    for (int r : rows) {
        QStringList fields;
        for (int c : columns)
            fields << clean(model()->index(r, c).data().toString());
        lines << fields.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

void TableView::copySelection()
{
    const QList<int> rows = selectedRows();
    if (!model() || rows.isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setText(selectedText());
    mime->setData(QStringLiteral("text/csv"), Csv::toText(*model(), rows).toUtf8());
    QApplication::clipboard()->setMimeData(mime);
}

bool TableView::exportCsv(const QString &suggestedName)
{
    if (!model())
        return false;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), folder + u'/' + suggestedName + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = file.open(QIODevice::WriteOnly) && Csv::write(*model(), file) && file.commit();
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(this, tr("Export CSV"), tr("Could not write %1: %2").arg(path, file.errorString()));
    return ok;
}

void TableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void TableView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("&Copy rows"), this, &TableView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(!selectedRows().isEmpty());
    menu.addAction(tr("&Export CSV…"), this, [this] { exportCsv(QStringLiteral("storedesk")); });
    menu.exec(event->globalPos());
}
