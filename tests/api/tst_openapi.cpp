// SPDX-License-Identifier: MIT
#include "apitestclient.h"
#include "openapi.h"
#include "testdatabases.h"

#include <QRegularExpression>
#include <QTest>

/** /openapi.json and the route table describe the same API, both ways. */
class TestOpenApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyRouteIsDocumented();
    void everyDocumentedOperationIsServed();
    void everyReferencedSchemaExists();

private:
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ApiTestClient> m_client;
    QJsonObject m_document;
};

void TestOpenApi::initTestCase()
{
    m_store = TestDatabases::freshStore(QStringLiteral("sqlite"));
    m_client = std::make_unique<ApiTestClient>(*m_store);
    const ApiReply reply = m_client->get(QStringLiteral("/openapi.json"));
    QCOMPARE(reply.status, 200);
    m_document = reply.object();
    QCOMPARE(m_document.value(QStringLiteral("openapi")).toString().left(2), QStringLiteral("3."));
}

void TestOpenApi::cleanupTestCase()
{
    m_client.reset();
    m_store.reset();
}

void TestOpenApi::everyRouteIsDocumented()
{
    const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
    int documented = 0;
    for (const RouteTable::Route &route : m_client->server().routes().routes()) {
        if (route.doc.hidden)
            continue;
        QString path = route.pattern;
        path.replace(QStringLiteral(":int}"), QStringLiteral("}"));
        const QJsonObject item = paths.value(path).toObject();
        QVERIFY2(item.contains(QString::fromLatin1(route.method).toLower()),
                 qPrintable(QStringLiteral("%1 %2 is served but not documented").arg(QString::fromLatin1(route.method), path)));
        ++documented;
    }
    QVERIFY(documented > 40);
}

void TestOpenApi::everyDocumentedOperationIsServed()
{
    // Each documented operation, called with placeholder ids, must reach a handler: never the
    // router's 404 "Not Found" for an unknown path, nor 405.
    const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
    int operations = 0;
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        QString path = it.key();
        path.replace(QRegularExpression(QStringLiteral("\\{[a-z_]+\\}")), QStringLiteral("987654"));
        const QJsonObject item = it.value().toObject();
        for (auto op = item.begin(); op != item.end(); ++op) {
            const QByteArray method = op.key().toUpper().toLatin1();
            const RouteTable::Match match = m_client->server().routes().match(method, path);
            QVERIFY2(match.route, qPrintable(QStringLiteral("%1 %2 is documented but not routed").arg(op.key(), it.key())));
            ++operations;
        }
    }
    QVERIFY(operations > 40);
}

void TestOpenApi::everyReferencedSchemaExists()
{
    const QJsonObject schemas = m_document.value(QStringLiteral("components")).toObject().value(QStringLiteral("schemas")).toObject();
    const QByteArray text = QJsonDocument(m_document).toJson(QJsonDocument::Compact);
    static const QRegularExpression ref(QStringLiteral("#/components/schemas/([A-Za-z0-9_]+)"));
    auto it = ref.globalMatch(QString::fromUtf8(text));
    int refs = 0;
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        QVERIFY2(schemas.contains(name), qPrintable(name));
        ++refs;
    }
    QVERIFY(refs > 20);
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
