// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

/**
 * An exact amount of money in integer minor units (cents).
 *
 * StoreDesk never stores or sums money as binary floating point: every price, discount, line
 * total and revenue figure is a Money. Arithmetic is plain 64-bit integer arithmetic, which holds
 * ±92 quadrillion units — far beyond any store's lifetime revenue. Single
 * prices and totals are limited to 10^11 units on input.
 */
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(std::int64_t cents) { return Money(cents); }

    /**
     * Parses a decimal string such as "12", "12.3", "-0.05" or "1234.50".
     * Returns nullopt for anything else, including more than two decimals or values out of range.
     */
    static std::optional<Money> parse(QStringView text);

    /**
     * Converts a JSON number to money. Accepts values that are whole cents up to floating point
     * representation noise (19.99 is accepted, 19.995 is not); nullopt for NaN, infinities,
     * sub-cent amounts and magnitudes of 10^11 units or more (as parse()).
     */
    static std::optional<Money> fromDouble(double value);

    constexpr std::int64_t cents() const { return m_cents; }
    /** The amount as a double, for JSON output only (exact to the cent for |amount| < 2^53 cents). */
    double toDouble() const { return double(m_cents) / 100.0; }
    /** "1234.50", "-0.05": always two decimals, no grouping, '.' separator. */
    QString toString() const;

    constexpr bool isNegative() const { return m_cents < 0; }
    constexpr bool isZero() const { return m_cents == 0; }

    constexpr Money operator+(Money o) const { return Money(m_cents + o.m_cents); }
    constexpr Money operator-(Money o) const { return Money(m_cents - o.m_cents); }
    constexpr Money operator*(std::int64_t n) const { return Money(m_cents * n); }
    constexpr Money &operator+=(Money o) { m_cents += o.m_cents; return *this; }
    constexpr Money &operator-=(Money o) { m_cents -= o.m_cents; return *this; }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(std::int64_t cents) : m_cents(cents) {}
    std::int64_t m_cents = 0;
};
