// SPDX-License-Identifier: MIT
#include "apitestclient.h"
#include "dashboardpage.h"
#include "guitesthelpers.h"
#include "moneyformat.h"
#include "revenueseriesmodel.h"
#include "tableview.h"
#ifdef STOREDESK_HAVE_CHARTS
#include "chartexport.h"
#include "platformchart.h"
#include "revenuechart.h"

#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#endif
#include "csv.h"

#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

/**
 * The Dashboard page on the demo store (seed 42, orders up to 2026-06-30, "today" pinned there):
 * the KPI cards, charts and tables show AnalyticsService's figures; preset and compare changes
 * update the series in place; export; and the page agrees with /api/v1/dashboard/summary.
 */
class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup() { m_store.reset(); }

    void presetsMatchTheService();
    void lastMonth_data();
    void lastMonth();
    void showsTheServiceFigures();
    void presetChangeUpdatesTheSeries();
    void compareWithPreviousYear();
    void exportsPngPdfCsv();
    void equalsTheApiSummary();
    void retranslatesInPlace();

private:
    std::unique_ptr<Store> m_store;
    const QDate m_today{2026, 6, 30};
};

namespace {

/** Marks every DashboardPage text it translates, so a test sees which texts followed a language change. */
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, "DashboardPage") != 0 && qstrcmp(context, "AnalyticsPage") != 0)
            return {};
        return QStringLiteral("«%1»").arg(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

QString money(Store &store, Money m)
{
    return MoneyFormat::format(m.cents(), store.config().currency);
}

qint64 cents(const QJsonValue &v)
{
    return qRound64(v.toDouble() * 100.0);
}

} // namespace

void TestDashboardPage::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = GuiTest::demoStore(engine);
}

void TestDashboardPage::presetsMatchTheService()
{
    AnalyticsService &analytics = m_store->analytics();
    const QDate today = analytics.today();
    const struct
    {
        DashboardPage::Preset preset;
        const char *name;
    } presets[] = {{DashboardPage::Today, "today"},         {DashboardPage::Last7Days, "7d"}, {DashboardPage::Last30Days, "30d"},
                   {DashboardPage::ThisMonth, "month"},     {DashboardPage::Quarter, "quarter"},
                   {DashboardPage::Year, "year"}};
    for (const auto &p : presets) {
        const std::optional<DateRange> mine = DashboardPage::presetRange(p.preset, today);
        const std::optional<DateRange> theirs = analytics.presetRange(QString::fromLatin1(p.name));
        QVERIFY(mine && theirs);
        QCOMPARE(mine->start, theirs->start);
        QCOMPARE(mine->end, theirs->end);
    }
    QVERIFY(!DashboardPage::presetRange(DashboardPage::Custom, today));
}

void TestDashboardPage::lastMonth_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::newRow("mid-year") << QDate(2026, 6, 30) << QDate(2026, 5, 1) << QDate(2026, 5, 31);
    QTest::newRow("after February") << QDate(2024, 3, 31) << QDate(2024, 2, 1) << QDate(2024, 2, 29);
    QTest::newRow("January") << QDate(2026, 1, 1) << QDate(2025, 12, 1) << QDate(2025, 12, 31);
}

void TestDashboardPage::lastMonth()
{
    QFETCH(QDate, today);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    const std::optional<DateRange> r = DashboardPage::presetRange(DashboardPage::LastMonth, today);
    QVERIFY(r);
    QCOMPARE(r->start, start);
    QCOMPARE(r->end, end);
}

void TestDashboardPage::showsTheServiceFigures()
{
    DashboardPage page(*m_store);
    page.setToday(m_today);
    page.setPreset(DashboardPage::Last30Days);
    const DateRange range{m_today.addDays(-29), m_today};
    QCOMPARE(page.range().start, range.start);
    QCOMPARE(page.range().end, range.end);
    const DashboardSummary expected = m_store->analytics().dashboard(range);
    QVERIFY(expected.current.orders > 0);
    QCOMPARE(page.kpiValue(DashboardPage::RevenueKpi), money(*m_store, expected.current.revenue));
    QCOMPARE(page.kpiValue(DashboardPage::OrdersKpi), QLocale().toString(expected.current.orders));
    QCOMPARE(page.kpiValue(DashboardPage::AverageOrderValueKpi), money(*m_store, expected.current.averageOrderValue()));
    QCOMPARE(page.kpiValue(DashboardPage::UnitsKpi), QLocale().toString(expected.current.units));
    // Changes against the period before, as the service rounds them, with their arrow.
    const std::optional<double> revenueChange =
        AnalyticsService::percentChange(expected.current.revenue.cents(), expected.previous.revenue.cents());
    QVERIFY(revenueChange);
    QCOMPARE(page.kpiPercent(DashboardPage::RevenueKpi), revenueChange);
    const QString arrow = *revenueChange > 0 ? QStringLiteral("▲") : QStringLiteral("▼");
    QVERIFY2(page.kpiChange(DashboardPage::RevenueKpi).startsWith(arrow), qPrintable(page.kpiChange(DashboardPage::RevenueKpi)));
    QVERIFY(page.kpiChange(DashboardPage::RevenueKpi).contains(QLocale().toString(std::abs(*revenueChange), 'f', 2)));
    QCOMPARE(page.kpiPercent(DashboardPage::UnitsKpi), AnalyticsService::percentChange(expected.current.units, expected.previous.units));

    // Top products, in the service's order.
    QAbstractItemModel *top = page.topProductsTable()->model();
    QCOMPARE(top->rowCount(), int(expected.topProducts.size()));
    QVERIFY(top->rowCount() > 0);
    for (int row = 0; row < top->rowCount(); ++row) {
        QCOMPARE(top->index(row, 0).data().toString(), expected.topProducts.at(row).name);
        QCOMPARE(top->index(row, 2).data().toString(), QLocale().toString(expected.topProducts.at(row).units));
        QCOMPARE(top->index(row, 3).data().toString(), money(*m_store, expected.topProducts.at(row).revenue));
    }
    // Low stock: every alert of the service.
    const InventorySummary stock = m_store->analytics().inventory(true);
    QVERIFY(!stock.lowStockAlerts.isEmpty());
    QCOMPARE(page.lowStockTable()->model()->rowCount(), int(stock.lowStockAlerts.size()));
    // The rule in force, with the store's zone.
    QVERIFY(page.ruleLabel()->text().contains(QStringLiteral("cancelled and refunded")));
    QVERIFY(page.ruleLabel()->text().contains(QString::fromUtf8(m_store->config().storeTimeZone.id())));
#ifdef STOREDESK_HAVE_CHARTS
    // One point per day, the service's revenue; one slice per platform with its share in the label.
    QLineSeries *trend = page.trendChart()->currentSeries();
    QCOMPARE(trend->count(), int(expected.trend.points.size()));
    QCOMPARE(trend->count(), 30);
    for (int i = 0; i < trend->count(); ++i)
        QCOMPARE(qRound64(trend->at(i).y() * 100), expected.trend.points.at(i).totals.revenue.cents());
    QPieSeries *pie = page.platformChart()->series();
    QCOMPARE(pie->count(), int(expected.platforms.size()));
    QVERIFY(pie->holeSize() > 0);
    for (int i = 0; i < pie->count(); ++i) {
        const PlatformShare &share = expected.platforms.at(i);
        const QString percent = QLocale().toString(share.share * 100, 'f', 1) + QStringLiteral(" %");
        QCOMPARE(pie->slices().at(i)->label(), percent);
        QCOMPARE(pie->slices().at(i)->value(), share.share);
        const QString legend = page.platformChart()->chart()->legend()->markers(pie).at(i)->label();
        QVERIFY2(legend.startsWith(share.platform) && legend.endsWith(percent), qPrintable(legend));
    }
#endif
}

void TestDashboardPage::presetChangeUpdatesTheSeries()
{
    DashboardPage page(*m_store);
    page.setToday(m_today);
    QSignalSpy changed(&page, &DashboardPage::figuresChanged);
#ifdef STOREDESK_HAVE_CHARTS
    RevenueChart *chart = page.trendChart();
    QLineSeries *series = chart->currentSeries();
#endif
    const struct
    {
        DashboardPage::Preset preset;
        DateRange range;
    } cases[] = {{DashboardPage::Last7Days, {QDate(2026, 6, 24), m_today}},
                 {DashboardPage::LastMonth, {QDate(2026, 5, 1), QDate(2026, 5, 31)}},
                 {DashboardPage::Quarter, {QDate(2026, 4, 1), m_today}},
                 {DashboardPage::Today, {m_today, m_today}}};
    for (const auto &c : cases) {
        page.presetBox()->setCurrentIndex(c.preset);
        QCOMPARE(page.range().start, c.range.start);
        QCOMPARE(page.range().end, c.range.end);
        const RevenueSeries expected = m_store->analytics().revenue(c.range, Granularity::Day);
        QCOMPARE(page.kpiValue(DashboardPage::RevenueKpi), money(*m_store, expected.totals.revenue));
#ifdef STOREDESK_HAVE_CHARTS
        // The same chart and series, new points.
        QCOMPARE(page.trendChart(), chart);
        QCOMPARE(chart->currentSeries(), series);
        QCOMPARE(series->count(), int(c.range.days()));
        for (int i = 0; i < series->count(); ++i)
            QCOMPARE(qRound64(series->at(i).y() * 100), expected.points.at(i).totals.revenue.cents());
        // The period before, laid over it point by point.
        const RevenueSeries before = m_store->analytics().revenue(page.comparedRange(), Granularity::Day);
        QCOMPARE(chart->comparisonSeries()->count(), int(before.points.size()));
        QCOMPARE(qRound64(chart->comparisonSeries()->at(0).y() * 100), before.points.at(0).totals.revenue.cents());
#endif
    }
    QCOMPARE(changed.count(), 4);

    // A custom range.
    page.setCustomRange(QDate(2026, 2, 1), QDate(2026, 2, 10));
    QCOMPARE(page.preset(), DashboardPage::Custom);
    QCOMPARE(page.range().start, QDate(2026, 2, 1));
    QCOMPARE(page.range().end, QDate(2026, 2, 10));
#ifdef STOREDESK_HAVE_CHARTS
    QCOMPARE(series->count(), 10);
#endif
    QCOMPARE(page.summary().current.revenue, m_store->analytics().totals(page.range()).revenue);
}

void TestDashboardPage::compareWithPreviousYear()
{
    DashboardPage page(*m_store);
    page.setToday(m_today);
    page.setPreset(DashboardPage::Last30Days);
    QVERIFY(page.kpiPercent(DashboardPage::OrdersKpi).has_value());
    const qint64 previousPeriodOrders = page.comparedTotals().orders;
    QVERIFY(previousPeriodOrders > 0);

    // The same dates a year earlier: the demo orders start on 2025-06-30, so one day has some.
    page.compareBox()->setCurrentIndex(DashboardPage::PreviousYear);
    const DateRange lastYear{QDate(2025, 6, 1), QDate(2025, 6, 30)};
    QCOMPARE(page.comparedRange().start, lastYear.start);
    QCOMPARE(page.comparedRange().end, lastYear.end);
    const PeriodTotals expected = m_store->analytics().totals(lastYear);
    QVERIFY(expected.orders > 0 && expected.orders < previousPeriodOrders);
    QCOMPARE(page.comparedTotals().orders, expected.orders);
    QCOMPARE(page.comparedTotals().revenue, expected.revenue);
    QCOMPARE(page.kpiPercent(DashboardPage::RevenueKpi),
             AnalyticsService::percentChange(page.summary().current.revenue.cents(), expected.revenue.cents()));
    QVERIFY(page.kpiChange(DashboardPage::RevenueKpi).contains(QStringLiteral("previous year")));
#ifdef STOREDESK_HAVE_CHARTS
    const RevenueSeries lastYearSeries = m_store->analytics().revenue(lastYear, Granularity::Day);
    QLineSeries *previous = page.trendChart()->comparisonSeries();
    QCOMPARE(previous->count(), 30);
    for (int i = 0; i < previous->count(); ++i)
        QCOMPARE(qRound64(previous->at(i).y() * 100), lastYearSeries.points.at(i).totals.revenue.cents());
    QVERIFY(previous->at(29).y() > 0);
    QCOMPARE(previous->at(0).y(), 0.0);
#endif

    // A range whose previous year holds no orders: no base, so every change is "—".
    page.setCustomRange(QDate(2026, 6, 1), QDate(2026, 6, 20));
    QCOMPARE(page.comparedTotals().orders, qint64(0));
    for (int k = 0; k < DashboardPage::KpiCount; ++k) {
        QVERIFY(!page.kpiPercent(DashboardPage::Kpi(k)));
        QVERIFY2(page.kpiChange(DashboardPage::Kpi(k)).startsWith(QStringLiteral("—")), qPrintable(page.kpiChange(DashboardPage::Kpi(k))));
    }

    // Back to the period before: the 30 days ending the day before the range starts.
    page.setCustomRange(QDate(2026, 6, 1), QDate(2026, 6, 30));
    page.setCompare(DashboardPage::PreviousPeriod);
    QCOMPARE(page.comparedTotals().orders, m_store->analytics().totals(DateRange{QDate(2026, 5, 2), QDate(2026, 5, 31)}).orders);
    QCOMPARE(page.kpiPercent(DashboardPage::RevenueKpi),
             AnalyticsService::percentChange(page.summary().current.revenue.cents(), page.comparedTotals().revenue.cents()));
}

void TestDashboardPage::exportsPngPdfCsv()
{
#ifndef STOREDESK_HAVE_CHARTS
    QSKIP("built without Qt Charts");
#else
    DashboardPage page(*m_store);
    page.setToday(m_today);
    page.resize(1300, 820);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const QString png = dir.filePath(QStringLiteral("trend.png"));
    QVERIFY(ChartExport::savePng(page.trendChart(), png));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), page.trendChart()->size() * 2);
    // Not a blank page: the line and labels put more than one colour on it.
    QSet<QRgb> colours;
    for (int x = 0; x < image.width(); x += 7)
        colours.insert(image.pixel(x, image.height() / 2));
    QVERIFY(colours.size() > 1);

    const QString pdf = dir.filePath(QStringLiteral("platforms.pdf"));
    QVERIFY(ChartExport::savePdf(page.platformChart(), pdf, QStringLiteral("Sales by platform")));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.size() > 1000);

    const QString csv = dir.filePath(QStringLiteral("top.csv"));
    QVERIFY(ChartExport::saveCsv(*page.topProductsTable()->model(), csv));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QStringList> records = Csv::parse(QString::fromUtf8(csvFile.readAll()));
    QCOMPARE(records.size(), page.summary().topProducts.size() + 1);
    QCOMPARE(records.at(0).at(0), QStringLiteral("Product"));
    QCOMPARE(records.at(1).at(0), page.summary().topProducts.at(0).name);
#endif
}

void TestDashboardPage::equalsTheApiSummary()
{
    // Orders up to now, so the API's "30d" (ending today) holds some.
    QFETCH_GLOBAL(QString, engine);
    m_store = TestDatabases::freshStore(engine);
    DemoDataOptions options;
    options.sales = 300;
    options.until = QDateTime::currentDateTimeUtc();
    DemoDataService(m_store->database(), m_store->config()).generate(options);

    DashboardPage page(*m_store);
    page.setPreset(DashboardPage::Last30Days);
    ApiTestClient client(*m_store);
    const ApiReply reply = client.get(QStringLiteral("/api/v1/dashboard/summary?period=30d"));
    QCOMPARE(reply.status, 200);
    const QJsonObject o = reply.object();
    QCOMPARE(o.value(QStringLiteral("period"))[QStringLiteral("start_date")].toString(), page.range().start.toString(Qt::ISODate));
    QCOMPARE(o.value(QStringLiteral("period"))[QStringLiteral("end_date")].toString(), page.range().end.toString(Qt::ISODate));
    QVERIFY(o.value(QStringLiteral("total_orders")).toInteger() > 0);
    QCOMPARE(page.kpiValue(DashboardPage::RevenueKpi),
             MoneyFormat::format(cents(o.value(QStringLiteral("total_revenue"))), m_store->config().currency));
    QCOMPARE(page.kpiValue(DashboardPage::OrdersKpi), QLocale().toString(o.value(QStringLiteral("total_orders")).toInteger()));
    QCOMPARE(page.kpiValue(DashboardPage::AverageOrderValueKpi),
             MoneyFormat::format(cents(o.value(QStringLiteral("average_order_value"))), m_store->config().currency));
    QCOMPARE(page.kpiValue(DashboardPage::UnitsKpi), QLocale().toString(o.value(QStringLiteral("units_sold")).toInteger()));
    const QJsonValue revenueChange = o.value(QStringLiteral("revenue_change_pct"));
    const std::optional<double> pagePct = page.kpiPercent(DashboardPage::RevenueKpi);
    QCOMPARE(revenueChange.isNull(), !pagePct.has_value());
    if (pagePct)
        QCOMPARE(revenueChange.toDouble(), *pagePct);

    const QJsonArray top = o.value(QStringLiteral("top_products")).toArray();
    QAbstractItemModel *table = page.topProductsTable()->model();
    QVERIFY(!top.isEmpty());
    QCOMPARE(table->rowCount(), int(top.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const QJsonValue p = top.at(row);
        QCOMPARE(table->index(row, 0).data().toString(), p[QStringLiteral("name")].toString());
        QCOMPARE(table->index(row, 1).data().toString(), p[QStringLiteral("sku")].toString());
        QCOMPARE(table->index(row, 2).data().toString(), QLocale().toString(p[QStringLiteral("units")].toInteger()));
        QCOMPARE(table->index(row, 3).data().toString(),
                 MoneyFormat::format(cents(p[QStringLiteral("revenue")]), m_store->config().currency));
    }
}

void TestDashboardPage::retranslatesInPlace()
{
    DashboardPage page(*m_store);
    page.setToday(m_today);
    page.setPreset(DashboardPage::Last7Days);
    const QString revenue = page.kpiValue(DashboardPage::RevenueKpi);
    QCOMPARE(page.presetBox()->itemText(DashboardPage::Today), QStringLiteral("Today"));
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(page.presetBox()->itemText(DashboardPage::Today), QStringLiteral("«Today»")); // LanguageChange is posted
    QCOMPARE(page.compareBox()->itemText(DashboardPage::PreviousYear), QStringLiteral("«Previous year»"));
    QVERIFY(page.ruleLabel()->text().startsWith(QStringLiteral("«Revenue counts")));
    QVERIFY2(page.kpiChange(DashboardPage::RevenueKpi).contains(QStringLiteral("«")), qPrintable(page.kpiChange(DashboardPage::RevenueKpi)));
    QCOMPARE(page.topProductsTable()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("«Product»"));
    // The figures and the selection stay.
    QCOMPARE(page.preset(), DashboardPage::Last7Days);
    QCOMPARE(page.kpiValue(DashboardPage::RevenueKpi), revenue);
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(page.presetBox()->itemText(DashboardPage::Today), QStringLiteral("Today"));
}

STOREDESK_DB_TEST_MAIN_WIDGETS(TestDashboardPage)
#include "tst_dashboardpage.moc"
