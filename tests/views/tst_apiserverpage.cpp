// SPDX-License-Identifier: MIT
#include "apiserver.h"
#include "apiserverpage.h"
#include "apitestclient.h"
#include "guitesthelpers.h"
#include "inventorypage.h"
#include "inventorytablemodel.h"
#include "mainwindow.h"
#include "salespage.h"
#include "salestablemodel.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QTest>

/** The API server panel (start, log, stop, warning) and the window's live refresh after API writes. */
class TestApiServerPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup() { m_store.reset(); }

    void startsAnswersAndLogs();
    void warnsWhenOpenWithoutToken();
    void tokenTypedInThePanelIsRequired();
    void logIsBoundedNewestFirst();
    void apiWritesShowWithinASecond();
    void lowStockCrossingIsAnnounced();

private:
    static int get(const QString &url, const QByteArray &authorization = {});
    std::unique_ptr<Store> m_store;
};

void TestApiServerPage::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = GuiTest::demoStore(engine, 50);
    QSettings().clear();
}

int TestApiServerPage::get(const QString &url, const QByteArray &authorization)
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

void TestApiServerPage::startsAnswersAndLogs()
{
    MainWindow window(*m_store, MainWindow::ApiServerIndex);
    QCOMPARE(window.sidebar()->item(MainWindow::ApiServerIndex)->text(), QStringLiteral("API server"));
    auto *page = qobject_cast<ApiServerPage *>(window.currentPage());
    QVERIFY(page);
    auto *host = page->findChild<QLineEdit *>(QStringLiteral("apiHost"));
    auto *port = page->findChild<QSpinBox *>(QStringLiteral("apiPort"));
    auto *start = page->findChild<QPushButton *>(QStringLiteral("apiStart"));
    auto *stop = page->findChild<QPushButton *>(QStringLiteral("apiStop"));
    auto *docs = page->findChild<QPushButton *>(QStringLiteral("apiDocs"));
    QVERIFY(host && port && start && stop && docs);
    QCOMPARE(host->text(), m_store->config().host);
    QVERIFY(!host->accessibleName().isEmpty());
    QVERIFY(!stop->isEnabled());
    QVERIFY(!docs->isEnabled());

    port->setValue(0); // any free port
    start->click();
    QVERIFY(page->isRunning());
    QVERIFY(page->port() > 0);
    QVERIFY(!start->isEnabled());
    QVERIFY(docs->isEnabled());
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(page->port());
    QCOMPARE(page->url(), url);
    auto *status = page->findChild<QLabel *>(QStringLiteral("apiStatus"));
    QVERIFY(status->text().contains(QStringLiteral("href=\"%1\"").arg(url)));

    QCOMPARE(get(url + QStringLiteral("/health")), 200);
    QCOMPARE(get(url + QStringLiteral("/api/v1/no-such-route")), 404);
    QAbstractItemModel *log = page->logModel();
    QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 2, 3000);
    // Newest on top: time, client, method, path, status, duration.
    QCOMPARE(log->index(0, 2).data().toString(), QStringLiteral("GET"));
    QCOMPARE(log->index(0, 3).data().toString(), QStringLiteral("/api/v1/no-such-route"));
    QCOMPARE(log->index(0, 4).data().toInt(), 404);
    QCOMPARE(log->index(1, 3).data().toString(), QStringLiteral("/health"));
    QCOMPARE(log->index(1, 4).data().toInt(), 200);
    QVERIFY(log->index(1, 1).data().toString().contains(QStringLiteral("127.0.0.1")));
    QVERIFY(log->index(1, 5).data().toDouble() >= 0);
    QCOMPARE(log->headerData(5, Qt::Horizontal).toString(), QStringLiteral("Duration (ms)"));

    stop->click();
    QVERIFY(!page->isRunning());
    QVERIFY(start->isEnabled());
    QCOMPARE(get(url + QStringLiteral("/health")), 0); // nobody listens any more
    // The address used is remembered for the next start.
    QCOMPARE(QSettings().value(QStringLiteral("api/host")).toString(), m_store->config().host);
}

void TestApiServerPage::warnsWhenOpenWithoutToken()
{
    ApiServerPage page(*m_store);
    auto *host = page.findChild<QLineEdit *>(QStringLiteral("apiHost"));
    QVERIFY(m_store->config().apiToken.isEmpty());
    host->setText(QStringLiteral("127.0.0.1"));
    QVERIFY(!page.insecureWarningShown());
    host->setText(QStringLiteral("localhost"));
    QVERIFY(!page.insecureWarningShown());
    host->setText(QStringLiteral("0.0.0.0"));
    QVERIFY(page.insecureWarningShown());
    host->setText(QStringLiteral("192.168.1.20"));
    QVERIFY(page.insecureWarningShown());
    // A token typed in the panel is the one the server will require: no warning then.
    page.findChild<QLineEdit *>(QStringLiteral("apiToken"))->setText(QStringLiteral("typed-token"));
    QVERIFY(!page.insecureWarningShown());

    StoreConfig config = m_store->config();
    config.apiToken = QStringLiteral("s3cret");
    Store guarded(config, false);
    ApiServerPage withToken(guarded);
    withToken.findChild<QLineEdit *>(QStringLiteral("apiHost"))->setText(QStringLiteral("0.0.0.0"));
    QVERIFY(!withToken.insecureWarningShown());
}

void TestApiServerPage::tokenTypedInThePanelIsRequired()
{
    QVERIFY(m_store->config().apiToken.isEmpty());
    ApiServerPage page(*m_store);
    page.findChild<QLineEdit *>(QStringLiteral("apiHost"))->setText(QStringLiteral("127.0.0.1"));
    page.findChild<QSpinBox *>(QStringLiteral("apiPort"))->setValue(0);
    auto *token = page.findChild<QLineEdit *>(QStringLiteral("apiToken"));
    token->setText(QStringLiteral("t0ken"));
    QVERIFY(page.startServer());
    QVERIFY(!token->isEnabled()); // it applies to the running server; change it after a stop
    const QString url = page.url();
    QCOMPARE(get(url + QStringLiteral("/api/v1/products/")), 401);
    QCOMPARE(get(url + QStringLiteral("/api/v1/products/"), "Bearer wrong"), 401);
    QCOMPARE(get(url + QStringLiteral("/api/v1/products/"), "Bearer t0ken"), 200);
    QCOMPARE(get(url + QStringLiteral("/health")), 200); // public
    page.stopServer();

    // Cleared and started again: no token any more.
    token->clear();
    QVERIFY(page.startServer());
    QCOMPARE(get(page.url() + QStringLiteral("/api/v1/products/")), 200);
    page.stopServer();
}

void TestApiServerPage::logIsBoundedNewestFirst()
{
    ApiServerPage page(*m_store);
    page.findChild<QSpinBox *>(QStringLiteral("apiPort"))->setValue(0);
    QVERIFY(page.startServer());
    const int total = ApiServerPage::kMaxLogRows + 20;
    for (int i = 0; i < total; ++i) {
        RequestLogEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.client = QStringLiteral("127.0.0.1");
        entry.method = "GET";
        entry.path = QStringLiteral("/r/%1").arg(i);
        entry.status = 200;
        // As the server thread does: queued.
        QMetaObject::invokeMethod(page.server(), [&page, entry] { emit page.server()->requestLogged(entry); });
    }
    QAbstractItemModel *log = page.logModel();
    QTRY_COMPARE_WITH_TIMEOUT(log->index(0, 3).data().toString(), QStringLiteral("/r/%1").arg(total - 1), 3000);
    QCOMPARE(log->rowCount(), ApiServerPage::kMaxLogRows);
    QCOMPARE(log->index(log->rowCount() - 1, 3).data().toString(), QStringLiteral("/r/20"));
    page.stopServer();
}

void TestApiServerPage::apiWritesShowWithinASecond()
{
    MainWindow window(*m_store, MainWindow::InventoryIndex);
    window.show();
    auto *inventory = qobject_cast<InventoryPage *>(window.currentPage());
    auto *sales = qobject_cast<SalesPage *>(window.showPage(MainWindow::SalesIndex));
    QVERIFY(inventory && sales);
    const int orders = sales->model()->rowCount();

    const Product product = m_store->products().list().first();
    const InventoryItem stock = m_store->inventory().forProduct(product.id).first();
    QVERIFY(inventory->model()->rowOfId(stock.id) >= 0);
    const int quantityColumn = inventory->model()->fieldIndex(QStringLiteral("quantity"));

    ApiTestClient client(*m_store);
    const QJsonObject order{{QStringLiteral("platform"), QStringLiteral("Website")},
                            {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("product_id"), product.id},
                                                                             {QStringLiteral("quantity"), 2}}}}};
    const ApiReply created = client.post(QStringLiteral("/api/v1/sales/"), order);
    QCOMPARE(created.status, 201);
    // The visible page follows within a second, without a manual refresh.
    QTRY_COMPARE_WITH_TIMEOUT(sales->model()->rowCount(), orders + 1, 1000);

    // A stock change through the API shows on the Inventory page (visible now) within a second.
    auto quantityOnScreen = [&] {
        return inventory->model()->index(inventory->model()->rowOfId(stock.id), quantityColumn).data().toLongLong();
    };
    auto quantityStored = [&] {
        for (const InventoryItem &item : m_store->inventory().forProduct(product.id)) {
            if (item.id == stock.id)
                return item.quantity;
        }
        return qint64(-1);
    };
    window.showPage(MainWindow::InventoryIndex);
    QCOMPARE(quantityOnScreen(), quantityStored());
    const qint64 before = quantityStored();
    const ApiReply adjusted = client.post(QStringLiteral("/api/v1/inventory/%1/adjust").arg(stock.id),
                                          QJsonObject{{QStringLiteral("delta"), 7}, {QStringLiteral("reason"), QStringLiteral("received")}});
    QVERIFY2(adjusted.status == 200, adjusted.body.constData());
    QTRY_COMPARE_WITH_TIMEOUT(quantityOnScreen(), before + 7, 1000);
}

void TestApiServerPage::lowStockCrossingIsAnnounced()
{
    MainWindow window(*m_store, MainWindow::ProductsIndex);
    QVERIFY(window.lastLowStockNotice().isEmpty()); // rows already low are not announced at start
    InventoryItem row;
    for (const InventoryItem &item : m_store->inventory().list()) {
        if (item.quantity > item.lowStockThreshold + 1) {
            row = item;
            break;
        }
    }
    QVERIFY(row.id > 0);
    const Product product = m_store->products().get(row.productId);
    ApiTestClient client(*m_store);
    // Still above the threshold: nothing to say.
    ApiReply reply = client.post(QStringLiteral("/api/v1/inventory/%1/adjust").arg(row.id),
                                 QJsonObject{{QStringLiteral("delta"), -(row.quantity - row.lowStockThreshold - 1)},
                                             {QStringLiteral("reason"), QStringLiteral("damaged")}});
    QCOMPARE(reply.status, 200);
    QTest::qWait(700);
    QVERIFY(window.lastLowStockNotice().isEmpty());
    // One more unit down reaches the threshold: announced once.
    reply = client.post(QStringLiteral("/api/v1/inventory/%1/adjust").arg(row.id),
                        QJsonObject{{QStringLiteral("delta"), -1}, {QStringLiteral("reason"), QStringLiteral("damaged")}});
    QCOMPARE(reply.status, 200);
    const QString expected = QStringLiteral("%1 at %2: %3 left").arg(product.name, row.location).arg(row.lowStockThreshold);
    QTRY_COMPARE_WITH_TIMEOUT(window.lastLowStockNotice(), expected, 1000);
}

STOREDESK_DB_TEST_MAIN_WIDGETS(TestApiServerPage)
#include "tst_apiserverpage.moc"
