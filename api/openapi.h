// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

class RouteTable;
struct StoreConfig;

/**
 * Generates the OpenAPI 3 document from the route table the server dispatches on, plus the
 * component schemas compiled in from the JSON files in api/schemas/ — so the document lists exactly the
 * routes the server answers.
 */
namespace OpenApi {
QJsonObject document(const RouteTable &routes, const StoreConfig &config);
/** The component schemas (name → schema). */
QJsonObject schemas();
}
