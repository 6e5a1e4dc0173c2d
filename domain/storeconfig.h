// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QTimeZone>

/**
 * The resolved configuration of one StoreDesk process (SPEC §2). ConfigLoader fills it from
 * flags, environment, `.env`, saved settings and these defaults.
 */
struct StoreConfig
{
    QString databaseUrl;                                         ///< DATABASE_URL
    QString apiPrefix = QStringLiteral("/api/v1");               ///< API_V1_STR
    QString projectName = QStringLiteral("E-commerce Admin Dashboard API"); ///< PROJECT_NAME
    QString host = QStringLiteral("127.0.0.1");                  ///< STOREDESK_HOST
    int port = 8000;                                             ///< STOREDESK_PORT
    QString apiToken;                                            ///< STOREDESK_API_TOKEN (empty = none)
    int rateLimitPerMinute = 600;                                ///< RATE_LIMIT_PER_MINUTE (0 = off)
    QTimeZone storeTimeZone = QTimeZone::systemTimeZone();       ///< STORE_TIMEZONE
    QString currency = QStringLiteral("USD");                    ///< STORE_CURRENCY
    qint64 lowStockThreshold = 10;                               ///< LOW_STOCK_THRESHOLD
    QStringList corsOrigins{QStringLiteral("*")};                ///< STOREDESK_CORS_ORIGINS
    QString tlsCertificate;                                      ///< STOREDESK_TLS_CERT
    QString tlsKey;                                              ///< STOREDESK_TLS_KEY
};
