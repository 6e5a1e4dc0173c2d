// SPDX-License-Identifier: MIT
#pragma once

class RouteTable;
class Store;

/** Products: the versioned resource routes and the compact /products. */
namespace ProductHandler {
void registerRoutes(RouteTable &routes, Store &store);
}
