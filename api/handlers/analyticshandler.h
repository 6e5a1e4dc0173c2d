// SPDX-License-Identifier: MIT
#pragma once

class RouteTable;
class Store;

/**
 * Analytics and the dashboard (versioned: the /analytics routes and /dashboard/summary) and the compact
 * /sales/revenue and /sales/compare — all answered by the one AnalyticsService.
 */
namespace AnalyticsHandler {
void registerRoutes(RouteTable &routes, Store &store);
}
