// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the model and view tests: a seeded demo store and a widget-capable DB test main.

#include "demodataservice.h"
#include "testdatabases.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>

namespace GuiTest {

/** A fresh store of @p engine filled with the demo data (seed 42, @p sales orders). */
inline std::unique_ptr<Store> demoStore(const QString &engine, qint64 sales = 200)
{
    auto store = TestDatabases::freshStore(engine);
    DemoDataOptions options;
    options.sales = sales;
    options.until = QDateTime(QDate(2026, 6, 30), QTime(12, 0), QTimeZone::utc());
    DemoDataService(store->database(), store->config()).generate(options);
    return store;
}

/** A product with its stock row, for tests that need exact figures. */
inline Product makeProduct(Store &store, const QString &name, const QString &sku, qint64 cents, qint64 categoryId,
                           std::optional<qint64> quantity = std::nullopt)
{
    ProductInput input;
    input.name = name;
    input.sku = sku;
    input.price = Money::fromCents(cents);
    input.categoryId = categoryId;
    input.initialQuantity = quantity;
    return store.products().create(input);
}

} // namespace GuiTest

/** STOREDESK_DB_TEST_MAIN with a QApplication (widgets, offscreen) and test-mode settings. */
#define STOREDESK_DB_TEST_MAIN_WIDGETS(TestObject)                                                                    \
    int main(int argc, char *argv[])                                                                                 \
    {                                                                                                                \
        QApplication app(argc, argv);                                                                                \
        QStandardPaths::setTestModeEnabled(true);                                                                    \
        QApplication::setOrganizationName(QStringLiteral("StoreDeskTest"));                                         \
        /* Settings per program, engine and build tree: the engines' runs go in parallel. */                       \
        QApplication::setApplicationName(QStringLiteral(#TestObject "-%1-%2")                                         \
                                             .arg(qEnvironmentVariable("STOREDESK_TEST_ENGINE"),                      \
                                                  QString::number(qHash(QApplication::applicationDirPath()), 16)));   \
        if (const int skip = TestDatabases::skipIfEngineUnavailable())                                               \
            return skip;                                                                                             \
        TestObject tc;                                                                                               \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                   \
        return QTest::qExec(&tc, argc, argv);                                                                        \
    }
