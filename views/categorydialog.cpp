// SPDX-License-Identifier: MIT
#include "categorydialog.h"

#include "formerrors.h"
#include "store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

CategoryDialog::CategoryDialog(Store &store, qint64 categoryId, QWidget *parent)
    : QDialog(parent), m_store(store), m_categoryId(categoryId)
{
    setWindowTitle(categoryId ? tr("Edit category") : tr("New category"));
    setMinimumWidth(380);
    auto *general = new QLabel(this);
    m_errors = std::make_unique<FormErrors>(general);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Category name"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setFixedHeight(70);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_errors->makeLabel(QStringLiteral("name"), m_name));
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), m_errors->makeLabel(QStringLiteral("description"), m_description));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CategoryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CategoryDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);

    if (categoryId) {
        try {
            const Category c = store.categories().get(categoryId);
            m_name->setText(c.name);
            m_description->setPlainText(c.description);
        } catch (const StoreError &e) {
            m_errors->showField(QString(), e.message());
        }
    }
}

CategoryDialog::~CategoryDialog() = default;

void CategoryDialog::accept()
{
    m_errors->clear();
    try {
        if (m_categoryId) {
            CategoryPatch patch;
            patch.name = m_name->text();
            patch.description = m_description->toPlainText();
            m_saved = m_store.categories().update(m_categoryId, patch);
        } else {
            m_saved = m_store.categories().create({m_name->text(), m_description->toPlainText()});
        }
    } catch (const StoreError &e) {
        m_errors->show(e);
        return;
    }
    QDialog::accept();
}
