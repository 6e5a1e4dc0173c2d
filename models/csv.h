// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QIODevice;

/** CSV as RFC 4180 describes it: CRLF line ends, fields quoted when needed, quotes doubled; UTF-8. */
namespace Csv {
/** One field, quoted if it holds a comma, quote, CR or LF (or leading/trailing spaces). */
QString field(const QString &text);
/** One record (without its line end). */
QString record(const QStringList &fields);
/**
 * Writes @p model's visible text (DisplayRole) with a header record, all rows or only @p rows,
 * as UTF-8. Returns false if the device refused the bytes.
 */
bool write(const QAbstractItemModel &model, QIODevice &out, const QList<int> &rows = {});
/** The same as text. */
QString toText(const QAbstractItemModel &model, const QList<int> &rows = {});
/** Parses RFC 4180 text back into records (accepts LF or CRLF line ends). */
QList<QStringList> parse(const QString &text);
} // namespace Csv
