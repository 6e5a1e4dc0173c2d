// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

/** The lifecycle of an order. */
enum class SaleStatus { Pending, Processing, Shipped, Delivered, Completed, Cancelled, Refunded };

namespace SaleStatuses {
/** "pending", "processing", … — the stored and API spelling. */
QString toString(SaleStatus status);
/** Case-sensitive parse of the stored/API spelling; nullopt for anything else. */
std::optional<SaleStatus> parse(QStringView text);
/** Every status in lifecycle order, spelled as stored. */
const QStringList &names();
/**
 * Whether an order in this status counts for revenue, order counts and units, and holds its
 * stock: everything except cancelled and refunded.
 */
constexpr bool isActive(SaleStatus status)
{
    return status != SaleStatus::Cancelled && status != SaleStatus::Refunded;
}
} // namespace SaleStatuses
