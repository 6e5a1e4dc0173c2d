// SPDX-License-Identifier: MIT
#pragma once

class RouteTable;
class Store;

/** Sales: orders (versioned) and the compact per-line /sales listing. */
namespace SaleHandler {
void registerRoutes(RouteTable &routes, Store &store);
}
