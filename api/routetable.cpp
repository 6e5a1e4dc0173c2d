// SPDX-License-Identifier: MIT
#include "routetable.h"

namespace {

QStringList split(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

bool isParam(const QString &segment)
{
    return segment.startsWith(u'{') && segment.endsWith(u'}');
}

bool isPositiveInteger(const QString &text)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (QChar c : text) {
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    }
    return true;
}

/** Matches one route; returns the number of literal segments (higher = more specific), or -1. */
int score(const QStringList &pattern, const QStringList &path, QHash<QString, QString> *params)
{
    if (pattern.size() != path.size())
        return -1;
    int literals = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &p = pattern[i];
        if (isParam(p)) {
            const QString inner = p.mid(1, p.size() - 2);
            const qsizetype colon = inner.indexOf(u':');
            const QString name = colon < 0 ? inner : inner.left(colon);
            if (colon >= 0 && inner.mid(colon + 1) == u"int" && !isPositiveInteger(path[i]))
                return -1;
            if (params)
                params->insert(name, path[i]);
        } else if (p == path[i]) {
            ++literals;
        } else {
            return -1;
        }
    }
    return literals;
}

} // namespace

void RouteTable::add(const QByteArray &method, const QString &pattern, Handler handler, RouteDoc doc)
{
    m_routes.append(Route{method, pattern, split(pattern), std::move(handler), std::move(doc)});
}

RouteTable::Match RouteTable::match(const QByteArray &method, const QString &path) const
{
    const QStringList segments = split(path);
    Match best;
    int bestScore = -1;
    int bestAnyMethodScore = -1;
    for (const Route &route : m_routes) {
        const int s = score(route.segments, segments, nullptr);
        if (s < 0)
            continue;
        if (route.method == method || (method == "HEAD" && route.method == "GET")) {
            if (s > bestScore) {
                bestScore = s;
                best.route = &route;
            }
        }
        bestAnyMethodScore = std::max(bestAnyMethodScore, s);
    }
    if (best.route && bestScore >= bestAnyMethodScore) {
        score(best.route->segments, segments, &best.params);
        return best;
    }
    best.route = nullptr;
    if (bestAnyMethodScore < 0)
        return best; // no route has this path at all: 404
    // The most specific path matched, but not with this method: report what it allows.
    for (const Route &route : m_routes) {
        if (score(route.segments, segments, nullptr) == bestAnyMethodScore && !best.allowed.contains(route.method))
            best.allowed.append(route.method);
    }
    return best;
}
