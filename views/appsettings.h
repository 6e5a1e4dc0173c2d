// SPDX-License-Identifier: MIT
#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>

/**
 * The desktop app's saved settings: typed, defaulted accessors over QSettings with grouped
 * keys. The keys that configure the store are the ones ConfigLoader reads as its settings
 * layer (database/url, store/currency, …), so what is saved here is what the next Store opens
 * with, unless a flag, the environment or a .env file says otherwise.
 * Also installs the translators for the chosen language (StoreDesk's and Qt's own).
 */
class AppSettings
{
public:
    AppSettings() = default;

    QString databaseUrl() const;
    void setDatabaseUrl(const QString &url);
    /** The store's name, shown in the window title; empty = none. */
    QString storeName() const;
    void setStoreName(const QString &name);
    /** ISO 4217 code, "USD" by default. */
    QString currency() const;
    void setCurrency(const QString &code);
    /** IANA time zone id; the system zone by default. */
    QByteArray timeZoneId() const;
    void setTimeZoneId(const QByteArray &id);
    qint64 lowStockThreshold() const;
    void setLowStockThreshold(qint64 threshold);
    /** "en", "de", or empty for the system language. */
    QString language() const;
    void setLanguage(const QString &code);

    /** The languages StoreDesk is translated into (codes), English first. */
    static QStringList languages();
    /**
     * Installs the translators for @p code ("de"; "en" removes them; empty = the system
     * language) and returns the language now in force. Widgets receive QEvent::LanguageChange.
     */
    static QString applyLanguage(const QString &code);
    /** The language applyLanguage() last put in force ("en" before any call). */
    static QString currentLanguage();
    /**
     * Where storedesk_<lang>.qm is looked for, first found wins: next to the program, the
     * installed share/storedesk/translations, then the copy compiled into the program.
     */
    static QStringList translationDirs();
    /** The environment variable (or .env entry) that overrides @p configKey, if any. */
    static QString overriddenBy(const QString &configKey, const QString &envFile = QStringLiteral(".env"));

private:
    QVariant value(const QString &configKey, const QVariant &fallback = {}) const;
    void setValue(const QString &configKey, const QVariant &value);

    mutable QSettings m_settings;
};
