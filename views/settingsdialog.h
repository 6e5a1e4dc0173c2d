// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

/**
 * Settings…: the database (an SQLite file, or a MySQL/MariaDB or PostgreSQL server, with
 * "Test connection"), the store's name, currency, time zone and default low-stock threshold,
 * and the language. Saved through AppSettings; the main window applies them at once (the
 * language in place, store settings by reopening the store).
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum EngineIndex { SQLiteEngine, MySQLEngine, PostgreSQLEngine };

    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /** The DATABASE_URL the fields describe. */
    QString databaseUrl() const;
    /** Fills the database fields from @p url. */
    void setDatabaseUrl(const QString &url);
    /** Opens a database on databaseUrl() and pings it; shows and returns the result. */
    bool testConnection();
    QString testResult() const;
    /** The chosen language code ("en", "de", or empty for the system language). */
    QString language() const;

    /** Saves the fields (what accept() does). */
    void save();
    /** Whether the last save changed what the store is opened with (database, currency, zone, threshold). */
    bool storeSettingsChanged() const { return m_storeChanged; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void engineChanged(int index);
    void browse();
    void updateNotes();

    QGroupBox *m_databaseBox;
    QComboBox *m_engine;
    QStackedWidget *m_engineStack;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_test;
    QLabel *m_testResult;
    QLabel *m_databaseNote;
    QGroupBox *m_storeBox;
    QLineEdit *m_storeName;
    QComboBox *m_currency;
    QComboBox *m_timeZone;
    QSpinBox *m_threshold;
    QComboBox *m_language;
    QLabel *m_applyNote;
    QDialogButtonBox *m_buttons;
    QList<QLabel *> m_labels;
    bool m_ok = false;
    bool m_storeChanged = false;
};
