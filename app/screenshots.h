// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class MainWindow;

/** `storedesk --screenshots DIR`: shows each screen with a row selected and saves the window as DIR/<screen>.png. */
namespace Screenshots {
int run(MainWindow &window, const QString &dir);
}
