// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

/** Shows money columns (ModelRoles::CentsRole) in the store currency with the user's grouping. */
class MoneyDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MoneyDelegate(const QString &currency, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QString m_currency;
};
