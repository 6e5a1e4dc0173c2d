// SPDX-License-Identifier: MIT
#pragma once

#include "demodataservice.h"

#include <QObject>

class QWidget;
class Store;

/**
 * Fills the store with demo data behind a cancellable progress dialog. DemoDataService writes
 * everything in one transaction, so cancelling leaves the database as it was.
 */
class DemoDataDialog : public QObject
{
    Q_OBJECT

public:
    enum class Result { Done, Cancelled, Failed };

    /** Runs the generator; @p message receives the outcome for the user. */
    static Result run(Store &store, const DemoDataOptions &options, QWidget *parent, QString *message = nullptr);
};
