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
    DemoDataOptions options;
    options.until = QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);
    DemoDataService(store->database(), store->config()).generate(options);

    QTemporaryDir dir;
    const SampleDataExport::Summary summary = SampleDataExport::write(*store, dir.path());
    QVERIFY(summary.files >= 6);

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
        const ApiReply reply = client.get(entry.value(QStringLiteral("path")).toString());
        QCOMPARE(reply.status, 200);
        QVERIFY2(written == reply.body, qPrintable(name + QStringLiteral(" differs from the API's answer")));
        QCOMPARE(entry.value(QStringLiteral("bytes")).toInteger(), qint64(written.size()));
    }
    for (const char *expected : {"categories.json", "products.json", "inventory.json", "low-stock.json", "customers.json", "sales.json"})
        QVERIFY2(names.contains(QLatin1String(expected)), expected);
    // The demo store's shape shows through: 8 categories, 40 products.
    QFile categories(QDir(dir.path()).filePath(QStringLiteral("categories.json")));
    QVERIFY(categories.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(categories.readAll()).array().size(), 8);
}

STOREDESK_DB_TEST_MAIN(TestSampleDataExport)
#include "tst_sampledataexport.moc"
