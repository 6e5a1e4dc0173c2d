// SPDX-License-Identifier: MIT
#pragma once

class QObject;
class RouteTable;
class Store;

/** `/health` and `/`: liveness with a database check, and the service banner. */
namespace SystemHandler {
void registerRoutes(RouteTable &routes, Store &store, QObject *owner);
}
