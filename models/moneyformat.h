// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>

/** Shows integer-cent amounts in the store currency, with the user's digit grouping. No floating point. */
namespace MoneyFormat {
/** The symbol for an ISO 4217 code ("$" for USD, "€" for EUR); the code itself when unknown. */
QString symbol(const QString &currency);
/** e.g. "$1,234.50", "-€0.05", "CHF 12.00" (grouping and separators from @p locale). */
QString format(qint64 cents, const QString &currency, const QLocale &locale = QLocale());
} // namespace MoneyFormat
