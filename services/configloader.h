// SPDX-License-Identifier: MIT
#pragma once

#include "storeconfig.h"

#include <QHash>
#include <QString>

/**
 * Resolves StoreConfig from its sources, highest first: command-line flags, environment
 * variables, a `.env` file in the working directory (`KEY=value` lines), the GUI's saved
 * settings (QSettings), defaults. Keys are the SPEC §2 names (DATABASE_URL, STOREDESK_PORT, …).
 */
class ConfigLoader
{
public:
    /** Every key ConfigLoader understands, in SPEC §2 order. */
    static const QStringList &keys();

    /** The QSettings key that stores @p key ("database/url" for DATABASE_URL). */
    static QString settingsKey(const QString &key);

    /**
     * Resolves the configuration. @p flags holds values given on the command line (by key);
     * @p envFile is read if it exists; @p useSettings reads QSettings of the current application.
     * Throws StoreError(Config) with one line naming the key and the bad value.
     */
    static StoreConfig load(const QHash<QString, QString> &flags = {}, const QString &envFile = QStringLiteral(".env"),
                            bool useSettings = true);

    /** Parses a `.env` file: `KEY=value`, optional `export `, quotes and # comments. */
    static QHash<QString, QString> readEnvFile(const QString &path);

    /** The default SQLite URL: storedesk.db in the application data folder. */
    static QString defaultDatabaseUrl();
};
