// SPDX-License-Identifier: MIT
#pragma once

#include "entities.h"

#include <QDialog>

#include <memory>

class FormErrors;
class QLineEdit;
class QPlainTextEdit;
class Store;

/** Adds or edits a customer through CustomerService; its errors (name required, e-mail shape or duplicate) show inline. */
class CustomerDialog : public QDialog
{
    Q_OBJECT

public:
    CustomerDialog(Store &store, qint64 customerId, QWidget *parent = nullptr);
    ~CustomerDialog() override;

    const Customer &saved() const { return m_saved; }
    const FormErrors &errors() const { return *m_errors; }
    void accept() override;

private:
    Store &m_store;
    qint64 m_customerId;
    Customer m_saved;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QPlainTextEdit *m_address;
    std::unique_ptr<FormErrors> m_errors;
};
