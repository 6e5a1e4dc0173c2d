// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include "configloader.h"
#include "storeconfig.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcessEnvironment>
#include <QTimeZone>
#include <QTranslator>

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kStoreNameKey = QStringLiteral("store/name");

QTranslator *s_appTranslator = nullptr;
QTranslator *s_qtTranslator = nullptr;
QString s_language = QStringLiteral("en");

void removeTranslator(QTranslator *&translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

} // namespace

QVariant AppSettings::value(const QString &configKey, const QVariant &fallback) const
{
    const QVariant v = m_settings.value(ConfigLoader::settingsKey(configKey));
    return v.isValid() && !v.toString().isEmpty() ? v : fallback;
}

void AppSettings::setValue(const QString &configKey, const QVariant &value)
{
    if (value.toString().isEmpty())
        m_settings.remove(ConfigLoader::settingsKey(configKey));
    else
        m_settings.setValue(ConfigLoader::settingsKey(configKey), value);
}

QString AppSettings::databaseUrl() const
{
    return value(QStringLiteral("DATABASE_URL"), ConfigLoader::defaultDatabaseUrl()).toString();
}

void AppSettings::setDatabaseUrl(const QString &url)
{
    setValue(QStringLiteral("DATABASE_URL"), url.trimmed());
}

QString AppSettings::storeName() const
{
    return m_settings.value(kStoreNameKey).toString();
}

void AppSettings::setStoreName(const QString &name)
{
    if (name.trimmed().isEmpty())
        m_settings.remove(kStoreNameKey);
    else
        m_settings.setValue(kStoreNameKey, name.trimmed());
}

QString AppSettings::currency() const
{
    return value(QStringLiteral("STORE_CURRENCY"), StoreConfig().currency).toString();
}

void AppSettings::setCurrency(const QString &code)
{
    setValue(QStringLiteral("STORE_CURRENCY"), code.trimmed().toUpper());
}

QByteArray AppSettings::timeZoneId() const
{
    return value(QStringLiteral("STORE_TIMEZONE"), QString::fromUtf8(QTimeZone::systemTimeZoneId())).toString().toUtf8();
}

void AppSettings::setTimeZoneId(const QByteArray &id)
{
    setValue(QStringLiteral("STORE_TIMEZONE"), QString::fromUtf8(id));
}

qint64 AppSettings::lowStockThreshold() const
{
    bool ok = false;
    const qint64 n = value(QStringLiteral("LOW_STOCK_THRESHOLD")).toLongLong(&ok);
    return ok && n >= 0 ? n : StoreConfig().lowStockThreshold;
}

void AppSettings::setLowStockThreshold(qint64 threshold)
{
    setValue(QStringLiteral("LOW_STOCK_THRESHOLD"), QString::number(threshold));
}

QString AppSettings::language() const
{
    return m_settings.value(kLanguageKey).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings.remove(kLanguageKey);
    else
        m_settings.setValue(kLanguageKey, code);
}

QStringList AppSettings::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QStringList AppSettings::translationDirs()
{
    const QString program = QCoreApplication::applicationDirPath();
    return {program, program + QStringLiteral("/translations"),
            QDir::cleanPath(program + QStringLiteral("/../share/storedesk/translations")), QStringLiteral(":/i18n")};
}

QString AppSettings::applyLanguage(const QString &code)
{
    QString language = code;
    if (language.isEmpty()) {
        const QString system = QLocale().name().section(u'_', 0, 0);
        language = languages().contains(system) ? system : QStringLiteral("en");
    }
    if (!languages().contains(language))
        language = QStringLiteral("en");
    removeTranslator(s_appTranslator);
    removeTranslator(s_qtTranslator);
    if (language != QStringLiteral("en")) {
        auto *app = new QTranslator;
        bool loaded = false;
        for (const QString &dir : translationDirs()) {
            if (app->load(QStringLiteral("storedesk_") + language, dir)) {
                loaded = true;
                break;
            }
        }
        if (loaded) {
            s_appTranslator = app;
            QCoreApplication::installTranslator(app);
        } else {
            delete app;
        }
        auto *qt = new QTranslator;
        if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            s_qtTranslator = qt;
            QCoreApplication::installTranslator(qt);
        } else {
            delete qt;
        }
    }
    s_language = language;
    // Dates and numbers follow the language too.
    // (English keeps the system's formats unless the system is German.)
    const bool systemGerman = QLocale::system().language() == QLocale::German;
    if (language == QStringLiteral("de"))
        QLocale::setDefault(systemGerman ? QLocale::system() : QLocale(QLocale::German, QLocale::Germany));
    else
        QLocale::setDefault(systemGerman ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale::system());
    return language;
}

QString AppSettings::currentLanguage()
{
    return s_language;
}

QString AppSettings::overriddenBy(const QString &configKey, const QString &envFile)
{
    if (QProcessEnvironment::systemEnvironment().contains(configKey))
        return QCoreApplication::translate("AppSettings", "the environment variable %1").arg(configKey);
    if (!envFile.isEmpty() && ConfigLoader::readEnvFile(envFile).contains(configKey))
        return QCoreApplication::translate("AppSettings", "%1 in %2").arg(configKey, QDir(envFile).absolutePath());
    return {};
}
