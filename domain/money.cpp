// SPDX-License-Identifier: MIT
#include "money.h"

#include <cmath>
#include <limits>

namespace {
// 10^11 units, exclusive (the API's "less than 100000000000"): beyond any real price or order
// total, and small enough that a double still resolves single cents exactly.
constexpr std::int64_t kMaxCents = 10'000'000'000'000LL;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
}

std::optional<Money> Money::parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    qsizetype i = 0;
    if (text[0] == u'-' || text[0] == u'+') {
        negative = text[0] == u'-';
        ++i;
    }
    std::int64_t units = 0;
    int unitDigits = 0;
    for (; i < text.size() && isAsciiDigit(text[i]); ++i) {
        units = units * 10 + (text[i].unicode() - u'0');
        if (++unitDigits > 11)
            return std::nullopt;
    }
    std::int64_t fraction = 0;
    int fractionDigits = 0;
    if (i < text.size() && text[i] == u'.') {
        ++i;
        for (; i < text.size() && isAsciiDigit(text[i]); ++i) {
            if (++fractionDigits > 2)
                return std::nullopt;
            fraction = fraction * 10 + (text[i].unicode() - u'0');
        }
        if (fractionDigits == 0 && unitDigits == 0)
            return std::nullopt;
    }
    if (i != text.size() || (unitDigits == 0 && fractionDigits == 0))
        return std::nullopt;
    if (fractionDigits == 1)
        fraction *= 10;
    const std::int64_t cents = units * 100 + fraction;
    if (cents >= kMaxCents)
        return std::nullopt;
    return Money(negative ? -cents : cents);
}

std::optional<Money> Money::fromDouble(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    const double scaled = value * 100.0;
    const double rounded = std::round(scaled);
    // The limit applies to the amount taken (99999999999.999995 rounds to 10^11 units).
    if (std::fabs(rounded) >= double(kMaxCents))
        return std::nullopt;
    // 19.99 * 100 is 1998.9999999999998; anything further than this from a whole cent is a sub-cent amount.
    if (std::fabs(scaled - rounded) > std::max(1e-6, std::fabs(scaled) * 8 * std::numeric_limits<double>::epsilon()))
        return std::nullopt;
    return Money(static_cast<std::int64_t>(rounded));
}

QString Money::toString() const
{
    const std::int64_t absCents = m_cents < 0 ? -m_cents : m_cents;
    QString out = QString::number(absCents / 100) + u'.'
        + QStringLiteral("%1").arg(absCents % 100, 2, 10, QLatin1Char('0'));
    return m_cents < 0 ? u'-' + out : out;
}
