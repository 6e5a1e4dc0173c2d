// SPDX-License-Identifier: MIT
#include "screenpage.h"
