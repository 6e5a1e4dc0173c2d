// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class MainWindow;
class Store;

/**
 * `storedesk --screenshots DIR`: shows each screen with a row selected and saves the window as
 * DIR/<screen>.png, then the main dialogs (product with a service error, adjust stock, new sale).
 */
namespace Screenshots {
int run(MainWindow &window, Store &store, const QString &dir);
}
