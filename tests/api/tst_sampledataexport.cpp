// SPDX-License-Identifier: MIT
#include "apitestclient.h"
#include "demodataservice.h"
#include "sampledataexport.h"
#include "testdatabases.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

/** export-sample-data writes exactly the bytes the API answers, and an index of them. */
class TestSampleDataExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void filesEqualApiResponses();
};

void TestSampleDataExport::filesEqualApiResponses()
{
    QFETCH_GLOBAL(QString, engine);
    auto store = TestDatabases::freshStore(engine);
    // Orders up to now: the analytics samples cover ranges ending today.
    DemoDataService(store->database(), store->config()).generate(DemoDataOptions{});

    QTemporaryDir dir;
    const SampleDataExport::Summary summary = SampleDataExport::write(*store, dir.path());
    QVERIFY(summary.files >= 11);

    QFile indexFile(QDir(dir.path()).filePath(QStringLiteral("index.json")));
    QVERIFY(indexFile.open(QIODevice::ReadOnly));
    const QJsonArray files = QJsonDocument::fromJson(indexFile.readAll()).object().value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), summary.files);

    ApiTestClient client(*store);
    QStringList names;
    for (const QJsonValue &value : files) {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(QStringLiteral("file")).toString();
        names << name;
        QFile file(QDir(dir.path()).filePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
        const QByteArray written = file.readAll();
        const QString path = entry.value(QStringLiteral("path")).toString();
        const bool post = entry.value(QStringLiteral("method")).toString() == u"POST";
        const ApiReply reply = post ? client.post(path, entry.value(QStringLiteral("body")).toObject()) : client.get(path);
        QCOMPARE(reply.status, 200);
        QVERIFY2(written == reply.body, qPrintable(name + QStringLiteral(" differs from the API's answer")));
        QCOMPARE(entry.value(QStringLiteral("bytes")).toInteger(), qint64(written.size()));
    }
    for (const char *expected : {"categories.json", "products.json", "inventory.json", "low-stock.json", "customers.json", "sales.json",
                                 "dashboard-summary.json", "revenue-by-day.json", "revenue-by-week.json", "revenue-by-month.json",
                                 "revenue-comparison.json"})
        QVERIFY2(names.contains(QLatin1String(expected)), expected);
    auto readJson = [&](const QString &name) {
        QFile f(QDir(dir.path()).filePath(name));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    };
    // The analytics samples hold the demo store's recent orders: 30 daily buckets, 12 weekly ones.
    QCOMPARE(readJson(QStringLiteral("revenue-by-day.json")).value(QStringLiteral("series")).toArray().size(), 30);
    QVERIFY(readJson(QStringLiteral("revenue-by-day.json")).value(QStringLiteral("total_revenue")).toDouble() > 0);
    QVERIFY(readJson(QStringLiteral("revenue-by-week.json")).value(QStringLiteral("series")).toArray().size() >= 12);
    QVERIFY(readJson(QStringLiteral("dashboard-summary.json")).value(QStringLiteral("total_orders")).toInteger() > 0);
    QVERIFY(!readJson(QStringLiteral("revenue-comparison.json")).value(QStringLiteral("breakdown")).toArray().isEmpty());
    // The demo store's shape shows through: 8 categories, 40 products.
    QFile categories(QDir(dir.path()).filePath(QStringLiteral("categories.json")));
    QVERIFY(categories.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(categories.readAll()).array().size(), 8);
}

STOREDESK_DB_TEST_MAIN(TestSampleDataExport)
#include "tst_sampledataexport.moc"
