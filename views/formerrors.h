// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

class QLabel;
class QWidget;
class StoreError;

/**
 * Shows a service's StoreError inside a form: each FieldError under the field its loc names
 * (the last loc element, e.g. "price"), conflicts with a known code (duplicate SKU, name or
 * e-mail) under their field, anything else in the form's general error line. The rules and
 * messages come from the services; the form only places them.
 */
class FormErrors
{
public:
    /** @p general is the line for errors that belong to no single field. */
    explicit FormErrors(QLabel *general);

    /** Registers @p field with its input (focused on error) and error label (hidden until needed). */
    void addField(const QString &field, QWidget *input, QLabel *label);
    /** Creates a red error label named "error_<field>" for @p field, registered and returned. */
    QLabel *makeLabel(const QString &field, QWidget *input);
    void clear();
    /** Places @p error's messages. */
    void show(const StoreError &error);
    /** Shows @p message under @p field (or in the general line for an unknown field). */
    void showField(const QString &field, const QString &message);
    /** The text shown for @p field ("" for the general line when @p field is empty). */
    QString text(const QString &field) const;

    /** The field a conflict code belongs to ("duplicate_sku" → "sku"), empty if none. */
    static QString fieldForCode(const QString &code);

private:
    struct Entry
    {
        QWidget *input = nullptr;
        QLabel *label = nullptr;
    };
    QLabel *m_general;
    QHash<QString, Entry> m_fields;
};
