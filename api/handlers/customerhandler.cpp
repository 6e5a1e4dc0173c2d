// SPDX-License-Identifier: MIT
#include "customerhandler.h"

#include "routetable.h"
#include "store.h"

namespace CustomerHandler {

void registerRoutes(RouteTable &routes, Store &store)
{
    Q_UNUSED(routes);
    Q_UNUSED(store);
}

} // namespace CustomerHandler
