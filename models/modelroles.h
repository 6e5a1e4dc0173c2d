// SPDX-License-Identifier: MIT
#pragma once

#include <Qt>

/** Item data roles shared by StoreDesk's models and delegates. */
namespace ModelRoles {
enum Role {
    IdRole = Qt::UserRole + 1, ///< the row's database id (qint64), on every column
    CentsRole,                 ///< money columns: the amount in integer cents (qint64)
    StockStatusRole,           ///< inventory rows: StockStatus as int
};
/** How a stock row stands against its threshold (SPEC §3: out of stock is low too). */
enum class StockStatus { Ok, Low, Out };
} // namespace ModelRoles
