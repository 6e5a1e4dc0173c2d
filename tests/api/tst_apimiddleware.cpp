// SPDX-License-Identifier: MIT
#include "apitestclient.h"
#include "testdatabases.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QMutex>
#include <QTest>

/** The cross-cutting behaviour every route shares: errors, headers, CORS, token, rate limit. */
class TestApiMiddleware : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void cleanup();

    void healthAndRoot();
    void unknownRouteIsJson404();
    void wrongMethodIs405WithAllow();
    void trailingSlashIsOptional();
    void malformedJsonIs400();
    void nonJsonBodyIs415();
    void oversizedBodyIs413();
    void nonObjectBodyIs422();
    void requestIdIsEchoedOrGenerated();
    void corsPreflightAndHeaders();
    void corsRejectsUnlistedOrigin();
    void tokenRequiredExceptPublicRoutes();
    void rateLimitAnswers429WithRetryAfter();
    void requestLogSignal();
    void cachedReadsSeeEveryWrite();
    void healthIs503WhileTheDatabaseIsGone();

private:
    void start(StoreConfig config = TestDatabases::defaultConfig());

    std::unique_ptr<Store> m_store;
    std::unique_ptr<ApiTestClient> m_client;
};

void TestApiMiddleware::start(StoreConfig config)
{
    QFETCH_GLOBAL(QString, engine);
    m_store = TestDatabases::freshStore(engine, config);
    m_client = std::make_unique<ApiTestClient>(*m_store);
}

void TestApiMiddleware::cleanup()
{
    m_client.reset();
    m_store.reset();
}

void TestApiMiddleware::healthAndRoot()
{
    start();
    const ApiReply health = m_client->get(QStringLiteral("/health"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.header("content-type"), QByteArray("application/json"));
    QCOMPARE(health.object().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(health.object().value(QStringLiteral("database")).toString(), QStringLiteral("ok"));
    QVERIFY(health.object().contains(QStringLiteral("uptime_s")));
    QVERIFY(!health.object().value(QStringLiteral("version")).toString().isEmpty());
    const ApiReply root = m_client->get(QStringLiteral("/"));
    QCOMPARE(root.status, 200);
    QCOMPARE(root.object().value(QStringLiteral("message")).toString(), QStringLiteral("E-commerce Admin Dashboard API"));
    QCOMPARE(root.object().value(QStringLiteral("docs")).toString(), QStringLiteral("/docs"));
}

void TestApiMiddleware::unknownRouteIsJson404()
{
    start();
    for (const QString &path : {QStringLiteral("/nope"), QStringLiteral("/api/v1/nothing/here"), QStringLiteral("/api/v1/categories/abc")}) {
        const ApiReply r = m_client->get(path);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QVERIFY(r.object().value(QStringLiteral("detail")).isString());
    }
}

void TestApiMiddleware::wrongMethodIs405WithAllow()
{
    start();
    const ApiReply r = m_client->send("PATCH", QStringLiteral("/api/v1/categories/"), "{}", {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 405);
    QCOMPARE(r.header("allow"), QByteArray("GET, POST"));
    const ApiReply item = m_client->send("POST", QStringLiteral("/api/v1/categories/5"), "{}", {{"Content-Type", "application/json"}});
    QCOMPARE(item.status, 405);
    QVERIFY(item.header("allow").contains("DELETE"));
}

void TestApiMiddleware::trailingSlashIsOptional()
{
    start();
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/categories")).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/categories/")).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/health/")).status, 200);
}

void TestApiMiddleware::malformedJsonIs400()
{
    start();
    const ApiReply r = m_client->send("POST", QStringLiteral("/api/v1/categories/"), "{\"name\": ", {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("JSON")));
    QCOMPARE(m_store->categories().count(), qint64(0));
}

void TestApiMiddleware::nonJsonBodyIs415()
{
    start();
    const ApiReply r = m_client->send("POST", QStringLiteral("/api/v1/categories/"), "name=x", {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(r.status, 415);
    QCOMPARE(m_store->categories().count(), qint64(0));
}

void TestApiMiddleware::oversizedBodyIs413()
{
    start();
    QByteArray big = "{\"name\":\"" + QByteArray(1024 * 1024 + 10, 'x') + "\"}";
    const ApiReply r = m_client->send("POST", QStringLiteral("/api/v1/categories/"), big, {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 413);
    QCOMPARE(m_store->categories().count(), qint64(0));
}

void TestApiMiddleware::nonObjectBodyIs422()
{
    start();
    const ApiReply r = m_client->send("POST", QStringLiteral("/api/v1/categories/"), "[1,2]", {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 422);
    const QJsonArray detail = r.object().value(QStringLiteral("detail")).toArray();
    QCOMPARE(detail.size(), 1);
    QCOMPARE(detail.first().toObject().value(QStringLiteral("loc")).toArray().first().toString(), QStringLiteral("body"));
}

void TestApiMiddleware::requestIdIsEchoedOrGenerated()
{
    start();
    const ApiReply echoed = m_client->get(QStringLiteral("/health"), {{"X-Request-ID", "abc-123"}});
    QCOMPARE(echoed.header("x-request-id"), QByteArray("abc-123"));
    const ApiReply a = m_client->get(QStringLiteral("/health"));
    const ApiReply b = m_client->get(QStringLiteral("/health"));
    QVERIFY(!a.header("x-request-id").isEmpty());
    QVERIFY(a.header("x-request-id") != b.header("x-request-id"));
    bool ok = false;
    const double seconds = a.header("x-process-time").toDouble(&ok);
    QVERIFY(ok);
    QVERIFY(seconds >= 0 && seconds < 5);
}

void TestApiMiddleware::corsPreflightAndHeaders()
{
    start();
    const ApiReply preflight = m_client->send("OPTIONS", QStringLiteral("/api/v1/categories/"), {},
                                              {{"Origin", "http://shop.example"}, {"Access-Control-Request-Method", "POST"},
                                               {"Access-Control-Request-Headers", "content-type"}});
    QCOMPARE(preflight.status, 204);
    QCOMPARE(preflight.header("access-control-allow-origin"), QByteArray("*"));
    QVERIFY(preflight.header("access-control-allow-methods").contains("POST"));
    QCOMPARE(preflight.header("access-control-allow-headers"), QByteArray("content-type"));
    const ApiReply get = m_client->get(QStringLiteral("/api/v1/categories/"), {{"Origin", "http://shop.example"}});
    QCOMPARE(get.header("access-control-allow-origin"), QByteArray("*"));
    QVERIFY(get.header("access-control-expose-headers").contains("X-Total-Count"));
}

void TestApiMiddleware::corsRejectsUnlistedOrigin()
{
    StoreConfig config = TestDatabases::defaultConfig();
    config.corsOrigins = {QStringLiteral("http://allowed.example")};
    start(config);
    const ApiReply allowed = m_client->get(QStringLiteral("/health"), {{"Origin", "http://allowed.example"}});
    QCOMPARE(allowed.header("access-control-allow-origin"), QByteArray("http://allowed.example"));
    const ApiReply other = m_client->get(QStringLiteral("/health"), {{"Origin", "http://evil.example"}});
    QVERIFY(other.header("access-control-allow-origin").isEmpty());
    // A preflight from an unlisted origin is refused outright; a listed one gets its answer.
    const QList<QPair<QByteArray, QByteArray>> ask{{"Access-Control-Request-Method", "POST"}};
    const ApiReply refused = m_client->send("OPTIONS", QStringLiteral("/api/v1/categories/"), {},
                                            QList{QPair<QByteArray, QByteArray>{"Origin", "http://evil.example"}} + ask);
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.header("access-control-allow-origin").isEmpty());
    QVERIFY(refused.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("evil.example")));
    const ApiReply granted = m_client->send("OPTIONS", QStringLiteral("/api/v1/categories/"), {},
                                            QList{QPair<QByteArray, QByteArray>{"Origin", "http://allowed.example"}} + ask);
    QCOMPARE(granted.status, 204);
    QCOMPARE(granted.header("access-control-allow-origin"), QByteArray("http://allowed.example"));
}

void TestApiMiddleware::tokenRequiredExceptPublicRoutes()
{
    StoreConfig config = TestDatabases::defaultConfig();
    config.apiToken = QStringLiteral("s3cret");
    start(config);
    QCOMPARE(m_client->get(QStringLiteral("/health")).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/")).status, 200);
    const ApiReply missing = m_client->get(QStringLiteral("/api/v1/categories/"));
    QCOMPARE(missing.status, 401);
    QCOMPARE(missing.header("www-authenticate"), QByteArray("Bearer"));
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/categories/"), {{"Authorization", "Bearer wrong"}}).status, 401);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/categories/"), {{"Authorization", "Bearer s3cret"}}).status, 200);
    const ApiReply write = m_client->post(QStringLiteral("/api/v1/categories/"), {{QStringLiteral("name"), QStringLiteral("X")}});
    QCOMPARE(write.status, 401);
    QCOMPARE(m_store->categories().count(), qint64(0));
}

void TestApiMiddleware::rateLimitAnswers429WithRetryAfter()
{
    StoreConfig config = TestDatabases::defaultConfig();
    config.rateLimitPerMinute = 5;
    start(config);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/categories/")).status, 200);
    const ApiReply limited = m_client->get(QStringLiteral("/api/v1/categories/"));
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.header("retry-after").toInt() >= 1);
    QCOMPARE(limited.header("x-ratelimit-limit"), QByteArray("5"));
    QCOMPARE(limited.header("x-ratelimit-remaining"), QByteArray("0"));
}

void TestApiMiddleware::requestLogSignal()
{
    start();
    QList<RequestLogEntry> entries;
    QMutex lock;
    QObject::connect(&m_client->server(), &ApiServer::requestLogged, &m_client->server(), [&](const RequestLogEntry &e) {
        QMutexLocker guard(&lock);
        entries << e;
    }, Qt::DirectConnection);
    m_client->get(QStringLiteral("/api/v1/categories/?limit=1"));
    QMutexLocker guard(&lock);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().method, QByteArray("GET"));
    QCOMPARE(entries.first().path, QStringLiteral("/api/v1/categories/"));
    QCOMPARE(entries.first().status, 200);
    QVERIFY(entries.first().bytes > 0);
}

void TestApiMiddleware::cachedReadsSeeEveryWrite()
{
    start();
    QFETCH_GLOBAL(QString, engine);
    const QString path = QStringLiteral("/api/v1/categories/");
    auto names = [&] {
        QStringList out;
        const ApiReply reply = m_client->get(path);
        for (const QJsonValue &v : reply.array())
            out << v.toObject().value(QStringLiteral("name")).toString();
        return sorted(out);
    };
    QCOMPARE(names(), QStringList());
    QCOMPARE(names(), QStringList()); // now cached

    // A write through the API is seen by the next read.
    QCOMPARE(m_client->post(path, QJsonObject{{QStringLiteral("name"), QStringLiteral("A")}}).status, 201);
    QCOMPARE(names(), QStringList({QStringLiteral("A")}));

    // So is a write by the same process outside the API (the desktop app's own screens).
    m_store->categories().create(CategoryInput{QStringLiteral("B"), {}});
    QCOMPARE(names(), QStringList({QStringLiteral("A"), QStringLiteral("B")}));

    // Another process (here: a second Store with its own connections): at once on SQLite, which
    // reports other connections' commits; within the 1 s bound on the server engines.
    StoreConfig other = m_store->config();
    Store second(other, false);
    second.categories().create(CategoryInput{QStringLiteral("C"), {}});
    const QStringList all{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    if (engine == u"sqlite") {
        QCOMPARE(names(), all);
    } else {
        QElapsedTimer waited;
        waited.start();
        QTRY_COMPARE_WITH_TIMEOUT(names(), all, 3000);
        QVERIFY2(waited.elapsed() < 2000, qPrintable(QStringLiteral("seen after %1 ms").arg(waited.elapsed())));
    }

    // Different queries are different entries.
    QCOMPARE(m_client->get(path + QStringLiteral("?limit=1")).array().size(), 1);
    QCOMPARE(m_client->get(path + QStringLiteral("?limit=2")).array().size(), 2);
}

void TestApiMiddleware::healthIs503WhileTheDatabaseIsGone()
{
    QFETCH_GLOBAL(QString, engine);
    if (engine != u"postgresql")
        QSKIP("needs a server whose connections the test can cut off (PostgreSQL)");
    start();
    QCOMPARE(m_client->get(QStringLiteral("/health")).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/categories/")).status, 200);

    // Refuse new connections to the store's database and cut the open ones (the API's included),
    // from an administrative connection to the test server's main database.
    Database admin(DatabaseUrl::parseOrThrow(qEnvironmentVariable("STOREDESK_TEST_PGSQL_URL")));
    const QString name = m_store->database().url().databaseName();
    auto allowConnections = [&](bool allow) {
        admin.connection().exec(QStringLiteral("ALTER DATABASE \"%1\" WITH ALLOW_CONNECTIONS %2").arg(name, allow ? u"true" : u"false"));
    };
    allowConnections(false);
    auto restore = qScopeGuard([&] { allowConnections(true); });
    admin.connection().exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'").arg(name));

    QTRY_COMPARE_WITH_TIMEOUT(m_client->get(QStringLiteral("/health")).status, 503, 3000);
    const ApiReply health = m_client->get(QStringLiteral("/health"));
    QCOMPARE(health.object().value(QStringLiteral("status")).toString(), QStringLiteral("degraded"));
    QCOMPARE(health.object().value(QStringLiteral("database")).toString(), QStringLiteral("unavailable"));
    const ApiReply list = m_client->get(QStringLiteral("/api/v1/categories/?limit=7"));
    QCOMPARE(list.status, 503);
    QVERIFY(!list.object().value(QStringLiteral("detail")).toString().isEmpty());

    restore.dismiss();
    allowConnections(true);
    // The server reconnects by itself once the database is back.
    QTRY_COMPARE_WITH_TIMEOUT(m_client->get(QStringLiteral("/health")).status, 200, 3000);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/categories/?limit=7")).status, 200);
}

STOREDESK_DB_TEST_MAIN(TestApiMiddleware)
#include "tst_apimiddleware.moc"
