// SPDX-License-Identifier: MIT
#include "producthandler.h"

#include "routetable.h"
#include "store.h"

namespace ProductHandler {

void registerRoutes(RouteTable &routes, Store &store)
{
    Q_UNUSED(routes);
    Q_UNUSED(store);
}

} // namespace ProductHandler
