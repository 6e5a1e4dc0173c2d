// SPDX-License-Identifier: MIT
#include "productdialog.h"

#include "formerrors.h"
#include "store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QWidget *withError(QWidget *input, QLabel *error)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    input->setParent(box);
    error->setParent(box);
    layout->addWidget(input);
    layout->addWidget(error);
    return box;
}

} // namespace

ProductDialog::ProductDialog(Store &store, qint64 productId, qint64 categoryId, QWidget *parent)
    : QDialog(parent), m_store(store), m_productId(productId)
{
    setWindowTitle(productId ? tr("Edit product") : tr("New product"));
    setMinimumWidth(460);
    auto *general = new QLabel(this);
    m_errors = std::make_unique<FormErrors>(general);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Product name"));
    m_sku = new QLineEdit;
    m_sku->setObjectName(QStringLiteral("sku"));
    m_sku->setAccessibleName(tr("SKU"));
    m_sku->setPlaceholderText(tr("Generated when left empty"));
    m_price = new QLineEdit;
    m_price->setObjectName(QStringLiteral("price"));
    m_price->setAccessibleName(tr("Price"));
    m_price->setPlaceholderText(tr("e.g. 19.99 (%1)").arg(store.config().currency));
    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("— choose a category —"), qint64(0));
    try {
        CategoryFilter filter;
        filter.page.limit = 1000;
        for (const Category &c : store.categories().list(filter))
            m_category->addItem(c.name, c.id);
    } catch (const StoreError &e) {
        m_errors->showField(QString(), e.message());
    }
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setFixedHeight(80);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), withError(m_name, m_errors->makeLabel(QStringLiteral("name"), m_name)));
    form->addRow(tr("&SKU:"), withError(m_sku, m_errors->makeLabel(QStringLiteral("sku"), m_sku)));
    form->addRow(tr("&Price:"), withError(m_price, m_errors->makeLabel(QStringLiteral("price"), m_price)));
    form->addRow(tr("&Category:"), withError(m_category, m_errors->makeLabel(QStringLiteral("category_id"), m_category)));
    if (!productId) {
        m_initialQuantity = new QSpinBox;
        m_initialQuantity->setObjectName(QStringLiteral("initialQuantity"));
        m_initialQuantity->setAccessibleName(tr("Initial stock"));
        m_initialQuantity->setRange(0, 1'000'000'000);
        form->addRow(tr("Initial &stock:"),
                     withError(m_initialQuantity, m_errors->makeLabel(QStringLiteral("initial_quantity"), m_initialQuantity)));
    }
    form->addRow(tr("&Description:"), withError(m_description, m_errors->makeLabel(QStringLiteral("description"), m_description)));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProductDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);

    if (productId) {
        try {
            const Product p = store.products().get(productId);
            m_name->setText(p.name);
            m_sku->setText(p.sku);
            m_price->setText(p.price.toString());
            m_category->setCurrentIndex(std::max(0, m_category->findData(p.categoryId)));
            m_description->setPlainText(p.description);
        } catch (const StoreError &e) {
            m_errors->showField(QString(), e.message());
        }
    } else if (categoryId) {
        m_category->setCurrentIndex(std::max(0, m_category->findData(categoryId)));
    }
}

ProductDialog::~ProductDialog() = default;

void ProductDialog::accept()
{
    m_errors->clear();
    // Turning the typed text into an amount is the form's job; whether the amount is allowed is the service's.
    std::optional<Money> price;
    if (!m_price->text().trimmed().isEmpty()) {
        price = Money::parse(m_price->text().trimmed());
        if (!price) {
            m_errors->showField(QStringLiteral("price"), tr("Enter an amount such as 19.99"));
            return;
        }
    }
    try {
        if (m_productId) {
            ProductPatch patch;
            patch.name = m_name->text();
            patch.sku = m_sku->text();
            patch.price = price.value_or(Money());
            patch.categoryId = m_category->currentData().toLongLong();
            patch.description = m_description->toPlainText();
            m_saved = m_store.products().update(m_productId, patch);
        } else {
            ProductInput input;
            input.name = m_name->text();
            input.sku = m_sku->text();
            input.price = price.value_or(Money());
            input.categoryId = m_category->currentData().toLongLong();
            input.description = m_description->toPlainText();
            if (m_initialQuantity && m_initialQuantity->value() > 0)
                input.initialQuantity = m_initialQuantity->value();
            m_saved = m_store.products().create(input);
        }
    } catch (const StoreError &e) {
        m_errors->show(e);
        return;
    }
    QDialog::accept();
}
