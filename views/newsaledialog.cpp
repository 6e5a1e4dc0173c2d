// SPDX-License-Identifier: MIT
#include "newsaledialog.h"

#include "formerrors.h"
#include "moneyformat.h"
#include "salesservice.h"
#include "store.h"

#include <QComboBox>
#include <QHash>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

void searchable(QComboBox *combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

} // namespace

NewSaleDialog::NewSaleDialog(Store &store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("New sale"));
    resize(720, 520);
    auto *general = new QLabel(this);
    m_errors = std::make_unique<FormErrors>(general);

    m_customer = new QComboBox(this);
    m_customer->setObjectName(QStringLiteral("customer"));
    m_customer->setAccessibleName(tr("Customer"));
    m_customer->addItem(tr("Walk-in customer"), qint64(0));
    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("platform"));
    m_platform->setAccessibleName(tr("Sales platform"));
    m_platform->setEditable(true);
    m_platform->addItems(SalesService::knownPlatforms());
    m_product = new QComboBox(this);
    m_product->setObjectName(QStringLiteral("product"));
    m_product->setAccessibleName(tr("Product (type a name or SKU)"));
    m_product->setMinimumWidth(280);
    try {
        CustomerFilter customers;
        customers.sortColumn = QStringLiteral("name");
        customers.page.limit = 1000;
        for (const Customer &c : store.customers().list(customers))
            m_customer->addItem(c.email.isEmpty() ? c.name : tr("%1 <%2>").arg(c.name, c.email), c.id);
        ProductFilter products;
        products.sortColumn = QStringLiteral("name");
        products.page.limit = 1000;
        m_products = store.products().list(products);
        for (const Product &p : std::as_const(m_products))
            m_product->addItem(tr("%1 (%2)").arg(p.name, p.sku), p.id);
    } catch (const StoreError &e) {
        m_errors->showField(QString(), e.message());
    }
    searchable(m_customer);
    searchable(m_product);
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_quantity->setAccessibleName(tr("Quantity"));
    m_quantity->setRange(1, 1'000'000);
    m_discount = new QLineEdit(this);
    m_discount->setObjectName(QStringLiteral("discount"));
    m_discount->setAccessibleName(tr("Line discount"));
    m_discount->setPlaceholderText(tr("Discount, e.g. 2.50"));
    m_discount->setMaximumWidth(140);
    auto *add = new QPushButton(tr("&Add line"), this);
    add->setAccessibleName(tr("Add line"));
    m_stock = new QLabel(this);
    m_stock->setObjectName(QStringLiteral("stock"));

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("lines"));
    m_table->setAccessibleName(tr("Order lines"));
    m_table->setHorizontalHeaderLabels({tr("Product"), tr("SKU"), tr("Qty"), tr("Unit price"), tr("Discount"), tr("Line total")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *remove = new QPushButton(tr("&Remove line"), this);
    remove->setAccessibleName(tr("Remove line"));
    m_stockWarning = new QLabel(this);
    m_stockWarning->setObjectName(QStringLiteral("stockWarning"));
    m_stockWarning->setStyleSheet(QStringLiteral("color: #9a6700;"));
    m_stockWarning->setWordWrap(true);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("total"));
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_total->setFont(big);

    auto *form = new QFormLayout;
    form->addRow(tr("&Customer:"), m_customer);
    form->addRow(tr("&Platform:"), m_platform);
    form->addRow(QString(), m_errors->makeLabel(QStringLiteral("platform"), m_platform));
    auto *pick = new QHBoxLayout;
    pick->addWidget(m_product, 1);
    pick->addWidget(new QLabel(tr("Qty:"), this));
    pick->addWidget(m_quantity);
    pick->addWidget(m_discount);
    pick->addWidget(add);
    auto *productLabel = new QLabel(tr("P&roduct:"), this);
    productLabel->setBuddy(m_product);
    form->addRow(productLabel, pick);
    form->addRow(QString(), m_stock);
    auto *footer = new QHBoxLayout;
    footer->addWidget(remove);
    footer->addStretch();
    footer->addWidget(m_total);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Record sale"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewSaleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewSaleDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);
    layout->addWidget(m_stockWarning);
    layout->addWidget(m_errors->makeLabel(QStringLiteral("items"), m_table));
    layout->addWidget(general);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &NewSaleDialog::addPickedLine);
    connect(remove, &QPushButton::clicked, this, &NewSaleDialog::removeSelectedLine);
    connect(m_product, &QComboBox::currentIndexChanged, this, &NewSaleDialog::showStock);
    connect(m_platform, &QComboBox::currentTextChanged, this, &NewSaleDialog::showStock);
    connect(m_platform, &QComboBox::currentTextChanged, this, &NewSaleDialog::checkStock);
    showStock();
    rebuildLines();
}

NewSaleDialog::~NewSaleDialog() = default;

void NewSaleDialog::setCustomerId(qint64 id)
{
    m_customer->setCurrentIndex(std::max(0, m_customer->findData(id)));
}

void NewSaleDialog::setPlatform(const QString &platform)
{
    m_platform->setCurrentText(platform);
}

std::optional<InventoryItem> NewSaleDialog::sourceRow(qint64 productId) const
{
    try {
        return m_store.database().read(
            [&](Connection &c) { return m_store.inventory().saleSourceIn(c, productId, m_platform->currentText().trimmed()); });
    } catch (const StoreError &) {
        return std::nullopt;
    }
}

void NewSaleDialog::showStock()
{
    const qint64 productId = m_product->currentData().toLongLong();
    if (!productId) {
        m_stock->clear();
        return;
    }
    const std::optional<InventoryItem> row = sourceRow(productId);
    if (!row) {
        m_stock->setText(tr("No stock row this order could draw on"));
        return;
    }
    m_stock->setText(tr("Available for this order: %1 (%2%3)")
                         .arg(row->quantity)
                         .arg(row->location, row->channel.isEmpty() ? QString() : QStringLiteral(" / ") + row->channel));
}

void NewSaleDialog::checkStock()
{
    QHash<qint64, qint64> wanted;
    for (const Line &line : std::as_const(m_lines))
        wanted[line.product.id] += line.quantity;
    QStringList short_;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const std::optional<InventoryItem> row = sourceRow(it.key());
        const qint64 available = row ? row->quantity : 0;
        if (it.value() > available) {
            const auto product = std::find_if(m_lines.cbegin(), m_lines.cend(), [&](const Line &l) { return l.product.id == it.key(); });
            short_ << tr("%1: %2 ordered, %3 available").arg(product->product.name).arg(it.value()).arg(available);
        }
    }
    m_stockWarning->setText(short_.isEmpty() ? QString() : tr("Not enough stock — %1").arg(short_.join(QStringLiteral("; "))));
    m_stockWarning->setVisible(!short_.isEmpty());
}

QString NewSaleDialog::stockWarning() const
{
    return m_stockWarning->text();
}

bool NewSaleDialog::addLine(qint64 productId, qint64 quantity, const QString &discount)
{
    const auto it = std::find_if(m_products.cbegin(), m_products.cend(), [&](const Product &p) { return p.id == productId; });
    if (it == m_products.cend())
        return false;
    Line line;
    line.product = *it;
    line.quantity = quantity;
    if (!discount.trimmed().isEmpty()) {
        const std::optional<Money> amount = Money::parse(discount.trimmed());
        if (!amount) {
            m_errors->showField(QStringLiteral("items"), tr("Enter the discount as an amount such as 2.50"));
            return false;
        }
        line.discount = *amount;
    }
    m_lines << line;
    rebuildLines();
    return true;
}

void NewSaleDialog::addPickedLine()
{
    m_errors->clear();
    if (addLine(m_product->currentData().toLongLong(), m_quantity->value(), m_discount->text())) {
        m_discount->clear();
        m_quantity->setValue(1);
    }
}

void NewSaleDialog::removeSelectedLine()
{
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_lines.size()) {
        m_lines.removeAt(row);
        rebuildLines();
    }
}

int NewSaleDialog::lineCount() const
{
    return int(m_lines.size());
}

qint64 NewSaleDialog::totalCents() const
{
    // A preview only: the service computes the stored total.
    Money total;
    for (const Line &line : m_lines)
        total += line.product.price * line.quantity - line.discount;
    return total.cents();
}

QString NewSaleDialog::totalText() const
{
    return m_total->text();
}

void NewSaleDialog::rebuildLines()
{
    const QString currency = m_store.config().currency;
    m_table->setRowCount(int(m_lines.size()));
    for (int r = 0; r < m_lines.size(); ++r) {
        const Line &line = m_lines.at(r);
        const Money lineTotal = line.product.price * line.quantity - line.discount;
        const QStringList cells{line.product.name,
                                line.product.sku,
                                QString::number(line.quantity),
                                MoneyFormat::format(line.product.price.cents(), currency),
                                MoneyFormat::format(line.discount.cents(), currency),
                                MoneyFormat::format(lineTotal.cents(), currency)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_total->setText(tr("Total: %1").arg(MoneyFormat::format(totalCents(), currency)));
    checkStock();
}

void NewSaleDialog::accept()
{
    m_errors->clear();
    SaleInput input;
    if (const qint64 customer = m_customer->currentData().toLongLong(); customer > 0 && m_customer->currentIndex() > 0)
        input.customerId = customer;
    input.platform = m_platform->currentText();
    for (const Line &line : std::as_const(m_lines)) {
        SaleItemInput item;
        item.productId = line.product.id;
        item.quantity = line.quantity;
        item.discount = line.discount;
        input.items << item;
    }
    try {
        m_saved = m_store.sales().create(input);
    } catch (const StoreError &e) {
        m_errors->show(e);
        return;
    }
    QDialog::accept();
}
