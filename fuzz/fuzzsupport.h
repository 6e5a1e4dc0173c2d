// SPDX-License-Identifier: MIT
#pragma once

// What the fuzz targets share: the Qt application object, a check that aborts (so libFuzzer
// keeps the input as a crash and the replay test fails) and a message handler that keeps the
// log quiet while recording what the code under test logged for the current input.

#include <QByteArray>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace FuzzSupport {

/** Prints the broken property and what was being checked, then aborts. */
[[noreturn]] inline void fail(const char *property, const QString &detail)
{
    std::fprintf(stderr, "\n*** StoreDesk fuzz property violated: %s\n*** %s\n", property, qUtf8Printable(detail));
    std::fflush(stderr);
    std::abort();
}

/** Warnings (and worse) that StoreDesk's own logging categories emitted while handling one input. */
inline QStringList &loggedWarnings()
{
    static QStringList s_warnings;
    return s_warnings;
}

inline void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool ours = context.category && qstrncmp(context.category, "storedesk", 9) == 0;
    if (ours) {
        if (type != QtDebugMsg && type != QtInfoMsg)
            loggedWarnings() << message;
        return;
    }
    // Anything Qt itself says is rare and worth seeing.
    std::fprintf(stderr, "%s\n", qUtf8Printable(message));
    if (type == QtFatalMsg)
        std::abort();
}

/**
 * Once per process: the QCoreApplication that SQL drivers and time zones expect, the quiet
 * message handler, and the API's per-request info log turned off (it would dominate the run).
 */
inline void setUp()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    static int argc = 1;
    static char name[] = "storedesk-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    qInstallMessageHandler(quietHandler);
    QLoggingCategory::setFilterRules(QStringLiteral("storedesk.*.info=false\nstoredesk.*.debug=false"));
}

/** The input as text the way the API decodes it (UTF-8, invalid sequences replaced). */
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace FuzzSupport

/** Checks a property of the code under test; on failure names it, shows @p detail and aborts. */
#define FUZZ_CHECK(condition, detail)                                                                                  \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            FuzzSupport::fail(#condition, (detail));                                                                   \
    } while (false)
