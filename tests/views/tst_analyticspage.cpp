// SPDX-License-Identifier: MIT
#include "analyticspage.h"
#include "breakdownmodel.h"
#include "csv.h"
#include "guitesthelpers.h"
#include "modelroles.h"
#include "moneyformat.h"
#include "revenueseriesmodel.h"
#include "tableview.h"
#ifdef STOREDESK_HAVE_CHARTS
#include "breakdownchart.h"
#include "chartexport.h"
#include "revenuechart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLineSeries>
#endif

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

/**
 * The Analytics page on the demo store (seed 42, orders in the year up to 2026-06-30): revenue by
 * period with the compared period, breakdowns and stock figures are the service's; changing the
 * grouping, comparison or breakdown updates the charts in place; charts and tables export.
 */
class TestAnalyticsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup() { m_store.reset(); }

    void revenueByPeriod_data();
    void revenueByPeriod();
    void comparisonOverlay();
    void comparisonWithChosenDates();
    void breakdowns_data();
    void breakdowns();
    void inventoryFigures();
    void exportsPngPdfCsv();
    void retranslatesInPlace();

private:
    std::unique_ptr<Store> m_store;
};

namespace {

/** Marks every AnalyticsPage text it translates. */
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "AnalyticsPage") == 0 || qstrcmp(context, "RevenueSeriesModel") == 0
                   ? QStringLiteral("«%1»").arg(QString::fromUtf8(source))
                   : QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void TestAnalyticsPage::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = GuiTest::demoStore(engine);
}

void TestAnalyticsPage::revenueByPeriod_data()
{
    QTest::addColumn<int>("granularity");
    QTest::addColumn<int>("buckets");
    // 2025-07-01 … 2026-06-30: 365 days, 53 ISO weeks touched, 12 months, 2 years.
    QTest::newRow("day") << int(Granularity::Day) << 365;
    QTest::newRow("week") << int(Granularity::Week) << 53;
    QTest::newRow("month") << int(Granularity::Month) << 12;
    QTest::newRow("year") << int(Granularity::Year) << 2;
}

void TestAnalyticsPage::revenueByPeriod()
{
    QFETCH(int, granularity);
    QFETCH(int, buckets);
    AnalyticsPage page(*m_store);
    const DateRange range{QDate(2025, 7, 1), QDate(2026, 6, 30)};
    page.setRange(range.start, range.end);
    page.setGranularity(Granularity(granularity));
    const RevenueSeries expected = m_store->analytics().revenue(range, Granularity(granularity));
    QCOMPARE(expected.points.size(), qsizetype(buckets));
    QVERIFY(expected.totals.orders > 0);
    RevenueSeriesModel *model = page.revenueModel();
    QCOMPARE(model->rowCount(), buckets);
    qint64 sum = 0;
    for (int row = 0; row < buckets; ++row) {
        QCOMPARE(model->index(row, RevenueSeriesModel::Period).data(Qt::EditRole).toDate(), expected.points.at(row).period);
        QCOMPARE(model->index(row, RevenueSeriesModel::Revenue).data(ModelRoles::CentsRole).toLongLong(),
                 expected.points.at(row).totals.revenue.cents());
        QCOMPARE(model->index(row, RevenueSeriesModel::Orders).data(Qt::EditRole).toLongLong(), expected.points.at(row).totals.orders);
        sum += model->index(row, RevenueSeriesModel::Revenue).data(ModelRoles::CentsRole).toLongLong();
    }
    QCOMPARE(sum, expected.totals.revenue.cents());
    QVERIFY(page.revenueSummary()->text().contains(MoneyFormat::format(expected.totals.revenue.cents(), m_store->config().currency)));
#ifdef STOREDESK_HAVE_CHARTS
    QLineSeries *series = page.revenueChart()->currentSeries();
    QCOMPARE(series->count(), buckets);
    QCOMPARE(qRound64(series->at(buckets - 1).y() * 100), expected.points.constLast().totals.revenue.cents());
    QCOMPARE(qint64(series->at(0).x()), RevenueSeriesModel::chartTime(expected.points.at(0).period));
#endif
}

void TestAnalyticsPage::comparisonOverlay()
{
    AnalyticsPage page(*m_store);
#ifdef STOREDESK_HAVE_CHARTS
    RevenueChart *chart = page.revenueChart();
    QLineSeries *overlay = chart->comparisonSeries();
#endif
    page.setRange(QDate(2026, 4, 1), QDate(2026, 6, 30));
    page.setGranularity(Granularity::Week);
    page.setPreviousYear(false);
    Comparison expected = m_store->analytics().compare(DateRange{QDate(2026, 4, 1), QDate(2026, 6, 30)}, std::nullopt, false,
                                                       Granularity::Week);
    QCOMPARE(page.comparison().previous.range.start, expected.previous.range.start);
    QCOMPARE(page.comparison().previous.totals.revenue, expected.previous.totals.revenue);
    QVERIFY(expected.previous.totals.revenue.cents() > 0);
#ifdef STOREDESK_HAVE_CHARTS
    QCOMPARE(overlay->count(), int(std::min(expected.current.points.size(), expected.previous.points.size())));
    for (int i = 0; i < overlay->count(); ++i) {
        QCOMPARE(qRound64(overlay->at(i).y() * 100), expected.previous.points.at(i).totals.revenue.cents());
        QCOMPARE(overlay->at(i).x(), chart->currentSeries()->at(i).x());
    }
#endif
    // The same dates a year earlier: the demo orders start on 2025-06-30, so only the last week has any.
    page.setPreviousYear(true);
    expected = m_store->analytics().compare(DateRange{QDate(2026, 4, 1), QDate(2026, 6, 30)}, std::nullopt, true, Granularity::Week);
    QCOMPARE(page.comparison().previous.range.start, QDate(2025, 4, 1));
    QCOMPARE(page.comparison().previous.totals.revenue, expected.previous.totals.revenue);
    QVERIFY(expected.previous.totals.revenue.cents() > 0);
    QVERIFY(expected.previous.totals.revenue < expected.current.totals.revenue);
    QCOMPARE(page.revenueModel()->index(0, RevenueSeriesModel::PreviousRevenue).data(ModelRoles::CentsRole).toLongLong(), 0);
    QCOMPARE(page.revenueModel()->index(0, RevenueSeriesModel::PreviousPeriod).data(Qt::EditRole).toDate(),
             expected.previous.points.at(0).period);
#ifdef STOREDESK_HAVE_CHARTS
    QCOMPARE(page.revenueChart(), chart);
    QCOMPARE(chart->comparisonSeries(), overlay);
    QCOMPARE(overlay->count(), int(std::min(expected.current.points.size(), expected.previous.points.size())));
    for (int i = 0; i < overlay->count(); ++i)
        QCOMPARE(qRound64(overlay->at(i).y() * 100), expected.previous.points.at(i).totals.revenue.cents());
#endif
}

void TestAnalyticsPage::comparisonWithChosenDates()
{
    AnalyticsPage page(*m_store);
    const DateRange current{QDate(2026, 4, 1), QDate(2026, 6, 30)};
    const DateRange chosen{QDate(2025, 10, 1), QDate(2025, 12, 31)};
    page.setRange(current.start, current.end);
    page.setGranularity(Granularity::Month);
    page.setComparedRange(chosen.start, chosen.end);
    QCOMPARE(page.compareMode(), AnalyticsPage::CompareCustom);
    const Comparison expected = m_store->analytics().compare(current, chosen, false, Granularity::Month);
    QCOMPARE(page.comparison().previous.range.start, chosen.start);
    QCOMPARE(page.comparison().previous.range.end, chosen.end);
    QCOMPARE(page.comparison().previous.totals.revenue, expected.previous.totals.revenue);
    QVERIFY(expected.previous.totals.revenue.cents() > 0);
    QCOMPARE(page.revenueModel()->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(page.revenueModel()->index(row, RevenueSeriesModel::PreviousPeriod).data(Qt::EditRole).toDate(),
                 QDate(2025, 10 + row, 1));
        QCOMPARE(page.revenueModel()->index(row, RevenueSeriesModel::PreviousRevenue).data(ModelRoles::CentsRole).toLongLong(),
                 expected.previous.points.at(row).totals.revenue.cents());
    }
#ifdef STOREDESK_HAVE_CHARTS
    QLineSeries *overlay = page.revenueChart()->comparisonSeries();
    QCOMPARE(overlay->count(), 3);
    QCOMPARE(qRound64(overlay->at(2).y() * 100), expected.previous.points.at(2).totals.revenue.cents());
#endif
    // Moving the chosen dates reloads.
    page.setComparedRange(QDate(2025, 11, 1), QDate(2025, 11, 30));
    QCOMPARE(page.comparison().previous.range.start, QDate(2025, 11, 1));
    QCOMPARE(page.comparison().previous.totals.revenue,
             m_store->analytics().totals(DateRange{QDate(2025, 11, 1), QDate(2025, 11, 30)}).revenue);
    QCOMPARE(page.revenueModel()->index(1, RevenueSeriesModel::PreviousRevenue).data(), QVariant());
}

void TestAnalyticsPage::breakdowns_data()
{
    QTest::addColumn<QString>("breakdown");
    QTest::newRow("category") << QStringLiteral("category");
    QTest::newRow("platform") << QStringLiteral("platform");
    QTest::newRow("product") << QStringLiteral("product");
}

void TestAnalyticsPage::breakdowns()
{
    QFETCH(QString, breakdown);
    AnalyticsPage page(*m_store);
    const DateRange range{QDate(2026, 1, 1), QDate(2026, 6, 30)};
    page.setRange(range.start, range.end);
    page.setBreakdown(breakdown);
    const Comparison expected = m_store->analytics().compare(range, std::nullopt, false, page.granularity(), {}, breakdown);
    QVERIFY(!expected.breakdown.isEmpty());
    BreakdownModel *model = page.breakdownModel();
    QCOMPARE(model->rowCount(), int(expected.breakdown.size()));
    qint64 sum = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, BreakdownModel::Name).data().toString(),
                 expected.breakdown.at(row).name.isEmpty() ? expected.breakdown.at(row).key : expected.breakdown.at(row).name);
        QCOMPARE(model->index(row, BreakdownModel::Current).data(ModelRoles::CentsRole).toLongLong(), expected.breakdown.at(row).current.cents());
        QCOMPARE(model->index(row, BreakdownModel::Previous).data(ModelRoles::CentsRole).toLongLong(),
                 expected.breakdown.at(row).previous.cents());
        sum += expected.breakdown.at(row).current.cents();
    }
    if (breakdown != QLatin1String("product"))
        QCOMPARE(sum, expected.current.totals.revenue.cents()); // categories and platforms partition the revenue
#ifdef STOREDESK_HAVE_CHARTS
    // Bars for the biggest rows, the biggest on top (added last).
    const int bars = std::min(model->rowCount(), BreakdownChart::maxRows());
    QBarSet *current = page.breakdownChart()->currentSet();
    QCOMPARE(current->count(), bars);
    QCOMPARE(page.breakdownChart()->previousSet()->count(), bars);
    QCOMPARE(qRound64(current->at(bars - 1) * 100), expected.breakdown.at(0).current.cents());
    QCOMPARE(page.breakdownChart()->categoryAxis()->categories().constLast(), model->name(0));
#endif
}

void TestAnalyticsPage::inventoryFigures()
{
    AnalyticsPage page(*m_store);
    const InventorySummary expected = m_store->analytics().inventory(false);
    QCOMPARE(page.inventory().totalUnits, expected.totalUnits);
    QVERIFY(page.inventoryTotals()->text().contains(MoneyFormat::format(expected.stockValue.cents(), m_store->config().currency)));
    QVERIFY(page.inventoryTotals()->text().contains(QLocale().toString(expected.totalUnits)));
    QVERIFY(!expected.lowStockAlerts.isEmpty());
    QStandardItemModel *alerts = page.lowStockModel();
    QCOMPARE(alerts->rowCount(), int(expected.lowStockAlerts.size()));
    for (int row = 0; row < alerts->rowCount(); ++row) {
        const LowStockAlert &a = expected.lowStockAlerts.at(row);
        QCOMPARE(alerts->index(row, 1).data().toString(), a.row.sku);
        QCOMPARE(alerts->index(row, 3).data().toString(), QLocale().toString(a.row.currentQuantity));
        QCOMPARE(alerts->index(row, 6).data().toString(),
                 a.daysOfCover ? QLocale().toString(*a.daysOfCover, 'f', 1) : QStringLiteral("no recent sales"));
    }
    page.tabs()->setCurrentIndex(AnalyticsPage::InventoryTab);
    QCOMPARE(page.mainTable(), page.lowStockTable());
}

void TestAnalyticsPage::exportsPngPdfCsv()
{
    AnalyticsPage page(*m_store);
    page.setRange(QDate(2025, 7, 1), QDate(2026, 6, 30));
    page.resize(1300, 820);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
#ifdef STOREDESK_HAVE_CHARTS
    const QString png = dir.filePath(QStringLiteral("revenue.png"));
    QVERIFY(ChartExport::savePng(page.revenueChart(), png));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 100 && image.height() > 100);

    page.tabs()->setCurrentIndex(AnalyticsPage::BreakdownTab);
    QTest::qWait(20);
    const QString pdf = dir.filePath(QStringLiteral("breakdown.pdf"));
    QVERIFY(ChartExport::savePdf(page.breakdownChart(), pdf, QStringLiteral("Revenue breakdown")));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF"));
#endif
    const QString csv = dir.filePath(QStringLiteral("revenue.csv"));
    {
        // What the table's Export CSV writes.
        QFile out(csv);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(Csv::write(*page.revenueTable()->model(), out));
    }
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QStringList> records = Csv::parse(QString::fromUtf8(csvFile.readAll()));
    QCOMPARE(records.size(), page.revenueModel()->rowCount() + 1);
    QCOMPARE(records.at(0).at(RevenueSeriesModel::Revenue), QStringLiteral("Revenue"));
    QCOMPARE(records.at(1).at(RevenueSeriesModel::Revenue), page.revenueModel()->index(0, RevenueSeriesModel::Revenue).data().toString());
}

void TestAnalyticsPage::retranslatesInPlace()
{
    AnalyticsPage page(*m_store);
    page.setGranularity(Granularity::Week);
    const int rows = page.revenueModel()->rowCount();
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(page.tabs()->tabText(AnalyticsPage::BreakdownTab), QStringLiteral("«Brea&kdown»")); // LanguageChange is posted
    QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("granularity"))->currentText(), QStringLiteral("«Week»"));
    QVERIFY(page.revenueSummary()->text().startsWith(QStringLiteral("«")));
    QCOMPARE(page.revenueModel()->headerData(RevenueSeriesModel::Revenue, Qt::Horizontal).toString(), QStringLiteral("«Revenue»"));
    QCOMPARE(page.lowStockModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("«Product»"));
    QCOMPARE(page.granularity(), Granularity::Week);
    QCOMPARE(page.revenueModel()->rowCount(), rows);
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(page.tabs()->tabText(AnalyticsPage::BreakdownTab), QStringLiteral("Brea&kdown"));
}

STOREDESK_DB_TEST_MAIN_WIDGETS(TestAnalyticsPage)
#include "tst_analyticspage.moc"
