// SPDX-License-Identifier: MIT
#include "moneyformat.h"

#include <QHash>

namespace MoneyFormat {

QString symbol(const QString &currency)
{
    static const QHash<QString, QString> s_symbols{
        {QStringLiteral("USD"), QStringLiteral("$")},      {QStringLiteral("EUR"), QStringLiteral("\u20ac")},
        {QStringLiteral("GBP"), QStringLiteral("\u00a3")}, {QStringLiteral("JPY"), QStringLiteral("\u00a5")},
        {QStringLiteral("INR"), QStringLiteral("\u20b9")}, {QStringLiteral("CAD"), QStringLiteral("CA$")},
        {QStringLiteral("AUD"), QStringLiteral("A$")},
    };
    return s_symbols.value(currency.toUpper(), currency.toUpper() + u' ');
}

QString format(qint64 cents, const QString &currency, const QLocale &locale)
{
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(cents) : quint64(cents);
    const QString units = locale.toString(qulonglong(magnitude / 100));
    const QString fraction = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return (negative ? QStringLiteral("-") : QString()) + symbol(currency) + units + locale.decimalPoint() + fraction;
}

} // namespace MoneyFormat
