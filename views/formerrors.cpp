// SPDX-License-Identifier: MIT
#include "formerrors.h"

#include "storeerror.h"

#include <QLabel>
#include <QWidget>

namespace {

void style(QLabel *label)
{
    label->setStyleSheet(QStringLiteral("color: #b42318;"));
    label->setWordWrap(true);
    label->setVisible(false);
}

} // namespace

FormErrors::FormErrors(QLabel *general) : m_general(general)
{
    m_general->setObjectName(QStringLiteral("error_general"));
    style(m_general);
}

void FormErrors::addField(const QString &field, QWidget *input, QLabel *label)
{
    style(label);
    m_fields.insert(field, {input, label});
}

QLabel *FormErrors::makeLabel(const QString &field, QWidget *input)
{
    auto *label = new QLabel(input ? input->parentWidget() : nullptr);
    label->setObjectName(QStringLiteral("error_") + field);
    label->setAccessibleName(QObject::tr("Error for %1").arg(field));
    addField(field, input, label);
    return label;
}

void FormErrors::clear()
{
    for (const Entry &entry : std::as_const(m_fields)) {
        entry.label->clear();
        entry.label->setVisible(false);
    }
    m_general->clear();
    m_general->setVisible(false);
}

void FormErrors::showField(const QString &field, const QString &message)
{
    QLabel *label = m_general;
    QWidget *input = nullptr;
    if (auto it = m_fields.constFind(field); it != m_fields.cend()) {
        label = it->label;
        input = it->input;
    }
    const QString text = label->text().isEmpty() ? message : label->text() + u'\n' + message;
    label->setText(text);
    label->setVisible(true);
    if (input && input->isVisible())
        input->setFocus();
}

void FormErrors::show(const StoreError &error)
{
    clear();
    if (!error.fieldErrors().isEmpty()) {
        for (const FieldError &f : error.fieldErrors()) {
            const QString field = f.loc.isEmpty() ? QString() : f.loc.constLast();
            // Errors inside a list ("items", "2", "quantity") are shown in the general line with their place.
            if (m_fields.contains(field))
                showField(field, f.msg);
            else
                showField(QString(), f.loc.join(u'.') + QStringLiteral(": ") + f.msg);
        }
        return;
    }
    showField(fieldForCode(error.code()), error.message());
}

QString FormErrors::text(const QString &field) const
{
    if (field.isEmpty())
        return m_general->text();
    return m_fields.value(field).label ? m_fields.value(field).label->text() : QString();
}

QString FormErrors::fieldForCode(const QString &code)
{
    if (code == u"duplicate_sku")
        return QStringLiteral("sku");
    if (code == u"duplicate_name")
        return QStringLiteral("name");
    if (code == u"duplicate_email")
        return QStringLiteral("email");
    if (code == u"category_not_found")
        return QStringLiteral("category_id");
    if (code == u"duplicate_order_number")
        return QStringLiteral("order_number");
    return {};
}
