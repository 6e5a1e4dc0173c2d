// SPDX-License-Identifier: MIT
#include "inventoryhandler.h"

#include "routetable.h"
#include "store.h"

namespace InventoryHandler {

void registerRoutes(RouteTable &routes, Store &store)
{
    Q_UNUSED(routes);
    Q_UNUSED(store);
}

} // namespace InventoryHandler
