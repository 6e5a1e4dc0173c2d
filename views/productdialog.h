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
class QPlainTextEdit;
class QSpinBox;
class Store;

/**
 * Adds or edits a product through ProductService. The service checks the rules (unique SKU,
 * price ≥ 0, category required); its errors appear under the fields they concern and the
 * dialog stays open.
 */
class ProductDialog : public QDialog
{
    Q_OBJECT

public:
    /** Edits @p productId, or adds a product when it is 0 (preselecting @p categoryId). */
    ProductDialog(Store &store, qint64 productId, qint64 categoryId = 0, QWidget *parent = nullptr);
    ~ProductDialog() override;

    /** The product saved by the last successful accept. */
    const Product &saved() const { return m_saved; }
    const FormErrors &errors() const { return *m_errors; }

    void accept() override;

private:
    Store &m_store;
    qint64 m_productId;
    Product m_saved;
    QLineEdit *m_name;
    QLineEdit *m_sku;
    QLineEdit *m_price;
    QComboBox *m_category;
    QSpinBox *m_initialQuantity = nullptr;
    QPlainTextEdit *m_description;
    std::unique_ptr<FormErrors> m_errors;
};
