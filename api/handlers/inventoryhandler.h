// SPDX-License-Identifier: MIT
#pragma once

class RouteTable;
class Store;

/** Inventory: stock rows, history, adjustments, low stock (versioned and compact). */
namespace InventoryHandler {
void registerRoutes(RouteTable &routes, Store &store);
}
