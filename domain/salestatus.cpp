// SPDX-License-Identifier: MIT
#include "salestatus.h"

namespace SaleStatuses {

const QStringList &names()
{
    static const QStringList s_names{QStringLiteral("pending"),   QStringLiteral("processing"),
                                     QStringLiteral("shipped"),   QStringLiteral("delivered"),
                                     QStringLiteral("completed"), QStringLiteral("cancelled"),
                                     QStringLiteral("refunded")};
    return s_names;
}

QString toString(SaleStatus status)
{
    return names().at(int(status));
}

std::optional<SaleStatus> parse(QStringView text)
{
    const qsizetype i = names().indexOf(text);
    if (i < 0)
        return std::nullopt;
    return SaleStatus(i);
}

} // namespace SaleStatuses
