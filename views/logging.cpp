// SPDX-License-Identifier: MIT
#include "logging.h"

Q_LOGGING_CATEGORY(lcUi, "storedesk.ui", QtWarningMsg)
