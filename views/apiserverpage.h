// SPDX-License-Identifier: MIT
#pragma once

#include "apidispatcher.h"
#include "screenpage.h"

#include <QList>

#include <memory>

class ApiServer;
class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;
class RequestLogModel;
class Store;
class TableView;

/**
 * The embedded HTTP API: start and stop it over the app's Store, choose host, port and token,
 * follow the URL or the API docs, and watch the request log live (newest first, bounded).
 * The server runs on its own thread; its log entries arrive through a queued connection and
 * are added to the table in batches, so a busy API never floods the GUI thread.
 */
class ApiServerPage : public ScreenPage
{
    Q_OBJECT

public:
    /** Rows the request log keeps (older ones are dropped). */
    static constexpr int kMaxLogRows = 1000;

    explicit ApiServerPage(Store &store, QWidget *parent = nullptr);
    ~ApiServerPage() override;

    QString title() const override { return tr("API server"); }
    void refresh() override {}
    QTableView *mainTable() const override;

    /** Starts the server on the host and port in the fields; false (and a message shown) if it cannot. */
    bool startServer();
    void stopServer();
    bool isRunning() const;
    /** The port listened on (the actual one after port 0), 0 when stopped. */
    quint16 port() const;
    /** http://host:port of the running server (empty when stopped). */
    QString url() const;
    ApiServer *server() const { return m_server.get(); }
    /** The request log: time, client, method, path, status, duration (ms); newest first. */
    QAbstractItemModel *logModel() const;
    /** Whether the "open to the network without a token" warning is shown. */
    bool insecureWarningShown() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void enqueue(const RequestLogEntry &entry);
    void flushLog();

    Store &m_store;
    std::unique_ptr<ApiServer> m_server;
    QString m_error;
    QLabel *m_heading;
    QLabel *m_hostLabel;
    QLabel *m_portLabel;
    QLabel *m_tokenLabel;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_token;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_docs;
    QPushButton *m_clear;
    QLabel *m_status;
    QLabel *m_warning;
    QLabel *m_logHeading;
    TableView *m_table;
    RequestLogModel *m_log;
    QList<RequestLogEntry> m_pending;
    QTimer *m_flush;
};
