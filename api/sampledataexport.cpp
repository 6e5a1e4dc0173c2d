// SPDX-License-Identifier: MIT
#include "sampledataexport.h"

#include "apidispatcher.h"
#include "store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace SampleDataExport {
namespace {

struct Sample
{
    const char *file;
    const char *path; ///< relative to the versioned prefix when it starts without '/'
    const char *description;
};

// What a front-end needs to render every screen; analytics samples join when their routes exist.
const Sample kSamples[] = {
    {"categories.json", "categories/", "Product categories"},
    {"products.json", "products/?limit=1000", "Products with their category"},
    {"inventory.json", "inventory/?limit=1000", "Stock rows with their product"},
    {"low-stock.json", "inventory/low-stock", "Rows at or below their threshold, most urgent first"},
    {"customers.json", "customers/?limit=1000", "Customers"},
    {"sales.json", "sales/?limit=100", "The 100 newest orders with customer and items"},
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw StoreError(StoreError::Kind::Config, QStringLiteral("write_failed"),
                         QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace

Summary write(Store &store, const QString &directory)
{
    QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory))
        throw StoreError(StoreError::Kind::Config, QStringLiteral("write_failed"),
                         QStringLiteral("cannot create folder %1").arg(directory));
    ApiDispatcher dispatcher(store);
    Summary summary;
    QJsonArray index;
    for (const Sample &sample : kSamples) {
        const QString relative = QString::fromLatin1(sample.path);
        const QString full = store.config().apiPrefix + u'/' + relative;
        const qsizetype q = full.indexOf(u'?');
        ApiRequest request;
        request.method = "GET";
        request.path = q < 0 ? full : full.left(q);
        if (q >= 0)
            request.query = QUrlQuery(full.mid(q + 1));
        request.client = QHostAddress::LocalHost;
        if (!store.config().apiToken.isEmpty())
            request.headers.insert("authorization", "Bearer " + store.config().apiToken.toUtf8());
        const ApiResponse response = dispatcher.handle(request);
        if (response.status != 200)
            throw StoreError(StoreError::Kind::Internal, QStringLiteral("export_failed"),
                             QStringLiteral("GET %1 answered %2: %3").arg(full).arg(response.status).arg(QString::fromUtf8(response.body)));
        writeFile(dir.filePath(QString::fromLatin1(sample.file)), response.body);
        const QJsonDocument parsed = QJsonDocument::fromJson(response.body);
        index.append(QJsonObject{{QStringLiteral("file"), QString::fromLatin1(sample.file)},
                                 {QStringLiteral("method"), QStringLiteral("GET")},
                                 {QStringLiteral("path"), full},
                                 {QStringLiteral("description"), QString::fromLatin1(sample.description)},
                                 {QStringLiteral("items"), parsed.isArray() ? QJsonValue(parsed.array().size()) : QJsonValue(QJsonValue::Null)},
                                 {QStringLiteral("bytes"), response.body.size()}});
        ++summary.files;
        summary.bytes += response.body.size();
    }
    writeFile(dir.filePath(QStringLiteral("index.json")),
              QJsonDocument(QJsonObject{{QStringLiteral("generated_by"), QStringLiteral("storedesk-server export-sample-data")},
                                        {QStringLiteral("version"), QStringLiteral(STOREDESK_VERSION)},
                                        {QStringLiteral("files"), index}})
                  .toJson(QJsonDocument::Indented));
    return summary;
}

} // namespace SampleDataExport
