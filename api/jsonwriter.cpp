// SPDX-License-Identifier: MIT
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        m_out += ',';
    m_first = false;
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out += '}';
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out += ']';
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    m_out += '"';
    m_out += name; // member names are ASCII identifiers chosen by the API
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    separate();
    // The same shortest round-trip form QJsonDocument writes.
    m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    return *this;
}

JsonWriter &JsonWriter::value(const QString &text)
{
    separate();
    // Strings are rare here (names, platforms): QJsonDocument's escaping, without the array.
    const QByteArray quoted = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    m_out.append(quoted.constData() + 1, quoted.size() - 2);
    return *this;
}

JsonWriter &JsonWriter::value(Money amount)
{
    separate();
    const qint64 cents = amount.cents();
    const quint64 abs = cents < 0 ? quint64(-(cents + 1)) + 1 : quint64(cents);
    if (cents < 0)
        m_out += '-';
    m_out += QByteArray::number(abs / 100);
    const int fraction = int(abs % 100);
    if (fraction != 0) {
        m_out += '.';
        m_out += char('0' + fraction / 10);
        if (fraction % 10 != 0)
            m_out += char('0' + fraction % 10);
    }
    return *this;
}

JsonWriter &JsonWriter::value(const QDate &day)
{
    separate();
    int y = 0, m = 0, d = 0;
    day.getDate(&y, &m, &d);
    char buf[12] = {'"', char('0' + y / 1000 % 10), char('0' + y / 100 % 10), char('0' + y / 10 % 10), char('0' + y % 10), '-',
                    char('0' + m / 10), char('0' + m % 10), '-', char('0' + d / 10), char('0' + d % 10), '"'};
    m_out.append(buf, sizeof buf);
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out += "null";
    return *this;
}

JsonWriter &JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out += json;
    return *this;
}
