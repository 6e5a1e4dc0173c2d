// SPDX-License-Identifier: MIT
#include "salehandler.h"

#include "routetable.h"
#include "store.h"

namespace SaleHandler {

void registerRoutes(RouteTable &routes, Store &store)
{
    Q_UNUSED(routes);
    Q_UNUSED(store);
}

} // namespace SaleHandler
