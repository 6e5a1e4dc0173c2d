// SPDX-License-Identifier: MIT
#include "customerdialog.h"

#include "formerrors.h"
#include "store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

CustomerDialog::CustomerDialog(Store &store, qint64 customerId, QWidget *parent)
    : QDialog(parent), m_store(store), m_customerId(customerId)
{
    setWindowTitle(customerId ? tr("Edit customer") : tr("New customer"));
    setMinimumWidth(420);
    auto *general = new QLabel(this);
    m_errors = std::make_unique<FormErrors>(general);
    auto line = [this](const QString &name, const QString &accessible) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        return edit;
    };
    m_name = line(QStringLiteral("name"), tr("Customer name"));
    m_email = line(QStringLiteral("email"), tr("E-mail address"));
    m_phone = line(QStringLiteral("phone"), tr("Phone number"));
    m_address = new QPlainTextEdit(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setAccessibleName(tr("Postal address"));
    m_address->setFixedHeight(70);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_errors->makeLabel(QStringLiteral("name"), m_name));
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(QString(), m_errors->makeLabel(QStringLiteral("email"), m_email));
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(QString(), m_errors->makeLabel(QStringLiteral("phone"), m_phone));
    form->addRow(tr("&Address:"), m_address);
    form->addRow(QString(), m_errors->makeLabel(QStringLiteral("address"), m_address));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);

    if (customerId) {
        try {
            const Customer c = store.customers().get(customerId);
            m_name->setText(c.name);
            m_email->setText(c.email);
            m_phone->setText(c.phone);
            m_address->setPlainText(c.address);
        } catch (const StoreError &e) {
            m_errors->showField(QString(), e.message());
        }
    }
}

CustomerDialog::~CustomerDialog() = default;

void CustomerDialog::accept()
{
    m_errors->clear();
    try {
        if (m_customerId) {
            CustomerPatch patch;
            patch.name = m_name->text();
            patch.email = m_email->text();
            patch.phone = m_phone->text();
            patch.address = m_address->toPlainText();
            m_saved = m_store.customers().update(m_customerId, patch);
        } else {
            m_saved = m_store.customers().create({m_name->text(), m_email->text(), m_phone->text(), m_address->toPlainText()});
        }
    } catch (const StoreError &e) {
        m_errors->show(e);
        return;
    }
    QDialog::accept();
}
