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
    QString file;
    QByteArray method;
    QString path; ///< relative to the versioned prefix
    QJsonObject body;
    QString description;
};

/** What a front-end needs to render every screen; analytics ranges end today (store time zone). */
QList<Sample> samples(Store &store)
{
    const QDate today = store.analytics().today();
    auto range = [&](int days, const QString &groupBy) {
        return QJsonObject{{QStringLiteral("start_date"), today.addDays(1 - days).toString(Qt::ISODate)},
                           {QStringLiteral("end_date"), today.toString(Qt::ISODate)},
                           {QStringLiteral("group_by"), groupBy}};
    };
    const QByteArray get = "GET";
    const QByteArray post = "POST";
    return {
        {QStringLiteral("categories.json"), get, QStringLiteral("categories/"), {}, QStringLiteral("Product categories")},
        {QStringLiteral("products.json"), get, QStringLiteral("products/?limit=1000"), {}, QStringLiteral("Products with their category")},
        {QStringLiteral("inventory.json"), get, QStringLiteral("inventory/?limit=1000"), {}, QStringLiteral("Stock rows with their product")},
        {QStringLiteral("low-stock.json"), get, QStringLiteral("inventory/low-stock"), {},
         QStringLiteral("Rows at or below their threshold, most urgent first")},
        {QStringLiteral("customers.json"), get, QStringLiteral("customers/?limit=1000"), {}, QStringLiteral("Customers")},
        {QStringLiteral("sales.json"), get, QStringLiteral("sales/?limit=100"), {}, QStringLiteral("The 100 newest orders with customer and items")},
        {QStringLiteral("dashboard-summary.json"), get, QStringLiteral("dashboard/summary?period=30d"), {},
         QStringLiteral("The dashboard for the last 30 days")},
        {QStringLiteral("revenue-by-day.json"), post, QStringLiteral("analytics/revenue"), range(30, QStringLiteral("day")),
         QStringLiteral("Revenue per day, last 30 days")},
        {QStringLiteral("revenue-by-week.json"), post, QStringLiteral("analytics/revenue"), range(7 * 12, QStringLiteral("week")),
         QStringLiteral("Revenue per ISO week, last 12 weeks")},
        {QStringLiteral("revenue-by-month.json"), post, QStringLiteral("analytics/revenue"), range(365, QStringLiteral("month")),
         QStringLiteral("Revenue per month, last 365 days")},
        {QStringLiteral("revenue-comparison.json"), post, QStringLiteral("analytics/revenue/compare"),
         QJsonObject{{QStringLiteral("current_start"), today.addDays(-29).toString(Qt::ISODate)},
                     {QStringLiteral("current_end"), today.toString(Qt::ISODate)},
                     {QStringLiteral("compare_to"), QStringLiteral("previous_period")},
                     {QStringLiteral("breakdown"), QStringLiteral("category")}},
         QStringLiteral("The last 30 days against the 30 before, by category")},
    };
}

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
    for (const Sample &sample : samples(store)) {
        const QString full = store.config().apiPrefix + u'/' + sample.path;
        const qsizetype q = full.indexOf(u'?');
        ApiRequest request;
        request.method = sample.method;
        request.path = q < 0 ? full : full.left(q);
        if (q >= 0)
            request.query = QUrlQuery(full.mid(q + 1));
        if (sample.method == "POST") {
            request.body = QJsonDocument(sample.body).toJson(QJsonDocument::Compact);
            request.headers.insert("content-type", "application/json");
        }
        request.client = QHostAddress::LocalHost;
        if (!store.config().apiToken.isEmpty())
            request.headers.insert("authorization", "Bearer " + store.config().apiToken.toUtf8());
        const ApiResponse response = dispatcher.handle(request);
        if (response.status != 200)
            throw StoreError(StoreError::Kind::Internal, QStringLiteral("export_failed"),
                             QStringLiteral("%1 %2 answered %3: %4").arg(QString::fromLatin1(sample.method), full).arg(response.status).arg(QString::fromUtf8(response.body)));
        writeFile(dir.filePath(sample.file), response.body);
        const QJsonDocument parsed = QJsonDocument::fromJson(response.body);
        QJsonObject entry{{QStringLiteral("file"), sample.file},
                          {QStringLiteral("method"), QString::fromLatin1(sample.method)},
                          {QStringLiteral("path"), full},
                          {QStringLiteral("description"), sample.description},
                          {QStringLiteral("items"), parsed.isArray() ? QJsonValue(parsed.array().size()) : QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("bytes"), response.body.size()}};
        if (sample.method == "POST")
            entry.insert(QStringLiteral("body"), sample.body);
        index.append(entry);
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
