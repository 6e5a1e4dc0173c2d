// SPDX-License-Identifier: MIT
#pragma once

#include "entities.h"

#include <QDialog>

#include <memory>
#include <optional>

class FormErrors;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class Store;

/**
 * Records an order through SalesService: customer or walk-in, platform, products picked by name
 * or SKU with quantities and line discounts, a live total. The service checks stock when saving:
 * if any line lacks stock it refuses the whole order, writes nothing, and the dialog shows why.
 */
class NewSaleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewSaleDialog(Store &store, QWidget *parent = nullptr);
    ~NewSaleDialog() override;

    /** 0 = walk-in. */
    void setCustomerId(qint64 id);
    void setPlatform(const QString &platform);
    /** Adds a line as the Add button does (unit price = the product's price). False if the product is unknown or the discount unreadable. */
    bool addLine(qint64 productId, qint64 quantity, const QString &discount = QString());
    int lineCount() const;
    /** The stock warning shown under the lines ("" when every line is covered). */
    QString stockWarning() const;
    /** The live total in cents. */
    qint64 totalCents() const;
    QString totalText() const;

    const Sale &saved() const { return m_saved; }
    const FormErrors &errors() const { return *m_errors; }
    void accept() override;

private:
    struct Line
    {
        Product product;
        qint64 quantity = 0;
        Money discount;
    };
    void addPickedLine();
    void removeSelectedLine();
    void showStock();
    void rebuildLines();
    /** The stock the order would draw @p productId from, as the service picks it (nullopt: none). */
    std::optional<InventoryItem> sourceRow(qint64 productId) const;
    /** Warns (without refusing: the service decides on saving) when the lines ask for more than that row holds. */
    void checkStock();

    Store &m_store;
    Sale m_saved;
    QList<Product> m_products;
    QList<Line> m_lines;
    QComboBox *m_customer;
    QComboBox *m_platform;
    QComboBox *m_product;
    QSpinBox *m_quantity;
    QLineEdit *m_discount;
    QLabel *m_stock;
    QTableWidget *m_table;
    QLabel *m_total;
    QLabel *m_stockWarning;
    std::unique_ptr<FormErrors> m_errors;
};
