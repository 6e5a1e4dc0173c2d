// SPDX-License-Identifier: MIT
// Many writers at once, on every engine: API clients over HTTP (served by the API's own thread)
// and desktop-style callers of the services on their own threads, all on one store. Afterwards
// every invariant holds, no client saw a 5xx, and no database-busy error escaped the retries.
#include "apitestclient.h"
#include "testdatabases.h"

#include "connection.h"
#include "integritycheck.h"
#include "sqlquery.h"
#include "writemix.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

namespace {

/** A blocking keep-alive HTTP/1.1 client for one thread (QNetworkAccessManager needs an event loop). */
class RawClient
{
public:
    explicit RawClient(quint16 port) : m_port(port) {}

    /** Sends one request; returns the status (0 when the connection failed) and the body. */
    int send(const QByteArray &method, const QByteArray &path, const QByteArray &body, QByteArray *replyBody)
    {
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (m_socket.state() != QAbstractSocket::ConnectedState) {
                m_socket.abort();
                m_buffer.clear();
                m_socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
                if (!m_socket.waitForConnected(5000))
                    return 0;
            }
            QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
            if (!body.isEmpty())
                request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
            request += "\r\n" + body;
            m_socket.write(request);
            const int status = readResponse(replyBody);
            if (status != 0)
                return status;
            // The server may close an idle keep-alive connection; one fresh try.
            m_socket.abort();
        }
        return 0;
    }

private:
    bool fill()
    {
        if (!m_socket.waitForReadyRead(60000))
            return false;
        m_buffer += m_socket.readAll();
        return true;
    }

    int readResponse(QByteArray *replyBody)
    {
        qsizetype headEnd;
        while ((headEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
            if (!fill())
                return 0;
        }
        const QByteArray head = m_buffer.left(headEnd);
        const int status = head.mid(9, 3).toInt();
        qint64 length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        while (m_buffer.size() < headEnd + 4 + length) {
            if (!fill())
                return 0;
        }
        *replyBody = m_buffer.mid(headEnd + 4, length);
        m_buffer.remove(0, headEnd + 4 + length);
        return status;
    }

    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

struct Tally
{
    std::atomic<qint64> next{0};
    std::atomic<qint64> done{0};
    std::atomic<qint64> refused{0}; ///< 409 insufficient stock: a business answer, not a failure
    std::mutex lock;
    QStringList failures;

    void fail(const QString &what)
    {
        std::lock_guard guard(lock);
        if (failures.size() < 20)
            failures << what;
    }
};

} // namespace

class TestConcurrentWrites : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("storedesk.api.info=false")); }

    void mixedWritersKeepEveryInvariant()
    {
        QFETCH_GLOBAL(QString, engine);
        StoreConfig config = TestDatabases::defaultConfig();
        config.rateLimitPerMinute = 0; // eight busy clients from one address are not abuse here
        auto store = TestDatabases::freshStore(engine, config);
        WriteMix::prepare(*store);
        WriteMix mix(*store);

        ApiTestClient api(*store);
        const quint16 port = api.port();
        Tally tally;
        constexpr qint64 kWrites = 10'000;
        constexpr int kHttpClients = 4;
        constexpr int kServiceClients = 4;

        // API clients: the same mix over HTTP. Anything but 2xx or a 409 for stock is a failure.
        auto httpClient = [&](int n) {
            QRandomGenerator rng(1000 + n);
            RawClient http(port);
            while (tally.next.fetch_add(1) < kWrites) {
                const WriteMix::Kind kind = WriteMix::anyKind(rng);
                QByteArray method = "POST", path, body;
                switch (kind) {
                case WriteMix::Kind::Order: {
                    QByteArray items;
                    for (int l = WriteMix::anyLineCount(rng); l > 0; --l)
                        items += (items.isEmpty() ? "" : ",") + QByteArray("{\"product_id\":")
                               + QByteArray::number(mix.anyProduct(rng))
                               + ",\"quantity\":" + QByteArray::number(WriteMix::anyQuantity(rng)) + '}';
                    path = "/api/v1/sales/";
                    body = "{\"platform\":\"" + WriteMix::anyPlatform(rng).toUtf8()
                         + "\",\"status\":\"completed\",\"items\":[" + items + "]}";
                    break;
                }
                case WriteMix::Kind::Adjustment:
                    path = "/api/v1/inventory/" + QByteArray::number(mix.anyStockRow(rng)) + "/adjust";
                    body = "{\"delta\":" + QByteArray::number(WriteMix::anyDelta(rng)) + ",\"reason\":\"api count\"}";
                    break;
                case WriteMix::Kind::StatusChange:
                case WriteMix::Kind::PlatformMove:
                    method = "PUT";
                    path = "/api/v1/sales/" + QByteArray::number(mix.anySale(rng));
                    if (kind == WriteMix::Kind::StatusChange)
                        body = "{\"status\":\"" + WriteMix::anyStatus(rng).toUtf8() + "\"}";
                    else
                        body = "{\"platform\":\"" + WriteMix::anyPlatform(rng).toUtf8() + "\"}";
                    break;
                }
                QByteArray reply;
                const int status = http.send(method, path, body, &reply);
                if (status == 200 || status == 201) {
                    ++tally.done;
                    if (kind == WriteMix::Kind::Order)
                        mix.addSale(QJsonDocument::fromJson(reply).object().value(QStringLiteral("id")).toInteger());
                } else if (status == 409 && reply.contains("insufficient stock")) {
                    ++tally.refused;
                } else {
                    tally.fail(QStringLiteral("HTTP %1 for %2 %3: %4")
                                   .arg(status)
                                   .arg(QString::fromLatin1(method), QString::fromLatin1(path), QString::fromUtf8(reply.left(300))));
                }
            }
        };
        // Desktop-style callers: the services straight from their own threads.
        auto serviceClient = [&](int n) {
            QRandomGenerator rng(2000 + n);
            while (tally.next.fetch_add(1) < kWrites) {
                QString error;
                switch (mix.write(rng, QStringLiteral("desk count"), &error)) {
                case WriteMix::Outcome::Done:
                    ++tally.done;
                    break;
                case WriteMix::Outcome::Refused:
                    ++tally.refused;
                    break;
                case WriteMix::Outcome::Failed:
                    tally.fail(error);
                    break;
                }
            }
            store->database().closeThreadConnection();
        };
        std::vector<std::thread> threads;
        for (int n = 0; n < kHttpClients; ++n)
            threads.emplace_back(httpClient, n);
        for (int n = 0; n < kServiceClients; ++n)
            threads.emplace_back(serviceClient, n);
        for (std::thread &t : threads)
            t.join();

        qInfo("%s: %lld writes done, %lld refused for stock, %lld failed", qPrintable(engine), qlonglong(tally.done.load()),
              qlonglong(tally.refused.load()), qlonglong(tally.failures.size()));
        QVERIFY2(tally.failures.isEmpty(), qPrintable(tally.failures.join(u'\n')));
        QCOMPARE(tally.done + tally.refused, kWrites);
        QVERIFY2(tally.done > kWrites / 2, "most writes should succeed with the stock given");

        const IntegrityReport report = IntegrityCheck::run(*store);
        QVERIFY2(report.ok(), qPrintable(report.lines().join(u'\n')));
        QVERIFY(report.orders > 200);

        // The analytics engine's all-time revenue against a naive sum over the order lines.
        const qint64 naive = store->database().read([](Connection &conn) {
            return SqlQuery(conn, QStringLiteral("SELECT COALESCE(SUM(i.quantity * i.unit_price - i.discount), 0) FROM sale_items i "
                                                 "JOIN sales s ON s.id = i.sale_id WHERE s.status NOT IN ('cancelled', 'refunded')"))
                .scalar()
                .toLongLong();
        });
        const ApiReply summary = api.post(QStringLiteral("/api/v1/analytics/sales"),
                                          QJsonObject{{QStringLiteral("start_date"), QStringLiteral("2010-01-01")},
                                                      {QStringLiteral("end_date"), QStringLiteral("2029-12-31")}});
        QVERIFY2(summary.status == 200, summary.body.constData());
        QCOMPARE(qRound64(summary.object().value(QStringLiteral("total_revenue")).toDouble() * 100.0), naive);
    }
};

STOREDESK_DB_TEST_MAIN(TestConcurrentWrites)
#include "tst_concurrentwrites.moc"
