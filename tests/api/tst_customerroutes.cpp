// SPDX-License-Identifier: MIT
#include "apitestclient.h"
#include "testdatabases.h"

#include <QTest>

#include <algorithm>

namespace {

const QString kBase = QStringLiteral("/api/v1/customers");

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QStringList customerKeys()
{
    QStringList keys{QStringLiteral("id"),      QStringLiteral("name"),       QStringLiteral("email"),
                     QStringLiteral("phone"),   QStringLiteral("address"),    QStringLiteral("created_at"),
                     QStringLiteral("updated_at")};
    keys.sort();
    return keys;
}

QList<qint64> ids(const QJsonArray &array)
{
    QList<qint64> result;
    for (const QJsonValue &v : array)
        result << v.toObject().value(QStringLiteral("id")).toInteger();
    return result;
}

/** The "loc" arrays of a 422 body, each as a compact JSON string: ["body","name"] → "[\"body\",\"name\"]". */
QStringList locs(const ApiReply &reply)
{
    QStringList result;
    for (const QJsonValue &e : reply.object().value(QStringLiteral("detail")).toArray()) {
        const QJsonArray loc = e.toObject().value(QStringLiteral("loc")).toArray();
        result << QString::fromUtf8(QJsonDocument(loc).toJson(QJsonDocument::Compact));
    }
    result.sort();
    return result;
}

QString pct(const QString &text)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(text));
}

} // namespace

/** /api/v1/customers over real HTTP on every engine: shapes, filters, paging, sorting, errors. */
class TestCustomerRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup();

    void createReturns201WithLocationAndShape();
    void createWithNameOnlyHasNullOptionals();
    void getUnknownIs404();
    void listFiltersByNameOrEmail();
    void listPagesWithTotalCount();
    void listSorts_data();
    void listSorts();
    void duplicateEmailIs409();
    void updateIsPartial();
    void updateClearsEmailWithNullOrEmpty_data();
    void updateClearsEmailWithNullOrEmpty();
    void updateUnknownIs404();
    void invalidBodiesAre422WithEveryField_data();
    void invalidBodiesAre422WithEveryField();
    void invalidQueryIs422WithEveryParam();
    void metacharactersAreStoredVerbatim();
    void unsupportedMethodsAre405();

private:
    QJsonObject createCustomer(const QString &name, const QString &email = {});

    std::unique_ptr<Store> m_store;
    std::unique_ptr<ApiTestClient> m_client;
};

void TestCustomerRoutes::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = TestDatabases::freshStore(engine);
    m_client = std::make_unique<ApiTestClient>(*m_store);
}

void TestCustomerRoutes::cleanup()
{
    m_client.reset();
    m_store.reset();
}

QJsonObject TestCustomerRoutes::createCustomer(const QString &name, const QString &email)
{
    QJsonObject body{{QStringLiteral("name"), name}};
    if (!email.isEmpty())
        body.insert(QStringLiteral("email"), email);
    const ApiReply r = m_client->post(kBase + u'/', body);
    if (r.status != 201)
        qWarning() << "creating customer" << name << "answered" << r.status << r.body;
    return r.object();
}

void TestCustomerRoutes::createReturns201WithLocationAndShape()
{
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("  Ada Lovelace ")},
                           {QStringLiteral("email"), QStringLiteral("Ada@Example.COM")},
                           {QStringLiteral("phone"), QStringLiteral("+44 20 7946 0000")},
                           {QStringLiteral("address"), QStringLiteral("12 St James's Square, London")}};
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const ApiReply r = m_client->post(kBase + u'/', body);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    const QJsonObject c = r.object();
    QCOMPARE(sortedKeys(c), customerKeys());
    const qint64 id = c.value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(r.header("location"), (kBase + u'/' + QString::number(id)).toUtf8());
    QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(c.value(QStringLiteral("email")).toString(), QStringLiteral("ada@example.com"));
    QCOMPARE(c.value(QStringLiteral("phone")).toString(), body.value(QStringLiteral("phone")).toString());
    QCOMPARE(c.value(QStringLiteral("address")).toString(), body.value(QStringLiteral("address")).toString());
    const QString createdText = c.value(QStringLiteral("created_at")).toString();
    QVERIFY2(createdText.endsWith(QStringLiteral("+00:00")), qPrintable(createdText));
    const QDateTime created = QDateTime::fromString(createdText, Qt::ISODate);
    QVERIFY(created.isValid());
    QVERIFY(created >= before && created <= QDateTime::currentDateTimeUtc().addSecs(1));
    QCOMPARE(c.value(QStringLiteral("updated_at")).toString(), createdText);

    // The Location answers with the same object, and the row is really there.
    const ApiReply fetched = m_client->get(QString::fromUtf8(r.header("location")));
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.object(), c);
    QCOMPARE(m_store->customers().get(id).email, QStringLiteral("ada@example.com"));
    QCOMPARE(m_store->customers().count(), qint64(1));
}

void TestCustomerRoutes::createWithNameOnlyHasNullOptionals()
{
    const ApiReply r = m_client->post(kBase, {{QStringLiteral("name"), QStringLiteral("Walk-in Regular")},
                                              {QStringLiteral("email"), QJsonValue(QJsonValue::Null)}});
    QCOMPARE(r.status, 201);
    const QJsonObject c = r.object();
    QCOMPARE(sortedKeys(c), customerKeys());
    QVERIFY(c.value(QStringLiteral("email")).isNull());
    QVERIFY(c.value(QStringLiteral("phone")).isNull());
    QVERIFY(c.value(QStringLiteral("address")).isNull());
    // Two customers without e-mail do not collide on the unique index.
    QCOMPARE(m_client->post(kBase, {{QStringLiteral("name"), QStringLiteral("Another")}}).status, 201);
    QCOMPARE(m_store->customers().count(), qint64(2));
}

void TestCustomerRoutes::getUnknownIs404()
{
    const QJsonObject c = createCustomer(QStringLiteral("Known"));
    const qint64 id = c.value(QStringLiteral("id")).toInteger();
    QCOMPARE(m_client->get(kBase + u'/' + QString::number(id)).status, 200);
    const ApiReply r = m_client->get(kBase + u'/' + QString::number(id + 1));
    QCOMPARE(r.status, 404);
    QVERIFY(r.object().value(QStringLiteral("detail")).isString());
    QCOMPARE(m_client->get(kBase + QStringLiteral("/abc")).status, 404);
    QCOMPARE(m_client->get(kBase + QStringLiteral("/99999999999999999999")).status, 404);
}

void TestCustomerRoutes::listFiltersByNameOrEmail()
{
    struct Row { QString name, email; };
    const QList<Row> rows{{QStringLiteral("Grace Hopper"), QStringLiteral("grace@navy.example")},
                          {QStringLiteral("Alan Turing"), QStringLiteral("alan@bletchley.example")},
                          {QStringLiteral("Hedy Lamarr"), QStringLiteral("hedy@grace-films.example")},
                          {QStringLiteral("Ada 100% Lovelace"), {}},
                          {QStringLiteral("Edsger_Dijkstra"), QStringLiteral("ewd@tue.example")}};
    QHash<QString, qint64> idByName;
    for (const Row &row : rows)
        idByName.insert(row.name, createCustomer(row.name, row.email).value(QStringLiteral("id")).toInteger());
    QCOMPARE(m_store->customers().count(), qint64(rows.size()));

    const QStringList searches{QStringLiteral("grace"), QStringLiteral("GRACE"),       QStringLiteral("example"),
                               QStringLiteral("100%"),  QStringLiteral("_"),           QStringLiteral("%"),
                               QStringLiteral("' OR 1=1 --"), QStringLiteral("lovelace")};
    for (const QString &q : searches) {
        QList<qint64> expected;
        for (const Row &row : rows) {
            if (row.name.contains(q, Qt::CaseInsensitive) || row.email.contains(q, Qt::CaseInsensitive))
                expected << idByName.value(row.name);
        }
        std::sort(expected.begin(), expected.end());
        const ApiReply r = m_client->get(kBase + QStringLiteral("/?q=") + pct(q));
        QCOMPARE(r.status, 200);
        QCOMPARE(ids(r.array()), expected);
        QCOMPARE(r.header("x-total-count"), QByteArray::number(expected.size()));
    }
    // The searches above must have had something to find.
    QCOMPARE(ids(m_client->get(kBase + QStringLiteral("?q=grace")).array()).size(), 2);
}

void TestCustomerRoutes::listPagesWithTotalCount()
{
    QList<qint64> all;
    for (int i = 0; i < 7; ++i)
        all << createCustomer(QStringLiteral("Customer %1").arg(i)).value(QStringLiteral("id")).toInteger();
    QCOMPARE(all.size(), 7);
    const ApiReply first = m_client->get(kBase + QStringLiteral("/?limit=3"));
    QCOMPARE(first.status, 200);
    QCOMPARE(ids(first.array()), all.mid(0, 3));
    QCOMPARE(first.header("x-total-count"), QByteArray("7"));
    const ApiReply middle = m_client->get(kBase + QStringLiteral("?skip=3&limit=3"));
    QCOMPARE(ids(middle.array()), all.mid(3, 3));
    QCOMPARE(middle.header("x-total-count"), QByteArray("7"));
    const ApiReply last = m_client->get(kBase + QStringLiteral("?skip=6&limit=3"));
    QCOMPARE(ids(last.array()), all.mid(6));
    const ApiReply past = m_client->get(kBase + QStringLiteral("?skip=100"));
    QCOMPARE(past.status, 200);
    QCOMPARE(past.array().size(), 0);
    QCOMPARE(past.header("x-total-count"), QByteArray("7"));
    QCOMPARE(m_client->get(kBase + QStringLiteral("?limit=1000")).array().size(), 7);
    QCOMPARE(m_client->get(kBase + QStringLiteral("?limit=1001")).status, 422);
    // Every element of a list has the full customer shape.
    for (const QJsonValue &v : first.array())
        QCOMPARE(sortedKeys(v.toObject()), customerKeys());
}

void TestCustomerRoutes::listSorts_data()
{
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("descending");
    QTest::newRow("name") << QStringLiteral("name") << QStringLiteral("name") << false;
    QTest::newRow("-name") << QStringLiteral("-name") << QStringLiteral("name") << true;
    QTest::newRow("email:desc") << QStringLiteral("email:desc") << QStringLiteral("email") << true;
    QTest::newRow("-id") << QStringLiteral("-id") << QStringLiteral("id") << true;
    QTest::newRow("id") << QStringLiteral("id") << QStringLiteral("id") << false;
}

void TestCustomerRoutes::listSorts()
{
    QFETCH(QString, sort);
    QFETCH(QString, field);
    QFETCH(bool, descending);
    const QStringList names{QStringLiteral("Mia"), QStringLiteral("Zoe"), QStringLiteral("Ali"), QStringLiteral("Kim")};
    const QStringList emails{QStringLiteral("b@x.example"), QStringLiteral("d@x.example"),
                             QStringLiteral("c@x.example"), QStringLiteral("a@x.example")};
    QList<QJsonObject> created;
    for (int i = 0; i < names.size(); ++i)
        created << createCustomer(names[i], emails[i]);
    std::sort(created.begin(), created.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        const QJsonValue va = a.value(field), vb = b.value(field);
        const bool less = va.isString() ? va.toString() < vb.toString() : va.toInteger() < vb.toInteger();
        const bool greater = va.isString() ? vb.toString() < va.toString() : vb.toInteger() < va.toInteger();
        return descending ? greater : less;
    });
    QList<qint64> expected;
    for (const QJsonObject &c : created)
        expected << c.value(QStringLiteral("id")).toInteger();
    const ApiReply r = m_client->get(kBase + QStringLiteral("/?sort=") + sort);
    QCOMPARE(r.status, 200);
    QCOMPARE(ids(r.array()), expected);
}

void TestCustomerRoutes::duplicateEmailIs409()
{
    const QJsonObject first = createCustomer(QStringLiteral("First"), QStringLiteral("shared@example.com"));
    const QJsonObject second = createCustomer(QStringLiteral("Second"), QStringLiteral("second@example.com"));
    QVERIFY(first.contains(QStringLiteral("id")) && second.contains(QStringLiteral("id")));

    const ApiReply dup = m_client->post(kBase, {{QStringLiteral("name"), QStringLiteral("Copy")},
                                                {QStringLiteral("email"), QStringLiteral("SHARED@example.com")}});
    QCOMPARE(dup.status, 409);
    QVERIFY(dup.object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("shared@example.com")));
    QCOMPARE(m_store->customers().count(), qint64(2));

    const QString secondPath = kBase + u'/' + QString::number(second.value(QStringLiteral("id")).toInteger());
    const ApiReply clash = m_client->put(secondPath, {{QStringLiteral("email"), QStringLiteral("shared@example.com")},
                                                      {QStringLiteral("name"), QStringLiteral("Renamed")}});
    QCOMPARE(clash.status, 409);
    const ApiReply unchanged = m_client->get(secondPath);
    QCOMPARE(unchanged.object(), second); // nothing of the refused update was written
    // Keeping one's own address is not a conflict.
    QCOMPARE(m_client->put(secondPath, {{QStringLiteral("email"), QStringLiteral("second@example.com")}}).status, 200);
}

void TestCustomerRoutes::updateIsPartial()
{
    const ApiReply created = m_client->post(kBase, {{QStringLiteral("name"), QStringLiteral("Partial")},
                                                    {QStringLiteral("email"), QStringLiteral("p@example.com")},
                                                    {QStringLiteral("phone"), QStringLiteral("111")},
                                                    {QStringLiteral("address"), QStringLiteral("Old Street 1")}});
    QCOMPARE(created.status, 201);
    const QJsonObject before = created.object();
    const QString path = QString::fromUtf8(created.header("location"));

    const ApiReply r = m_client->put(path, {{QStringLiteral("phone"), QStringLiteral("222")}});
    QCOMPARE(r.status, 200);
    const QJsonObject after = r.object();
    QCOMPARE(sortedKeys(after), customerKeys());
    QCOMPARE(after.value(QStringLiteral("phone")).toString(), QStringLiteral("222"));
    for (const QString &key : {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"),
                               QStringLiteral("address"), QStringLiteral("created_at")})
        QCOMPARE(after.value(key), before.value(key));
    QVERIFY(QDateTime::fromString(after.value(QStringLiteral("updated_at")).toString(), Qt::ISODate)
            >= QDateTime::fromString(before.value(QStringLiteral("updated_at")).toString(), Qt::ISODate));

    const ApiReply more = m_client->put(path + u'/', {{QStringLiteral("name"), QStringLiteral("Renamed")},
                                                      {QStringLiteral("address"), QJsonValue(QJsonValue::Null)}});
    QCOMPARE(more.status, 200);
    QCOMPARE(more.object().value(QStringLiteral("name")).toString(), QStringLiteral("Renamed"));
    QVERIFY(more.object().value(QStringLiteral("address")).isNull());
    QCOMPARE(more.object().value(QStringLiteral("phone")).toString(), QStringLiteral("222"));
    const Customer stored = m_store->customers().get(before.value(QStringLiteral("id")).toInteger());
    QCOMPARE(stored.name, QStringLiteral("Renamed"));
    QCOMPARE(stored.address, QString());
    QCOMPARE(stored.email, QStringLiteral("p@example.com"));

    // An empty body changes nothing but is accepted.
    const ApiReply empty = m_client->put(path, {});
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.object().value(QStringLiteral("name")), more.object().value(QStringLiteral("name")));
}

void TestCustomerRoutes::updateClearsEmailWithNullOrEmpty_data()
{
    QTest::addColumn<QJsonValue>("email");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("empty") << QJsonValue(QString());
    QTest::newRow("blank") << QJsonValue(QStringLiteral("   "));
}

void TestCustomerRoutes::updateClearsEmailWithNullOrEmpty()
{
    QFETCH(QJsonValue, email);
    const QJsonObject c = createCustomer(QStringLiteral("Clear Me"), QStringLiteral("clear@example.com"));
    QCOMPARE(c.value(QStringLiteral("email")).toString(), QStringLiteral("clear@example.com"));
    const QString path = kBase + u'/' + QString::number(c.value(QStringLiteral("id")).toInteger());
    const ApiReply r = m_client->put(path, {{QStringLiteral("email"), email}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.object().value(QStringLiteral("email")).isNull());
    QVERIFY(m_client->get(path).object().value(QStringLiteral("email")).isNull());
    // The address is free again.
    QCOMPARE(m_client->post(kBase, {{QStringLiteral("name"), QStringLiteral("Next")},
                                    {QStringLiteral("email"), QStringLiteral("clear@example.com")}}).status, 201);
}

void TestCustomerRoutes::updateUnknownIs404()
{
    const QJsonObject c = createCustomer(QStringLiteral("Only"));
    const qint64 missing = c.value(QStringLiteral("id")).toInteger() + 10;
    const ApiReply r = m_client->put(kBase + u'/' + QString::number(missing),
                                     {{QStringLiteral("name"), QStringLiteral("X")}});
    QCOMPARE(r.status, 404);
    QVERIFY(r.object().value(QStringLiteral("detail")).isString());
    QCOMPARE(m_store->customers().count(), qint64(1));
}

void TestCustomerRoutes::invalidBodiesAre422WithEveryField_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expectedLocs");
    auto locList = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *l : list)
            result << QString::fromUtf8(l);
        result.sort();
        return result;
    };
    QTest::newRow("missing name") << QByteArray("POST") << QByteArray("{}") << locList({R"(["body","name"])"});
    QTest::newRow("null name") << QByteArray("POST") << QByteArray(R"({"name":null})")
                               << locList({R"(["body","name"])"});
    QTest::newRow("wrong types")
        << QByteArray("POST") << QByteArray(R"({"name":5,"email":true,"phone":[1],"address":{"a":1}})")
        << locList({R"(["body","name"])", R"(["body","email"])", R"(["body","phone"])", R"(["body","address"])"});
    QTest::newRow("empty name, bad email") << QByteArray("POST")
                                           << QByteArray(R"({"name":"  ","email":"not-an-address"})")
                                           << locList({R"(["body","name"])", R"(["body","email"])"});
    QTest::newRow("too long") << QByteArray("POST")
                              << QByteArray(R"({"name":")") + QByteArray(201, 'n') + QByteArray(R"(","phone":")")
                                     + QByteArray(51, '1') + QByteArray(R"("})")
                              << locList({R"(["body","name"])", R"(["body","phone"])"});
    QTest::newRow("update wrong types")
        << QByteArray("PUT") << QByteArray(R"({"name":1,"email":2,"phone":false})")
        << locList({R"(["body","name"])", R"(["body","email"])", R"(["body","phone"])"});
    QTest::newRow("update empty name") << QByteArray("PUT") << QByteArray(R"({"name":""})")
                                       << locList({R"(["body","name"])"});
    QTest::newRow("update bad email") << QByteArray("PUT") << QByteArray(R"({"email":"a@b"})")
                                      << locList({R"(["body","email"])"});
}

void TestCustomerRoutes::invalidBodiesAre422WithEveryField()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expectedLocs);
    const QJsonObject existing = createCustomer(QStringLiteral("Existing"), QStringLiteral("existing@example.com"));
    const QString existingPath = kBase + u'/' + QString::number(existing.value(QStringLiteral("id")).toInteger());
    const QString path = method == "PUT" ? existingPath : kBase;
    const ApiReply r = m_client->send(method, path, body, {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    const QJsonArray detail = r.object().value(QStringLiteral("detail")).toArray();
    QCOMPARE(detail.size(), expectedLocs.size());
    for (const QJsonValue &e : detail) {
        const QJsonObject error = e.toObject();
        QCOMPARE(sortedKeys(error),
                 (QStringList{QStringLiteral("loc"), QStringLiteral("msg"), QStringLiteral("type")}));
        QVERIFY(!error.value(QStringLiteral("msg")).toString().isEmpty());
        QVERIFY(!error.value(QStringLiteral("type")).toString().isEmpty());
    }
    QCOMPARE(locs(r), expectedLocs);
    // Nothing was written.
    QCOMPARE(m_store->customers().count(), qint64(1));
    QCOMPARE(m_client->get(existingPath).object(), existing);
}

void TestCustomerRoutes::invalidQueryIs422WithEveryParam()
{
    createCustomer(QStringLiteral("Someone"));
    const ApiReply r = m_client->get(kBase + QStringLiteral("/?skip=-1&limit=abc&sort=password&unknown=ignored"));
    QCOMPARE(r.status, 422);
    QCOMPARE(locs(r), (QStringList{QStringLiteral(R"(["query","limit"])"), QStringLiteral(R"(["query","skip"])"),
                                   QStringLiteral(R"(["query","sort"])")}));
    const ApiReply ok = m_client->get(kBase + QStringLiteral("/?unknown=ignored"));
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.array().size(), 1);
}

void TestCustomerRoutes::metacharactersAreStoredVerbatim()
{
    const QString name = QStringLiteral("<script>alert('x')</script>\"; DROP TABLE customers; -- ☃");
    const QString address = QStringLiteral("Robert'); DELETE FROM sales;-- & <b>bold</b> \\ %_");
    const ApiReply r = m_client->post(kBase, {{QStringLiteral("name"), name}, {QStringLiteral("address"), address},
                                              {QStringLiteral("email"), QStringLiteral("o'brien+tag@example.com")}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(QStringLiteral("name")).toString(), name);
    const ApiReply back = m_client->get(QString::fromUtf8(r.header("location")));
    QCOMPARE(back.object().value(QStringLiteral("name")).toString(), name);
    QCOMPARE(back.object().value(QStringLiteral("address")).toString(), address);
    QCOMPARE(back.object().value(QStringLiteral("email")).toString(), QStringLiteral("o'brien+tag@example.com"));
    const ApiReply search = m_client->get(kBase + QStringLiteral("?q=") + pct(QStringLiteral("DROP TABLE")));
    QCOMPARE(search.status, 200);
    QCOMPARE(search.array().size(), 1);
    QCOMPARE(m_store->customers().count(), qint64(1));
}

void TestCustomerRoutes::unsupportedMethodsAre405()
{
    const QJsonObject c = createCustomer(QStringLiteral("Stay"));
    const QString item = kBase + u'/' + QString::number(c.value(QStringLiteral("id")).toInteger());
    const ApiReply del = m_client->del(item);
    QCOMPARE(del.status, 405);
    QCOMPARE(del.header("allow"), QByteArray("GET, PUT"));
    const ApiReply patch = m_client->send("PATCH", kBase + u'/', "{}", {{"Content-Type", "application/json"}});
    QCOMPARE(patch.status, 405);
    QCOMPARE(patch.header("allow"), QByteArray("GET, POST"));
    QCOMPARE(m_store->customers().count(), qint64(1));
}

STOREDESK_DB_TEST_MAIN(TestCustomerRoutes)
#include "tst_customerroutes.moc"
