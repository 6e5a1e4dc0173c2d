// SPDX-License-Identifier: MIT
#include "adjuststockdialog.h"

#include "formerrors.h"
#include "inventoryservice.h"
#include "store.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace {

// The reasons InventoryService offers, listed for the translators (shown with tr(), stored as is).
[[maybe_unused]] const char *const s_reasonTexts[] = {
    QT_TRANSLATE_NOOP("AdjustStockDialog", "received"),    QT_TRANSLATE_NOOP("AdjustStockDialog", "sold"),
    QT_TRANSLATE_NOOP("AdjustStockDialog", "returned"),    QT_TRANSLATE_NOOP("AdjustStockDialog", "damaged"),
    QT_TRANSLATE_NOOP("AdjustStockDialog", "stock count"), QT_TRANSLATE_NOOP("AdjustStockDialog", "correction"),
    QT_TRANSLATE_NOOP("AdjustStockDialog", "transfer"),
};

} // namespace

AdjustStockDialog::AdjustStockDialog(Store &store, qint64 inventoryId, QWidget *parent)
    : QDialog(parent), m_store(store), m_inventoryId(inventoryId)
{
    setWindowTitle(tr("Adjust stock"));
    setMinimumWidth(420);
    auto *general = new QLabel(this);
    m_errors = std::make_unique<FormErrors>(general);

    QString productName;
    try {
        m_item = store.inventory().get(inventoryId);
        productName = store.products().get(m_item.productId).name;
    } catch (const StoreError &e) {
        m_errors->showField(QString(), e.message());
    }
    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::PlainText);
    heading->setText(tr("%1 — %2%3: %n in stock", nullptr, int(std::min<qint64>(m_item.quantity, std::numeric_limits<int>::max())))
                         .arg(productName, m_item.location,
                              m_item.channel.isEmpty() ? QString() : QStringLiteral(" / ") + m_item.channel));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    m_delta = new QRadioButton(tr("Change &by"), this);
    m_delta->setObjectName(QStringLiteral("modeDelta"));
    m_delta->setAccessibleName(tr("Change stock by an amount"));
    m_absolute = new QRadioButton(tr("Set &to"), this);
    m_absolute->setObjectName(QStringLiteral("modeNewQuantity"));
    m_absolute->setAccessibleName(tr("Set stock to a new quantity"));
    m_delta->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_delta);
    group->addButton(m_absolute);
    m_amount = new QSpinBox(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAccessibleName(tr("Amount"));
    m_amount->setRange(-1'000'000'000, 1'000'000'000);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setAccessibleName(tr("Reason"));
    // The stored reason is the service's word; the list shows it translated.
    const QStringList reasons = InventoryService::reasons();
    for (const QString &reason : reasons)
        m_reason->addItem(tr(reason.toUtf8().constData()), reason);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Optional note, e.g. a delivery number"));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));

    auto *modes = new QHBoxLayout;
    modes->addWidget(m_delta);
    modes->addWidget(m_absolute);
    modes->addStretch();
    auto *form = new QFormLayout;
    form->addRow(heading);
    form->addRow(tr("Mode:"), modes);
    form->addRow(tr("&Amount:"), m_amount);
    QLabel *amountError = m_errors->makeLabel(QStringLiteral("quantity"), m_amount);
    m_errors->addField(QStringLiteral("delta"), m_amount, amountError);
    form->addRow(QString(), amountError);
    form->addRow(QString(), m_preview);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), m_errors->makeLabel(QStringLiteral("reason"), m_reason));
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AdjustStockDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AdjustStockDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);

    connect(m_amount, &QSpinBox::valueChanged, this, &AdjustStockDialog::updatePreview);
    connect(m_delta, &QRadioButton::toggled, this, [this] {
        m_amount->setMinimum(m_delta->isChecked() ? -1'000'000'000 : 0);
        updatePreview();
    });
    updatePreview();
}

AdjustStockDialog::~AdjustStockDialog() = default;

void AdjustStockDialog::setMode(Mode mode)
{
    (mode == Mode::Delta ? m_delta : m_absolute)->setChecked(true);
}

void AdjustStockDialog::setAmount(qint64 value)
{
    m_amount->setValue(int(value));
}

void AdjustStockDialog::setReason(const QString &reason)
{
    m_reason->setCurrentIndex(std::max(0, m_reason->findData(reason)));
}

void AdjustStockDialog::setNote(const QString &note)
{
    m_note->setText(note);
}

QString AdjustStockDialog::reasonText() const
{
    const QString reason = m_reason->currentData().toString();
    const QString note = m_note->text().trimmed();
    return note.isEmpty() ? reason : reason + QStringLiteral(": ") + note;
}

void AdjustStockDialog::updatePreview()
{
    const qint64 after = m_delta->isChecked() ? m_item.quantity + m_amount->value() : m_amount->value();
    m_preview->setText(tr("Stock after the change: %1").arg(after));
}

void AdjustStockDialog::accept()
{
    m_errors->clear();
    try {
        if (m_delta->isChecked()) {
            m_saved = m_store.inventory().adjust(m_inventoryId, m_amount->value(), reasonText()).item;
        } else {
            InventoryPatch patch;
            patch.quantity = m_amount->value();
            patch.changeReason = reasonText();
            m_saved = m_store.inventory().update(m_inventoryId, patch);
        }
    } catch (const StoreError &e) {
        m_errors->show(e);
        return;
    }
    QDialog::accept();
}
