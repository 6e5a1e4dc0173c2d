// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class Store;

/**
 * `storedesk-server export-sample-data`: writes, for front-end development, JSON files that are
 * byte for byte what the API answers — produced by the same dispatcher and handlers, through
 * in-process requests — plus an index.json listing them.
 */
namespace SampleDataExport {

struct Summary
{
    int files = 0;
    qint64 bytes = 0;
};

/** Writes the files into @p directory (created if needed). Throws StoreError on failure. */
Summary write(Store &store, const QString &directory);

} // namespace SampleDataExport
