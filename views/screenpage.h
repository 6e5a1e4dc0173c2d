// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QTableView;

/**
 * What every screen offers the main window: reload from the database, and the common actions
 * on its main table (new, edit, delete, export, copy). A page that lacks an action ignores it.
 */
class ScreenPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    /** Re-reads the page's data from the database, keeping the selection where possible. */
    virtual void refresh() = 0;
    /** The page's main table (export and copy act on it). */
    virtual QTableView *mainTable() const = 0;
    virtual void newItem() {}
    virtual void editItem() {}
    virtual void deleteItem() {}
    /** Which of the actions above the page offers. */
    virtual bool canCreate() const { return false; }
    virtual bool canDelete() const { return false; }

signals:
    /** Data changed through this page (other pages may want to refresh). */
    void dataChanged();
    /** A message for the status bar. */
    void statusMessage(const QString &text);
};
