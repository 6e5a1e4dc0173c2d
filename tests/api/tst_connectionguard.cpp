// SPDX-License-Identifier: MIT
#include "apitestclient.h"
#include "testdatabases.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

/** The socket-level guard in front of the HTTP engine: raw bytes in, exact answers out. */
class TestConnectionGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void malformedRequestLineIs400();
    void headsArrivingInPiecesAreCheckedAsTheyCome_data();
    void headsArrivingInPiecesAreCheckedAsTheyCome();
    void oversizedContentLengthIs413BeforeTheBody();
    void oversizedHeadIs431();
    void chunkedBodyIs411();
    void expectContinueIsAnswered();
    void connectionCloseAndHttp10Close();
    void keepAliveServesPipelinedRequests();
    void serverStaysHealthyAfterAbuse();

private:
    /** Sends @p bytes, returns everything received until the server closes or @p waitMs pass. */
    QByteArray exchange(const QByteArray &bytes, int waitMs = 3000, bool *closed = nullptr);
    /** The same, sending @p pieces 150 ms apart (so the server reads each on its own). */
    QByteArray exchange(const QByteArrayList &pieces, int waitMs = 3000);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<ApiTestClient> m_client;
};

void TestConnectionGuard::initTestCase()
{
    m_store = TestDatabases::freshStore(QStringLiteral("sqlite"));
    m_client = std::make_unique<ApiTestClient>(*m_store);
}

void TestConnectionGuard::cleanupTestCase()
{
    m_client.reset();
    m_store.reset();
}

QByteArray TestConnectionGuard::exchange(const QByteArray &bytes, int waitMs, bool *closed)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_client->port());
    if (!socket.waitForConnected(3000))
        return "NO CONNECTION";
    socket.write(bytes);
    socket.flush();
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < waitMs && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.waitForReadyRead(100))
            received += socket.readAll();
    }
    received += socket.readAll();
    if (closed)
        *closed = socket.state() != QAbstractSocket::ConnectedState;
    return received;
}

QByteArray TestConnectionGuard::exchange(const QByteArrayList &pieces, int waitMs)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_client->port());
    if (!socket.waitForConnected(3000))
        return "NO CONNECTION";
    QByteArray received;
    for (const QByteArray &piece : pieces) {
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
        socket.write(piece);
        socket.flush();
        if (socket.waitForReadyRead(150))
            received += socket.readAll();
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < waitMs && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.waitForReadyRead(100))
            received += socket.readAll();
    }
    return received + socket.readAll();
}

void TestConnectionGuard::headsArrivingInPiecesAreCheckedAsTheyCome_data()
{
    // Qt's parser reads a head as it arrives and would drop the connection silently at a bad
    // byte: the guard must answer before it, and must pass good heads through intact.
    QTest::addColumn<QByteArrayList>("pieces");
    QTest::addColumn<QByteArray>("status");
    QTest::addRow("bad method, line end later") << QByteArrayList{"GARBAGE\r\n", "\r\n"} << QByteArray("400");
    QTest::addRow("bad method, first bytes") << QByteArrayList{"GXT /health", " HTTP/1.1\r\n\r\n"} << QByteArray("400");
    QTest::addRow("HTTP/2 preface") << QByteArrayList{"PRI * HTTP/2.0\r\n", "\r\nSM\r\n\r\n"} << QByteArray("400");
    QTest::addRow("space in a header name") << QByteArrayList{"GET /health HTTP/1.1\r\nBad Header", ": x\r\n\r\n"} << QByteArray("400");
    QTest::addRow("control byte in a header value") << QByteArrayList{"GET /health HTTP/1.1\r\nX-A: a\x01", "b\r\n\r\n"} << QByteArray("400");
    QTest::addRow("good head in three pieces")
        << QByteArrayList{"GET /hea", "lth HTTP/1.1\r\nHo", "st: x\r\nConnection: close\r\n\r\n"} << QByteArray("200");
    QTest::addRow("good head byte by byte")
        << [] {
               QByteArrayList bytes;
               for (char c : QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
                   bytes << QByteArray(1, c);
               return bytes;
           }()
        << QByteArray("200");
}

void TestConnectionGuard::headsArrivingInPiecesAreCheckedAsTheyCome()
{
    QFETCH(QByteArrayList, pieces);
    QFETCH(QByteArray, status);
    const QByteArray reply = exchange(pieces, 2000);
    QVERIFY2(reply.startsWith(QByteArray("HTTP/1.1 " + status + ' ')), reply.constData());
}

void TestConnectionGuard::malformedRequestLineIs400()
{
    bool closed = false;
    const QByteArray reply = exchange("THIS IS NOT HTTP\r\n\r\n", 3000, &closed);
    QVERIFY2(reply.startsWith("HTTP/1.1 400 "), reply.constData());
    QVERIFY(reply.contains("{\"detail\":"));
    QVERIFY(closed);
}

void TestConnectionGuard::oversizedContentLengthIs413BeforeTheBody()
{
    // Only the head is sent: the answer must come without the server waiting for the body.
    QElapsedTimer timer;
    timer.start();
    QByteArray reply = exchange("POST /api/v1/categories/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                "Content-Length: 2000000\r\n\r\n{\"name\":",
                                1500);
    QVERIFY2(reply.startsWith("HTTP/1.1 413 "), reply.constData());
    QVERIFY(timer.elapsed() < 2500);
    // Beyond 64 MiB the server does not even read the body to drain it: it closes at once.
    bool closed = false;
    reply = exchange("POST /api/v1/categories/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "Content-Length: 100000000\r\n\r\n{",
                     3000, &closed);
    QVERIFY2(reply.startsWith("HTTP/1.1 413 "), reply.constData());
    QVERIFY(closed);
    QCOMPARE(m_store->categories().count(), qint64(0));
}

void TestConnectionGuard::oversizedHeadIs431()
{
    const QByteArray reply = exchange("GET /health HTTP/1.1\r\nHost: x\r\nX-Junk: " + QByteArray(20000, 'j') + "\r\n\r\n");
    QVERIFY2(reply.startsWith("HTTP/1.1 431 "), reply.left(200).constData());
}

void TestConnectionGuard::chunkedBodyIs411()
{
    const QByteArray reply = exchange("POST /api/v1/categories/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                      "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n0\r\n\r\n");
    QVERIFY2(reply.startsWith("HTTP/1.1 411 "), reply.constData());
}

void TestConnectionGuard::expectContinueIsAnswered()
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_client->port());
    QVERIFY(socket.waitForConnected(3000));
    const QByteArray body = "{\"name\":\"Continued\"}";
    socket.write("POST /api/v1/categories/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
                 "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
    QVERIFY(socket.waitForReadyRead(1000)); // without the guard, no interim answer ever comes
    QVERIFY(socket.readAll().startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
    socket.write(body);
    QByteArray reply;
    QElapsedTimer timer;
    timer.start();
    while (!reply.contains("Continued") && timer.elapsed() < 3000 && socket.waitForReadyRead(200))
        reply += socket.readAll();
    QVERIFY2(reply.startsWith("HTTP/1.1 201 "), reply.constData());
}

void TestConnectionGuard::connectionCloseAndHttp10Close()
{
    bool closed = false;
    QElapsedTimer timer;
    timer.start();
    QByteArray reply = exchange("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 5000, &closed);
    QVERIFY2(reply.startsWith("HTTP/1.1 200 "), reply.constData());
    QVERIFY(closed);
    QVERIFY(timer.elapsed() < 2000);
    reply = exchange("GET /health HTTP/1.0\r\n\r\n", 5000, &closed);
    QVERIFY2(reply.startsWith("HTTP/1.1 200 "), reply.constData());
    QVERIFY(closed);
}

void TestConnectionGuard::keepAliveServesPipelinedRequests()
{
    const QByteArray body = "{\"name\":\"Piped\"}";
    const QByteArray reply = exchange("POST /api/v1/categories/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                      "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body
                                      + "GET /health HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QCOMPARE(reply.count("HTTP/1.1 201 "), 1);
    QCOMPARE(reply.count("HTTP/1.1 200 "), 2);
}

void TestConnectionGuard::serverStaysHealthyAfterAbuse()
{
    for (int i = 0; i < 20; ++i)
        exchange(QByteArray(i * 7 % 50 + 1, char('A' + i % 26)) + "\r\n\r\n", 500);
    QCOMPARE(m_client->get(QStringLiteral("/health")).status, 200);
}

QTEST_GUILESS_MAIN(TestConnectionGuard)
#include "tst_connectionguard.moc"
