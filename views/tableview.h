// SPDX-License-Identifier: MIT
#pragma once

#include <QTableView>

#include <functional>

/**
 * The table every StoreDesk screen uses: whole-row selection, sorting handed to the model
 * (which sorts in SQL), fixed row heights (cheap over millions of rows), columns hidden by
 * field name, Ctrl+C copies the selected rows, and a context menu with Copy and Export CSV.
 */
class TableView : public QTableView
{
    Q_OBJECT

public:
    explicit TableView(QWidget *parent = nullptr);

    /** Hides the columns whose header field name (see fieldLookup) is in @p fields. */
    void hideFields(const QStringList &fields);
    /** The currently selected rows, ascending. */
    QList<int> selectedRows() const;
    /** The current row, -1 if none. */
    int currentRow() const;

    /** Selected rows as tab-separated text with a header line (what Copy puts on the clipboard). */
    QString selectedText() const;
    /** Puts the selected rows on the clipboard: tab-separated text and text/csv. */
    void copySelection();
    /** Asks for a file and writes the whole table as CSV (RFC 4180, UTF-8); false if cancelled or failed. */
    bool exportCsv(const QString &suggestedName);

    /** How a model column is named: set by the page (e.g. SqlTableModel::fieldIndex). */
    std::function<int(const QString &)> fieldLookup;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QStringList m_hiddenFields;
};
