// SPDX-License-Identifier: MIT
#include "moneydelegate.h"

#include "modelroles.h"
#include "moneyformat.h"

MoneyDelegate::MoneyDelegate(const QString &currency, QObject *parent) : QStyledItemDelegate(parent), m_currency(currency) {}

void MoneyDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant cents = index.data(ModelRoles::CentsRole);
    if (cents.isValid() && !cents.isNull()) {
        option->text = MoneyFormat::format(cents.toLongLong(), m_currency, option->locale);
        option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    }
}
