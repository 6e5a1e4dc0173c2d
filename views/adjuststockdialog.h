// SPDX-License-Identifier: MIT
#pragma once

#include "entities.h"

#include <QDialog>

#include <memory>

class FormErrors;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class Store;

/**
 * Changes one stock row through InventoryService: by a delta (InventoryService::adjust) or to a
 * new quantity (InventoryService::update), with a reason from the service's list and an
 * optional note. The history row is written by the service in the same transaction.
 */
class AdjustStockDialog : public QDialog
{
    Q_OBJECT

public:
    AdjustStockDialog(Store &store, qint64 inventoryId, QWidget *parent = nullptr);
    ~AdjustStockDialog() override;

    enum class Mode { Delta, NewQuantity };
    void setMode(Mode mode);
    void setAmount(qint64 value);
    void setReason(const QString &reason);
    void setNote(const QString &note);
    /** The history text written: "reason" or "reason: note". */
    QString reasonText() const;

    const InventoryItem &saved() const { return m_saved; }
    const FormErrors &errors() const { return *m_errors; }
    void accept() override;

private:
    void updatePreview();

    Store &m_store;
    qint64 m_inventoryId;
    InventoryItem m_item;
    InventoryItem m_saved;
    QRadioButton *m_delta;
    QRadioButton *m_absolute;
    QSpinBox *m_amount;
    QComboBox *m_reason;
    QLineEdit *m_note;
    QLabel *m_preview;
    std::unique_ptr<FormErrors> m_errors;
};
