// SPDX-License-Identifier: MIT
#pragma once

#include "money.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

/**
 * Writes compact JSON straight into a byte buffer, keys in the order given. For the large
 * analytics answers (hundreds of buckets), where building QJsonObjects and serialising them cost
 * more than computing the figures. Money is written like the rest of the API: a number with at
 * most two decimals and no trailing zeros ("12.5", "12"). Commas are placed automatically.
 */
class JsonWriter
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    /** The next member's name (inside an object). */
    JsonWriter &key(const char *name);

    JsonWriter &value(qint64 number);
    JsonWriter &value(double number);
    JsonWriter &value(const QString &text);
    JsonWriter &value(Money amount);
    /** "YYYY-MM-DD" */
    JsonWriter &value(const QDate &day);
    JsonWriter &null();
    /** A percent value or null. */
    JsonWriter &value(std::optional<double> number) { return number ? value(*number) : null(); }

    /** Inserts already-serialised JSON as the next value. */
    JsonWriter &raw(const QByteArray &json);

    const QByteArray &data() const { return m_out; }

private:
    void separate();

    QByteArray m_out;
    bool m_first = true;    ///< no value yet at this nesting level
    bool m_afterKey = false; ///< the next value follows a key
};
