// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "appsettings.h"
#include "database.h"
#include "databaseurl.h"
#include "logging.h"
#include "storeerror.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>

namespace {

/** Percent-encodes @p text for the user or password part of a URL. */
QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QLabel *buddyLabel(QWidget *buddy, QList<QLabel *> &labels)
{
    auto *label = new QLabel(buddy->parentWidget());
    label->setBuddy(buddy);
    labels.append(label);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    const AppSettings settings;

    // Database.
    m_databaseBox = new QGroupBox(this);
    m_engine = new QComboBox(m_databaseBox);
    m_engine->setObjectName(QStringLiteral("databaseEngine"));
    m_engine->addItems({QString(), QString(), QString()});
    m_engineStack = new QStackedWidget(m_databaseBox);

    auto *filePage = new QWidget(m_engineStack);
    m_file = new QLineEdit(filePage);
    m_file->setObjectName(QStringLiteral("databaseFile"));
    m_browse = new QPushButton(filePage);
    m_browse->setObjectName(QStringLiteral("databaseBrowse"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *fileForm = new QFormLayout(filePage);
    fileForm->setContentsMargins(0, 0, 0, 0);
    fileForm->addRow(buddyLabel(m_file, m_labels), fileRow);

    auto *serverPage = new QWidget(m_engineStack);
    m_host = new QLineEdit(serverPage);
    m_host->setObjectName(QStringLiteral("databaseHost"));
    m_port = new QSpinBox(serverPage);
    m_port->setObjectName(QStringLiteral("databasePort"));
    m_port->setRange(1, 65535);
    m_database = new QLineEdit(serverPage);
    m_database->setObjectName(QStringLiteral("databaseName"));
    m_user = new QLineEdit(serverPage);
    m_user->setObjectName(QStringLiteral("databaseUser"));
    m_password = new QLineEdit(serverPage);
    m_password->setObjectName(QStringLiteral("databasePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *serverForm = new QFormLayout(serverPage);
    serverForm->setContentsMargins(0, 0, 0, 0);
    serverForm->addRow(buddyLabel(m_host, m_labels), m_host);
    serverForm->addRow(buddyLabel(m_port, m_labels), m_port);
    serverForm->addRow(buddyLabel(m_database, m_labels), m_database);
    serverForm->addRow(buddyLabel(m_user, m_labels), m_user);
    serverForm->addRow(buddyLabel(m_password, m_labels), m_password);
    m_engineStack->addWidget(filePage);
    m_engineStack->addWidget(serverPage);

    m_test = new QPushButton(m_databaseBox);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_testResult = new QLabel(m_databaseBox);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_databaseNote = new QLabel(m_databaseBox);
    m_databaseNote->setObjectName(QStringLiteral("databaseNote"));
    m_databaseNote->setWordWrap(true);
    m_databaseNote->setStyleSheet(QStringLiteral("color: #92400e;"));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    auto *databaseLayout = new QFormLayout(m_databaseBox);
    databaseLayout->addRow(buddyLabel(m_engine, m_labels), m_engine);
    databaseLayout->addRow(m_engineStack);
    databaseLayout->addRow(testRow);
    databaseLayout->addRow(m_databaseNote);

    // Store.
    m_storeBox = new QGroupBox(this);
    m_storeName = new QLineEdit(m_storeBox);
    m_storeName->setObjectName(QStringLiteral("storeName"));
    m_storeName->setMaxLength(80);
    m_currency = new QComboBox(m_storeBox);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("CHF"),
                          QStringLiteral("JPY"), QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("SEK"),
                          QStringLiteral("PLN"), QStringLiteral("INR")});
    m_timeZone = new QComboBox(m_storeBox);
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &zone : zones)
        m_timeZone->addItem(QString::fromUtf8(zone), zone);
    m_threshold = new QSpinBox(m_storeBox);
    m_threshold->setObjectName(QStringLiteral("lowStockThreshold"));
    m_threshold->setRange(0, 1000000);
    m_language = new QComboBox(m_storeBox);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    auto *storeLayout = new QFormLayout(m_storeBox);
    storeLayout->addRow(buddyLabel(m_storeName, m_labels), m_storeName);
    storeLayout->addRow(buddyLabel(m_currency, m_labels), m_currency);
    storeLayout->addRow(buddyLabel(m_timeZone, m_labels), m_timeZone);
    storeLayout->addRow(buddyLabel(m_threshold, m_labels), m_threshold);
    storeLayout->addRow(buddyLabel(m_language, m_labels), m_language);

    m_applyNote = new QLabel(this);
    m_applyNote->setWordWrap(true);
    m_applyNote->setStyleSheet(QStringLiteral("color: #6b7280;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_databaseBox);
    layout->addWidget(m_storeBox);
    layout->addWidget(m_applyNote);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_engine, &QComboBox::currentIndexChanged, this, &SettingsDialog::engineChanged);
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::browse);
    connect(m_test, &QPushButton::clicked, this, [this] { testConnection(); });

    // Current values.
    setDatabaseUrl(settings.databaseUrl());
    m_storeName->setText(settings.storeName());
    m_currency->setCurrentText(settings.currency());
    QByteArray zoneId = settings.timeZoneId();
    if (zoneId.isEmpty() || !QTimeZone(zoneId).isValid())
        zoneId = QTimeZone::systemTimeZone().id();
    if (m_timeZone->findData(zoneId) < 0) // e.g. a system zone under another name than the list's
        m_timeZone->insertItem(0, QString::fromUtf8(zoneId.isEmpty() ? QByteArray("UTC") : zoneId), zoneId.isEmpty() ? QByteArray("UTC") : zoneId);
    m_timeZone->setCurrentIndex(std::max(0, m_timeZone->findData(zoneId.isEmpty() ? QByteArray("UTC") : zoneId)));
    m_threshold->setValue(int(settings.lowStockThreshold()));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));

    retranslateUi();
    resize(560, sizeHint().height());
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::databaseUrl() const
{
    if (m_engine->currentIndex() == SQLiteEngine) {
        const QString path = m_file->text().trimmed();
        if (path.isEmpty())
            return {};
        // sqlite:////abs/path.db for an absolute path, sqlite:///relative.db otherwise.
        return QStringLiteral("sqlite:///") + QDir::fromNativeSeparators(path);
    }
    const QString scheme = m_engine->currentIndex() == MySQLEngine ? QStringLiteral("mysql") : QStringLiteral("postgresql");
    QString credentials = encoded(m_user->text());
    if (!m_password->text().isEmpty())
        credentials += u':' + encoded(m_password->text());
    if (!credentials.isEmpty())
        credentials += u'@';
    QString host = m_host->text().trimmed();
    if (host.contains(u':') && !host.startsWith(u'['))
        host = u'[' + host + u']';
    return QStringLiteral("%1://%2%3:%4/%5").arg(scheme, credentials, host).arg(m_port->value()).arg(m_database->text().trimmed());
}

void SettingsDialog::setDatabaseUrl(const QString &url)
{
    const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    if (!parsed) {
        m_engine->setCurrentIndex(SQLiteEngine);
        engineChanged(SQLiteEngine);
        return;
    }
    switch (parsed->engine()) {
    case DatabaseUrl::Engine::SQLite:
        m_engine->setCurrentIndex(SQLiteEngine);
        m_file->setText(QDir::toNativeSeparators(parsed->path()));
        break;
    case DatabaseUrl::Engine::MySQL:
    case DatabaseUrl::Engine::PostgreSQL:
        m_engine->setCurrentIndex(parsed->engine() == DatabaseUrl::Engine::MySQL ? MySQLEngine : PostgreSQLEngine);
        m_host->setText(parsed->host());
        m_port->setValue(parsed->port() > 0 ? parsed->port() : (parsed->engine() == DatabaseUrl::Engine::MySQL ? 3306 : 5432));
        m_database->setText(parsed->databaseName());
        m_user->setText(parsed->user());
        m_password->setText(parsed->password());
        break;
    }
    engineChanged(m_engine->currentIndex());
}

void SettingsDialog::engineChanged(int index)
{
    const bool server = index != SQLiteEngine;
    m_engineStack->setCurrentIndex(server ? 1 : 0);
    // Only the shown fields take room.
    for (int i = 0; i < m_engineStack->count(); ++i)
        m_engineStack->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == m_engineStack->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_engineStack->adjustSize();
    // The engine's usual port, unless one was typed for the other server engine already.
    if (server && (m_port->value() == 3306 || m_port->value() == 5432 || m_port->value() == 1))
        m_port->setValue(index == MySQLEngine ? 3306 : 5432);
    if (server && m_host->text().isEmpty())
        m_host->setText(QStringLiteral("127.0.0.1"));
    m_testResult->clear();
}

void SettingsDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("SQLite database file"), m_file->text(),
                                                      tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_file->setText(QDir::toNativeSeparators(path));
}

bool SettingsDialog::testConnection()
{
    QString error;
    bool ok = false;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(databaseUrl(), &error);
    if (url) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            Database database(*url);
            ok = database.ping(&error);
            database.closeThreadConnection();
        } catch (const StoreError &e) {
            error = e.message();
        }
        QApplication::restoreOverrideCursor();
    }
    m_ok = ok;
    if (ok) {
        m_testResult->setText(tr("Connected to %1.").arg(url->displayName()));
        m_testResult->setStyleSheet(QStringLiteral("color: #166534;"));
    } else {
        qCWarning(lcUi) << "test connection:" << error;
        m_testResult->setText(tr("Cannot connect: %1").arg(error));
        m_testResult->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    }
    return ok;
}

QString SettingsDialog::testResult() const
{
    return m_testResult->text();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::save()
{
    AppSettings settings;
    const QString url = databaseUrl();
    const QString currency = m_currency->currentText().trimmed().toUpper();
    const QByteArray zone = m_timeZone->currentData().toByteArray();
    m_storeChanged = (!url.isEmpty() && url != settings.databaseUrl()) || currency != settings.currency()
                     || zone != settings.timeZoneId() || m_threshold->value() != settings.lowStockThreshold();
    if (!url.isEmpty())
        settings.setDatabaseUrl(url);
    settings.setStoreName(m_storeName->text());
    settings.setCurrency(currency);
    settings.setTimeZoneId(zone);
    settings.setLowStockThreshold(m_threshold->value());
    settings.setLanguage(language());
}

void SettingsDialog::accept()
{
    QString error;
    if (!DatabaseUrl::parse(databaseUrl(), &error)) {
        m_testResult->setText(tr("Invalid database settings: %1").arg(error));
        m_testResult->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        return;
    }
    const QString currency = m_currency->currentText().trimmed();
    if (currency.size() != 3 || !std::all_of(currency.begin(), currency.end(), [](QChar c) { return c.isLetter(); })) {
        m_currency->setFocus();
        m_applyNote->setText(tr("The currency must be a three-letter ISO 4217 code such as USD or EUR."));
        return;
    }
    save();
    QDialog::accept();
}

void SettingsDialog::updateNotes()
{
    QStringList overridden;
    for (const QString &key : {QStringLiteral("DATABASE_URL"), QStringLiteral("STORE_CURRENCY"), QStringLiteral("STORE_TIMEZONE"),
                               QStringLiteral("LOW_STOCK_THRESHOLD")}) {
        const QString by = AppSettings::overriddenBy(key);
        if (!by.isEmpty())
            overridden << by;
    }
    m_databaseNote->setVisible(!overridden.isEmpty());
    m_databaseNote->setText(overridden.isEmpty() ? QString()
                                                 : tr("Set elsewhere, and that takes precedence over what is saved here: %1.")
                                                       .arg(overridden.join(QStringLiteral(", "))));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_databaseBox->setTitle(tr("Database"));
    m_engine->setItemText(SQLiteEngine, tr("SQLite file"));
    m_engine->setItemText(MySQLEngine, tr("MySQL / MariaDB server"));
    m_engine->setItemText(PostgreSQLEngine, tr("PostgreSQL server"));
    m_engine->setAccessibleName(tr("Database engine"));
    m_file->setAccessibleName(tr("SQLite database file"));
    m_file->setPlaceholderText(tr("/path/to/storedesk.db"));
    m_browse->setText(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Choose the SQLite database file"));
    m_host->setAccessibleName(tr("Database server host"));
    m_port->setAccessibleName(tr("Database server port"));
    m_database->setAccessibleName(tr("Database name"));
    m_user->setAccessibleName(tr("Database user"));
    m_password->setAccessibleName(tr("Database password"));
    m_test->setText(tr("&Test connection"));
    m_test->setAccessibleName(tr("Test the database connection"));
    m_testResult->setAccessibleName(tr("Connection test result"));
    m_storeBox->setTitle(tr("Store"));
    m_storeName->setAccessibleName(tr("Store name"));
    m_storeName->setPlaceholderText(tr("shown in the window title"));
    m_currency->setAccessibleName(tr("Currency (ISO 4217 code)"));
    m_timeZone->setAccessibleName(tr("Store time zone"));
    m_threshold->setAccessibleName(tr("Default low-stock threshold"));
    m_threshold->setToolTip(tr("The reorder level new stock rows start with"));
    m_language->setItemText(0, tr("System language"));
    m_language->setAccessibleName(tr("Language"));
    const QStringList labels{tr("&File:"), tr("&Host:"), tr("&Port:"), tr("Data&base:"), tr("&User:"), tr("Pass&word:"),
                             tr("&Engine:"), tr("Store &name:"), tr("&Currency:"), tr("Time &zone:"),
                             tr("&Low-stock threshold:"), tr("&Language:")};
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_applyNote->setText(tr("The language changes at once. A new database, currency, time zone or threshold reopens "
                            "the store when you press OK; open screens are rebuilt."));
    updateNotes();
}
