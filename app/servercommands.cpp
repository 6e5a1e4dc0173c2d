// SPDX-License-Identifier: MIT
#include "servercommands.h"

#include "apiserver.h"
#include "sampledataexport.h"
#include "configloader.h"
#include "demodataservice.h"
#include "integritycheck.h"
#include "migrator.h"
#include "store.h"
#include "storeerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

QTextStream &out()
{
    static QTextStream s_out(stdout);
    return s_out;
}

QTextStream &err()
{
    static QTextStream s_err(stderr);
    return s_err;
}

int exitCodeFor(const StoreError &e)
{
    switch (e.kind()) {
    case StoreError::Kind::Config:
    case StoreError::Kind::Validation: return 2;
    case StoreError::Kind::Unavailable: return 3;
    case StoreError::Kind::Schema: return 4;
    default: return 1;
    }
}

int fail(const QString &message, int code)
{
    err() << "storedesk-server: " << message << Qt::endl;
    return code;
}

const QString kUsage = QStringLiteral(
    "Usage: storedesk-server [--database URL] <command> [options]\n"
    "\n"
    "Commands:\n"
    "  serve                 run the HTTP JSON API (the default)\n"
    "  migrate               create or upgrade the database schema\n"
    "  demo-data             fill the database with the demo store\n"
    "  export-sample-data    write the API's JSON for front-end development\n"
    "  check                 verify the store's invariants (stock, totals, analytics); changes nothing\n"
    "  version               print the program and schema versions\n"
    "\n"
    "Run 'storedesk-server <command> --help' for a command's options.");

QStringList commands()
{
    return {QStringLiteral("serve"), QStringLiteral("migrate"), QStringLiteral("demo-data"),
            QStringLiteral("export-sample-data"), QStringLiteral("check"), QStringLiteral("version")};
}

/** The commands this build implements; the others are refused before any option (even --help) is read. */
QStringList availableCommands()
{
    return {QStringLiteral("serve"), QStringLiteral("migrate"), QStringLiteral("demo-data"),
            QStringLiteral("export-sample-data"), QStringLiteral("check"), QStringLiteral("version")};
}

int notAvailable(const QString &command)
{
    return fail(QStringLiteral("'%1' is not available in this build yet; available now: %2")
                    .arg(command, availableCommands().join(QStringLiteral(", "))),
                2);
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"), QStringLiteral("Database URL (overrides DATABASE_URL)."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("env-file"), QStringLiteral("Read KEY=value settings from this file (default: ./.env)."),
                      QStringLiteral("path"), QStringLiteral(".env")});
}

StoreConfig loadConfig(const QCommandLineParser &parser, QHash<QString, QString> flags = {})
{
    if (parser.isSet(QStringLiteral("database")))
        flags.insert(QStringLiteral("DATABASE_URL"), parser.value(QStringLiteral("database")));
    return ConfigLoader::load(flags, parser.value(QStringLiteral("env-file")));
}

qint64 integerOption(const QCommandLineParser &parser, const QString &name, qint64 fallback, qint64 min, qint64 max)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        throw StoreError(StoreError::Kind::Config, QStringLiteral("bad_option"),
                         QStringLiteral("--%1 must be a whole number from %2 to %3, not '%4'").arg(name).arg(min).arg(max).arg(parser.value(name)));
    return value;
}

int commandVersion(const QCommandLineParser &parser)
{
    out() << "storedesk-server " << QStringLiteral(STOREDESK_VERSION) << Qt::endl;
    out() << "schema version " << Migrator::latestVersion() << Qt::endl;
    out() << "Qt " << qVersion() << Qt::endl;
    if (parser.isSet(QStringLiteral("database"))) {
        Store store(loadConfig(parser), false);
        out() << "database " << store.database().url().displayName() << " at schema version "
              << Migrator(store.database()).currentVersion() << Qt::endl;
    }
    return 0;
}

int commandMigrate(const QCommandLineParser &parser)
{
    const StoreConfig config = loadConfig(parser);
    Store store(config, false);
    Migrator migrator(store.database());
    const int before = migrator.currentVersion();
    const int applied = migrator.migrate();
    if (applied == 0)
        out() << "schema is up to date (version " << before << ") in " << store.database().url().displayName() << Qt::endl;
    else
        out() << "applied " << applied << " migration(s): schema version " << before << " -> " << Migrator::latestVersion()
              << " in " << store.database().url().displayName() << Qt::endl;
    if (store.rollup().ensureCurrent(store.database()))
        out() << "rebuilt the analytics rollups for time zone " << store.rollup().zoneId() << Qt::endl;
    return 0;
}

int commandDemoData(const QCommandLineParser &parser)
{
    DemoDataOptions options;
    options.seed = quint64(integerOption(parser, QStringLiteral("seed"), 42, 0, std::numeric_limits<qint64>::max()));
    options.sales = integerOption(parser, QStringLiteral("sales"), 200, 0, 100'000'000);
    options.customers = integerOption(parser, QStringLiteral("customers"), 20, 0, 10'000'000);
    options.reset = parser.isSet(QStringLiteral("reset"));

    const StoreConfig config = loadConfig(parser);
    Store store(config);
    const bool terminal = isatty(fileno(stderr));
    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    DemoDataService service(store.database(), store.config());
    const DemoDataSummary summary = service.generate(options, [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (terminal && percent != lastPercent) {
            err() << "\rgenerating orders: " << percent << "% (" << done << "/" << total << ")" << Qt::flush;
            lastPercent = percent;
        }
        return true;
    });
    if (terminal)
        err() << "\r\033[K" << Qt::flush;
    const double seconds = double(timer.elapsed()) / 1000.0;
    out() << "demo data written to " << store.database().url().displayName() << ": " << summary.categories
          << " categories, " << summary.products << " products, " << summary.inventoryRows << " inventory rows, "
          << summary.customers << " customers, " << summary.sales << " sales with " << summary.saleItems << " items in "
          << QString::number(seconds, 'f', 2) << " s (seed " << options.seed << ")" << Qt::endl;
    return 0;
}

int commandExportSampleData(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("out")) || parser.value(QStringLiteral("out")).isEmpty())
        throw StoreError(StoreError::Kind::Config, QStringLiteral("bad_option"),
                         QStringLiteral("export-sample-data needs --out DIR"));
    const StoreConfig config = loadConfig(parser);
    Store store(config);
    QLoggingCategory::setFilterRules(QStringLiteral("storedesk.api.info=false")); // no request log for in-process calls
    const QString dir = parser.value(QStringLiteral("out"));
    const SampleDataExport::Summary summary = SampleDataExport::write(store, dir);
    out() << "wrote " << summary.files << " files (" << summary.bytes << " bytes) and index.json to "
          << QDir(dir).absolutePath() << Qt::endl;
    return 0;
}

int commandCheck(const QCommandLineParser &parser)
{
    Store store(loadConfig(parser), false);
    if (Migrator(store.database()).currentVersion() < Migrator::latestVersion())
        return fail(QStringLiteral("the schema of %1 is out of date: run 'storedesk-server migrate' first")
                        .arg(store.database().url().displayName()),
                    1);
    const IntegrityReport report = IntegrityCheck::run(store);
    out() << "checked " << store.database().url().displayName() << Qt::endl;
    for (const QString &line : report.lines())
        out() << "  " << line << Qt::endl;
    if (!report.ok())
        return fail(QStringLiteral("the store's data breaks an invariant (see above)"), 1);
    return 0;
}

int s_signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalPipe[1], &byte, 1);
}

int commandServe(const QCommandLineParser &parser)
{
    QHash<QString, QString> flags;
    if (parser.isSet(QStringLiteral("host")))
        flags.insert(QStringLiteral("STOREDESK_HOST"), parser.value(QStringLiteral("host")));
    if (parser.isSet(QStringLiteral("port")))
        flags.insert(QStringLiteral("STOREDESK_PORT"), parser.value(QStringLiteral("port")));
    if (parser.isSet(QStringLiteral("api-token")))
        flags.insert(QStringLiteral("STOREDESK_API_TOKEN"), parser.value(QStringLiteral("api-token")));
    const StoreConfig config = loadConfig(parser, flags);
    Store store(config);
    ApiServer server(store);
    QString error;
    if (!server.start(config.host, quint16(config.port), &error))
        return fail(error, 1);
    out() << "StoreDesk API on " << store.database().url().displayName() << ": listening on " << server.scheme() << "://" << config.host << ':'
          << server.port() << " (docs: /docs; Ctrl-C stops)" << Qt::endl;

    // Ctrl-C / SIGTERM: stop cleanly through the event loop (a self-pipe keeps the handler async-signal-safe).
    if (::pipe(s_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(s_signalPipe[0], QSocketNotifier::Read, qApp);
        QObject::connect(notifier, &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });
        std::signal(SIGINT, onTerminationSignal);
        std::signal(SIGTERM, onTerminationSignal);
    }
    const int code = QCoreApplication::exec();
    server.stop();
    out() << "StoreDesk API stopped" << Qt::endl;
    return code;
}

} // namespace

int runServerCommand(const QStringList &arguments)
{
    // The command is the first argument that is not an option or an option's value.
    QString command;
    QStringList rest{arguments.value(0)};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (command.isEmpty() && !arg.startsWith(u'-') && !(i > 1 && (arguments[i - 1] == u"--database" || arguments[i - 1] == u"--env-file"))) {
            command = arg;
            continue;
        }
        rest << arg;
    }
    if (command.isEmpty()) {
        if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
            out() << kUsage << Qt::endl;
            return 0;
        }
        if (rest.contains(QStringLiteral("--version")) || rest.contains(QStringLiteral("-v")))
            command = QStringLiteral("version");
        else
            command = QStringLiteral("serve");
    }
    if (!commands().contains(command))
        return fail(QStringLiteral("unknown command '%1' (commands: %2; see 'storedesk-server --help')")
                        .arg(command, commands().join(QStringLiteral(", "))),
                    2);
    if (!availableCommands().contains(command))
        return notAvailable(command);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("StoreDesk server: %1").arg(command));
    addCommonOptions(parser);
    if (command == u"demo-data") {
        parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 42)."), QStringLiteral("n")});
        parser.addOption({QStringLiteral("sales"), QStringLiteral("Number of orders (default 200)."), QStringLiteral("n")});
        parser.addOption({QStringLiteral("customers"), QStringLiteral("Number of customers (default 20)."), QStringLiteral("n")});
        parser.addOption({QStringLiteral("reset"), QStringLiteral("Replace the data already in the database.")});
    }
    if (command == u"export-sample-data")
        parser.addOption({QStringLiteral("out"), QStringLiteral("Folder to write the JSON files into (created if missing)."), QStringLiteral("dir")});
    if (command == u"serve") {
        parser.addOption({QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."), QStringLiteral("address")});
        parser.addOption({QStringLiteral("port"), QStringLiteral("Port to listen on (default 8000; 0 = any free port)."), QStringLiteral("port")});
        parser.addOption({QStringLiteral("api-token"), QStringLiteral("Require 'Authorization: Bearer <token>'."), QStringLiteral("token")});
    }
    if (!parser.parse(rest))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()), 2);

    try {
        if (command == u"version")
            return commandVersion(parser);
        if (command == u"migrate")
            return commandMigrate(parser);
        if (command == u"demo-data")
            return commandDemoData(parser);
        if (command == u"serve")
            return commandServe(parser);
        if (command == u"export-sample-data")
            return commandExportSampleData(parser);
        if (command == u"check")
            return commandCheck(parser);
        return notAvailable(command);
    } catch (const StoreError &e) {
        return fail(e.message(), exitCodeFor(e));
    } catch (const std::exception &e) {
        return fail(QStringLiteral("unexpected error: %1").arg(QString::fromUtf8(e.what())), 1);
    }
}
