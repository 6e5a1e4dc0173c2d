// SPDX-License-Identifier: MIT
#pragma once

#include "entities.h"

#include <QDialog>

#include <memory>

class FormErrors;
class QLineEdit;
class QPlainTextEdit;
class Store;

/** Adds or renames a category through CategoryService; its errors (empty or duplicate name) show inline. */
class CategoryDialog : public QDialog
{
    Q_OBJECT

public:
    /** Edits @p categoryId, or adds a category when it is 0. */
    CategoryDialog(Store &store, qint64 categoryId, QWidget *parent = nullptr);
    ~CategoryDialog() override;

    const Category &saved() const { return m_saved; }
    const FormErrors &errors() const { return *m_errors; }
    void accept() override;

private:
    Store &m_store;
    qint64 m_categoryId;
    Category m_saved;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    std::unique_ptr<FormErrors> m_errors;
};
