// SPDX-License-Identifier: MIT
#include "csv.h"

#include <QAbstractItemModel>
#include <QIODevice>

namespace Csv {

QString field(const QString &text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')
        || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString record(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << field(f);
    return quoted.join(u',');
}

namespace {

template<typename Sink>
void writeRecords(const QAbstractItemModel &model, const QList<int> &rows, Sink &&sink)
{
    const int columns = model.columnCount();
    QStringList header;
    for (int c = 0; c < columns; ++c)
        header << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    sink(record(header));
    auto writeRow = [&](int row) {
        QStringList fields;
        fields.reserve(columns);
        for (int c = 0; c < columns; ++c)
            fields << model.index(row, c).data(Qt::DisplayRole).toString();
        sink(record(fields));
    };
    if (rows.isEmpty()) {
        for (int r = 0; r < model.rowCount(); ++r)
            writeRow(r);
    } else {
        for (int r : rows)
            writeRow(r);
    }
}

} // namespace

bool write(const QAbstractItemModel &model, QIODevice &out, const QList<int> &rows)
{
    bool ok = true;
    writeRecords(model, rows, [&](const QString &line) {
        const QByteArray bytes = line.toUtf8() + "\r\n";
        ok = ok && out.write(bytes) == bytes.size();
    });
    return ok;
}

QString toText(const QAbstractItemModel &model, const QList<int> &rows)
{
    QString text;
    writeRecords(model, rows, [&](const QString &line) { text += line + QStringLiteral("\r\n"); });
    return text;
}

QList<QStringList> parse(const QString &text)
{
    QList<QStringList> records;
    QStringList current;
    QString fieldText;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    fieldText += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                fieldText += ch;
            }
            continue;
        }
        if (ch == u'"') {
            quoted = true;
            any = true;
        } else if (ch == u',') {
            current << fieldText;
            fieldText.clear();
            any = true;
        } else if (ch == u'\r' || ch == u'\n') {
            if (ch == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            current << fieldText;
            records << current;
            current.clear();
            fieldText.clear();
            any = false;
        } else {
            fieldText += ch;
            any = true;
        }
    }
    if (any || !fieldText.isEmpty() || !current.isEmpty()) {
        current << fieldText;
        records << current;
    }
    return records;
}

} // namespace Csv
