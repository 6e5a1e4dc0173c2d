// SPDX-License-Identifier: MIT
#pragma once

class RouteTable;
class Store;

/** Categories: the versioned resource routes and the compact `/categories`. */
namespace CategoryHandler {
void registerRoutes(RouteTable &routes, Store &store);
}
