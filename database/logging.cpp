// SPDX-License-Identifier: MIT
#include "logging.h"

Q_LOGGING_CATEGORY(lcDatabase, "storedesk.db", QtWarningMsg)
