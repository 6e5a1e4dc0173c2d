// SPDX-License-Identifier: MIT
#pragma once

class RouteTable;
class Store;

/** Customers: the versioned resource routes. */
namespace CustomerHandler {
void registerRoutes(RouteTable &routes, Store &store);
}
