// SPDX-License-Identifier: MIT
#include "apiserverpage.h"

#include "apiserver.h"
#include "logging.h"
#include "store.h"
#include "tableview.h"

#include <QAbstractTableModel>
#include <QDesktopServices>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <deque>

/** The request log, newest first, at most ApiServerPage::kMaxLogRows rows. */
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, ClientColumn, MethodColumn, PathColumn, StatusColumn, DurationColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= int(m_rows.size()))
            return {};
        const RequestLogEntry &e = m_rows[size_t(index.row())];
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            switch (index.column()) {
            case TimeColumn: return e.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
            case ClientColumn: return e.client;
            case MethodColumn: return QString::fromLatin1(e.method);
            case PathColumn: return e.path;
            case StatusColumn: return e.status;
            case DurationColumn: return QString::number(e.durationMs, 'f', 1);
            default: return {};
            }
        }
        if (role == Qt::TextAlignmentRole && (index.column() == StatusColumn || index.column() == DurationColumn))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
            if (e.status >= 500)
                return QColor(0xb9, 0x1c, 0x1c);
            if (e.status >= 400)
                return QColor(0xb4, 0x53, 0x09);
        }
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case TimeColumn: return tr("Time");
        case ClientColumn: return tr("Client");
        case MethodColumn: return tr("Method");
        case PathColumn: return tr("Path");
        case StatusColumn: return tr("Status");
        case DurationColumn: return tr("Duration (ms)");
        default: return {};
        }
    }

    /** Adds @p entries (oldest first) on top and drops what exceeds @p limit. */
    void prepend(const QList<RequestLogEntry> &entries, int limit)
    {
        if (entries.isEmpty())
            return;
        const int count = int(std::min<qsizetype>(entries.size(), limit));
        beginInsertRows({}, 0, count - 1);
        for (qsizetype i = entries.size() - count; i < entries.size(); ++i)
            m_rows.push_front(entries[i]);
        endInsertRows();
        if (int(m_rows.size()) > limit) {
            beginRemoveRows({}, limit, int(m_rows.size()) - 1);
            m_rows.resize(size_t(limit));
            endRemoveRows();
        }
    }

    void clear()
    {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }

    void retranslate() { emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1); }

private:
    std::deque<RequestLogEntry> m_rows;
};

namespace {

bool isLoopback(const QString &host)
{
    const QString h = host.trimmed();
    if (h.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ApiServerPage::ApiServerPage(Store &store, QWidget *parent) : ScreenPage(parent), m_store(store)
{
    setObjectName(QStringLiteral("apiServerPage"));
    const StoreConfig &config = store.config();

    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    m_heading->setFont(headingFont);

    m_host = new QLineEdit(config.host, this);
    m_host->setObjectName(QStringLiteral("apiHost"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("apiPort"));
    m_port->setRange(0, 65535);
    m_port->setValue(config.port);
    m_token = new QLineEdit(config.apiToken, this);
    m_token->setObjectName(QStringLiteral("apiToken"));
    m_token->setEchoMode(QLineEdit::PasswordEchoOnEdit);

    m_hostLabel = new QLabel(this);
    m_hostLabel->setBuddy(m_host);
    m_portLabel = new QLabel(this);
    m_portLabel->setBuddy(m_port);
    m_tokenLabel = new QLabel(this);
    m_tokenLabel->setBuddy(m_token);
    auto *form = new QFormLayout;
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_tokenLabel, m_token);

    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("apiStart"));
    m_stop = new QPushButton(this);
    m_stop->setObjectName(QStringLiteral("apiStop"));
    m_docs = new QPushButton(this);
    m_docs->setObjectName(QStringLiteral("apiDocs"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_docs);
    buttons->addStretch(1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("apiStatus"));
    m_status->setTextFormat(Qt::RichText);
    m_status->setOpenExternalLinks(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("apiWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fef3c7; color: #92400e; border: 1px solid #f59e0b; "
                                            "border-radius: 4px; padding: 6px; }"));

    m_logHeading = new QLabel(this);
    QFont logFont = m_logHeading->font();
    logFont.setBold(true);
    m_logHeading->setFont(logFont);
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("apiClearLog"));
    auto *logBar = new QHBoxLayout;
    logBar->addWidget(m_logHeading);
    logBar->addStretch(1);
    logBar->addWidget(m_clear);

    m_log = new RequestLogModel(this);
    m_table = new TableView(this);
    m_table->setObjectName(QStringLiteral("apiLogTable"));
    m_table->setModel(m_log);
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setSectionResizeMode(RequestLogModel::PathColumn, QHeaderView::Stretch);
    m_table->fieldLookup = [](const QString &) { return -1; };

    auto *formRow = new QHBoxLayout;
    auto *formBox = new QWidget(this);
    formBox->setLayout(form);
    formBox->setMaximumWidth(620);
    form->setContentsMargins(0, 0, 0, 0);
    formRow->addWidget(formBox, 1);
    formRow->addStretch(0);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(formRow);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_warning);
    layout->addSpacing(6);
    layout->addLayout(logBar);
    layout->addWidget(m_table, 1);

    m_flush = new QTimer(this);
    m_flush->setInterval(100);
    m_flush->setSingleShot(true);
    connect(m_flush, &QTimer::timeout, this, &ApiServerPage::flushLog);

    connect(m_start, &QPushButton::clicked, this, [this] { startServer(); });
    connect(m_stop, &QPushButton::clicked, this, &ApiServerPage::stopServer);
    connect(m_docs, &QPushButton::clicked, this, [this] {
        if (isRunning())
            QDesktopServices::openUrl(QUrl(url() + QStringLiteral("/docs")));
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_pending.clear();
        m_log->clear();
    });
    connect(m_host, &QLineEdit::textChanged, this, &ApiServerPage::updateState);
    connect(m_token, &QLineEdit::textChanged, this, &ApiServerPage::updateState);

    retranslateUi();
}

ApiServerPage::~ApiServerPage()
{
    if (m_server)
        m_server->stop();
}

QTableView *ApiServerPage::mainTable() const
{
    return m_table;
}

QAbstractItemModel *ApiServerPage::logModel() const
{
    return m_log;
}

bool ApiServerPage::startServer()
{
    if (isRunning())
        return true;
    if (!m_server) {
        m_server = std::make_unique<ApiServer>(m_store);
        connect(m_server.get(), &ApiServer::requestLogged, this, &ApiServerPage::enqueue, Qt::QueuedConnection);
    }
    const QString host = m_host->text().trimmed();
    m_error.clear();
    m_server->setApiToken(m_token->text().trimmed());
    QString error;
    if (!m_server->start(host, quint16(m_port->value()), &error)) {
        m_error = error;
        qCWarning(lcUi) << "API server:" << error;
        emit statusMessage(tr("The API server could not start: %1").arg(error));
        updateState();
        return false;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("api/host"), host);
    if (m_port->value() != 0)
        settings.setValue(QStringLiteral("api/port"), m_port->value());
    settings.setValue(QStringLiteral("api/token"), m_token->text());
    emit statusMessage(tr("API server listening at %1").arg(url()));
    updateState();
    return true;
}

void ApiServerPage::stopServer()
{
    if (!isRunning())
        return;
    m_server->stop();
    emit statusMessage(tr("API server stopped"));
    updateState();
}

bool ApiServerPage::isRunning() const
{
    return m_server && m_server->isRunning();
}

quint16 ApiServerPage::port() const
{
    return isRunning() ? m_server->port() : 0;
}

QString ApiServerPage::url() const
{
    if (!isRunning())
        return {};
    QString host = m_host->text().trimmed();
    if (host.isEmpty() || host == QStringLiteral("0.0.0.0") || host == QStringLiteral("::"))
        host = QStringLiteral("127.0.0.1");
    else if (host.contains(u':'))
        host = u'[' + host + u']';
    return QStringLiteral("%1://%2:%3").arg(m_server->scheme(), host).arg(m_server->port());
}

bool ApiServerPage::insecureWarningShown() const
{
    return !m_warning->isHidden();
}

void ApiServerPage::updateState()
{
    const bool running = isRunning();
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_docs->setEnabled(running);
    m_host->setEnabled(!running);
    m_token->setEnabled(!running);
    m_port->setEnabled(!running);
    if (running) {
        const QString link = url();
        m_status->setText(tr("Running at <a href=\"%1\">%1</a>").arg(link.toHtmlEscaped()));
    } else if (!m_error.isEmpty()) {
        m_status->setText(tr("Stopped: %1").arg(m_error.toHtmlEscaped()));
    } else {
        m_status->setText(tr("Stopped"));
    }
    // Running: the token the server checks; stopped: the one the next start will use.
    const QString token = running ? m_server->apiToken() : m_token->text().trimmed();
    m_warning->setVisible(!isLoopback(m_host->text()) && token.isEmpty());
}

void ApiServerPage::enqueue(const RequestLogEntry &entry)
{
    m_pending.append(entry);
    if (m_pending.size() > kMaxLogRows)
        m_pending.remove(0, m_pending.size() - kMaxLogRows);
    if (!m_flush->isActive())
        m_flush->start();
}

void ApiServerPage::flushLog()
{
    m_log->prepend(m_pending, kMaxLogRows);
    m_pending.clear();
}

void ApiServerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ScreenPage::changeEvent(event);
}

void ApiServerPage::retranslateUi()
{
    m_heading->setText(tr("Embedded API server"));
    m_hostLabel->setText(tr("&Host:"));
    m_portLabel->setText(tr("&Port:"));
    m_tokenLabel->setText(tr("&Token:"));
    m_host->setAccessibleName(tr("Host to listen on"));
    m_host->setToolTip(tr("127.0.0.1 serves this computer only; 0.0.0.0 serves the network"));
    m_port->setAccessibleName(tr("Port to listen on"));
    m_port->setSpecialValueText(tr("any free port"));
    m_token->setAccessibleName(tr("Bearer token"));
    m_token->setPlaceholderText(tr("none (no authentication)"));
    m_start->setText(tr("&Start server"));
    m_start->setAccessibleName(tr("Start the API server"));
    m_stop->setText(tr("S&top server"));
    m_stop->setAccessibleName(tr("Stop the API server"));
    m_docs->setText(tr("Open API &docs"));
    m_docs->setAccessibleName(tr("Open the API documentation in the browser"));
    m_status->setAccessibleName(tr("API server status"));
    m_warning->setText(tr("Warning: the server is reachable from other computers and no API token is set — anyone "
                          "on the network can read and change the store. Set STOREDESK_API_TOKEN or listen on 127.0.0.1."));
    m_warning->setAccessibleName(tr("Security warning"));
    m_logHeading->setText(tr("Request log (newest first)"));
    m_clear->setText(tr("C&lear log"));
    m_clear->setAccessibleName(tr("Clear the request log"));
    m_table->setAccessibleName(tr("API request log"));
    m_log->retranslate();
    updateState();
}

#include "apiserverpage.moc"
