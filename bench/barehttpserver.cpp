// SPDX-License-Identifier: MIT
// The yardstick for bench/api.sh: a bare QHttpServer with one route answering a small constant
// JSON object — what Qt HTTP Server 6.4 does on this machine with no application work at all.
#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const quint16 wanted = argc > 1 ? quint16(QByteArray(argv[1]).toUInt()) : 0;
    QHttpServer server;
    server.route(QStringLiteral("/bare"), [] {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    const quint16 port = server.listen(QHostAddress::LocalHost, wanted);
    if (port == 0)
        return 1;
    QTextStream(stdout) << "listening on http://127.0.0.1:" << port << Qt::endl;
    return QCoreApplication::exec();
}
