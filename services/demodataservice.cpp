// SPDX-License-Identifier: MIT
#include "demodataservice.h"

#include "database.h"
#include "demodatawriter.h"
#include "rollupset.h"
#include "salesrollup.h"
#include "salesservice.h"
#include "timeutil.h"
#include "validator.h"

#include <QScopeGuard>

#include <array>

namespace {

/** splitmix64: small, fast and identical on every platform (std distributions are not). */
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /** Uniform in [0, n). */
    qint64 below(qint64 n) { return qint64(next() % quint64(n)); }
    /** Uniform in [lo, hi]. */
    qint64 between(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); }
    /** Index chosen by integer weights. */
    template<size_t N>
    size_t weighted(const std::array<int, N> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        qint64 r = below(total);
        for (size_t i = 0; i < N; ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return N - 1;
    }

private:
    quint64 m_state;
};

struct CatalogueEntry
{
    const char *name;
    qint64 priceCents;
};

struct CategoryEntry
{
    const char *name;
    const char *description;
    const char *skuPrefix;
    std::array<CatalogueEntry, 5> products;
};

const std::array<CategoryEntry, 8> kCatalogue{{
    {"Electronics", "Phones, audio and accessories", "ELE",
     {{{"Wireless Earbuds Pro", 7999}, {"USB-C Fast Charger 65W", 3499}, {"Bluetooth Speaker Mini", 4599},
       {"4K Streaming Stick", 4999}, {"Noise-Cancelling Headphones", 19999}}}},
    {"Home & Kitchen", "Cookware, storage and small appliances", "HOM",
     {{{"Stainless Steel Cookware Set", 12999}, {"Glass Food Storage Containers", 2899}, {"Electric Kettle 1.7L", 3999},
       {"Chef's Knife 8-inch", 4499}, {"Bamboo Cutting Board", 1899}}}},
    {"Clothing", "Everyday apparel and basics", "CLO",
     {{{"Organic Cotton T-Shirt", 1999}, {"Slim Fit Jeans", 4999}, {"Merino Wool Socks (3 pack)", 2499},
       {"Waterproof Rain Jacket", 8999}, {"Fleece Zip Hoodie", 3999}}}},
    {"Books", "Bestsellers and reference", "BOO",
     {{{"The Pragmatic Shopkeeper", 2499}, {"Cooking for Busy People", 1999}, {"A History of Trade Routes", 2999},
       {"Mindful Mornings", 1499}, {"Field Guide to Garden Birds", 1799}}}},
    {"Sports & Outdoors", "Fitness and outdoor gear", "SPO",
     {{{"Yoga Mat Non-Slip", 2999}, {"Insulated Water Bottle 750ml", 2499}, {"Adjustable Dumbbell Pair", 14999},
       {"Trail Running Backpack", 6999}, {"Camping Headlamp", 1999}}}},
    {"Beauty & Personal Care", "Skin, hair and grooming", "BEA",
     {{{"Vitamin C Face Serum", 2299}, {"Electric Toothbrush", 4999}, {"Argan Oil Shampoo", 1399},
       {"Mineral Sunscreen SPF 50", 1699}, {"Beard Grooming Kit", 3499}}}},
    {"Toys & Games", "Games and toys for all ages", "TOY",
     {{{"Wooden Building Blocks (100 pcs)", 3499}, {"Strategy Board Game", 3999}, {"Remote Control Car", 4999},
       {"1000-Piece Jigsaw Puzzle", 1899}, {"Plush Teddy Bear", 2199}}}},
    {"Office Supplies", "Desk, paper and organisation", "OFF",
     {{{"Ergonomic Office Chair Cushion", 3999}, {"Gel Ink Pens (12 pack)", 1199}, {"A5 Dotted Notebook", 999},
       {"Desk Organizer Set", 2799}, {"Wireless Mouse", 2599}}}},
}};

const std::array<const char *, 24> kFirstNames{"Emma", "Liam", "Olivia", "Noah", "Ava", "Lucas", "Sophia", "Mason",
                                               "Isabella", "Ethan", "Mia", "Logan", "Amelia", "James", "Harper",
                                               "Benjamin", "Evelyn", "Elijah", "Abigail", "Daniel", "Chloe", "Henry",
                                               "Grace", "Samuel"};
const std::array<const char *, 24> kLastNames{"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
                                              "Davis", "Rodriguez", "Martinez", "Wilson", "Anderson", "Taylor",
                                              "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White",
                                              "Harris", "Clark", "Lewis", "Walker"};
const std::array<const char *, 12> kStreets{"Maple Avenue", "Oak Street", "Cedar Lane", "Pine Road", "Elm Drive",
                                            "Birch Court", "Willow Way", "Lakeview Boulevard", "Hillcrest Road",
                                            "Sunset Avenue", "River Street", "Park Place"};
const std::array<const char *, 12> kCities{"Springfield, IL 62701", "Portland, OR 97205", "Austin, TX 78701",
                                           "Denver, CO 80202", "Madison, WI 53703", "Raleigh, NC 27601",
                                           "Boise, ID 83702", "Burlington, VT 05401", "Tucson, AZ 85701",
                                           "Savannah, GA 31401", "Ann Arbor, MI 48104", "Santa Fe, NM 87501"};

// Platform and status mixes of a typical multi-channel store.
const std::array<const char *, 6> kPlatforms{"Amazon", "Website", "Shopify", "eBay", "Walmart", "Etsy"};
const std::array<int, 6> kPlatformWeights{30, 20, 15, 15, 10, 10};
const std::array<SaleStatus, 7> kStatuses{SaleStatus::Completed, SaleStatus::Delivered, SaleStatus::Shipped,
                                          SaleStatus::Processing, SaleStatus::Pending, SaleStatus::Cancelled,
                                          SaleStatus::Refunded};
const std::array<int, 7> kStatusWeights{60, 12, 8, 5, 5, 6, 4};
const std::array<int, 4> kItemCountWeights{45, 30, 15, 10}; // 1, 2, 3 or 4 lines: 1.9 on average

constexpr qint64 kBatchOrders = 20'000;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

/** A UTC calendar date and time of day. */
struct CivilTime
{
    int year, month, day, hour, minute, second;
};

/** The UTC date and time @p secs seconds after 1970-01-01 (proleptic Gregorian; H. Hinnant's civil_from_days). */
CivilTime civilTime(qint64 secs)
{
    const qint64 days = floorDiv(secs, 86400);
    const qint64 time = secs - days * 86400;
    const qint64 z = days + 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    return {int(yoe + era * 400 + (month <= 2)), month, int(doy - (153 * mp + 2) / 5 + 1),
            int(time / 3600), int(time / 60 % 60), int(time % 60)};
}

/** Writes @p value as @p digits decimal digits (zero-padded) at @p out. */
char *putDigits(char *out, qint64 value, int digits)
{
    for (int i = digits - 1; i >= 0; --i, value /= 10)
        out[i] = char('0' + value % 10);
    return out + digits;
}

/** Writes "YYYY-MM-DD HH:MM:SS" (as TimeUtil::toDb() does) at @p out; returns its length. */
qsizetype putStamp(char *out, const CivilTime &t)
{
    char *p = putDigits(out, t.year, 4);
    *p++ = '-';
    p = putDigits(p, t.month, 2);
    *p++ = '-';
    p = putDigits(p, t.day, 2);
    *p++ = ' ';
    p = putDigits(p, t.hour, 2);
    *p++ = ':';
    p = putDigits(p, t.minute, 2);
    *p++ = ':';
    p = putDigits(p, t.second, 2);
    return p - out;
}

/** Writes "SO-YYYYMMDD-0000042" (the order's date, its id in at least 7 digits) at @p out; returns its length. */
qsizetype putOrderNumber(char *out, const CivilTime &t, qint64 id)
{
    int digits = 1;
    for (qint64 v = id; v >= 10; v /= 10)
        ++digits;
    char *p = out;
    *p++ = 'S';
    *p++ = 'O';
    *p++ = '-';
    p = putDigits(p, t.year, 4);
    p = putDigits(p, t.month, 2);
    p = putDigits(p, t.day, 2);
    *p++ = '-';
    p = putDigits(p, id, std::max(7, digits));
    return p - out;
}

} // namespace

DemoDataSummary DemoDataService::generate(const DemoDataOptions &options, const Progress &progress)
{
    Validator v;
    if (options.sales < 0 || options.sales > 100'000'000)
        v.add({QStringLiteral("sales")}, QStringLiteral("must be between 0 and 100000000"));
    if (options.customers < 0 || options.customers > 10'000'000)
        v.add({QStringLiteral("customers")}, QStringLiteral("must be between 0 and 10000000"));
    const QDateTime until = (options.until.isValid() ? options.until : TimeUtil::nowUtc()).toUTC();
    const QDateTime from = until.addDays(-365);
    // Timestamps are stored with four-digit years (and the catalogue is dated 30 days earlier).
    if (from.addDays(-30).date().year() < 1000 || until.date().year() > 9999)
        v.add({QStringLiteral("until")}, QStringLiteral("must be in the years 1001 to 9999"));
    v.throwIfInvalid();
    const qint64 spanSeconds = from.secsTo(until);

    // Bulk-load session settings go in before the transaction starts (SQLite changes neither the
    // journal mode nor foreign key enforcement inside one) and are undone however this ends.
    DemoDataWriter session(m_db.connection());
    const auto restore = qScopeGuard([&] { session.endBulkLoad(); });
    m_db.read([&](Connection &) { session.beginBulkLoad(); });

    return m_db.write([&](Connection &conn) {
        DemoDataWriter writer(conn);
        if (writer.hasData()) {
            if (!options.reset)
                throw StoreError::conflict(QStringLiteral("not_empty"),
                                           QStringLiteral("the database already holds store data; use --reset to replace it"));
            writer.clear();
        }
        Rng rng(options.seed);
        DemoDataSummary summary;
        const QDateTime created = from.addDays(-30);

        // Catalogue and stock.
        QList<Category> categories;
        QList<Product> products;
        QList<InventoryItem> inventory;
        QList<InventoryHistoryEntry> history;
        qint64 productId = 0;
        for (size_t c = 0; c < kCatalogue.size(); ++c) {
            const CategoryEntry &entry = kCatalogue[c];
            categories << Category{qint64(c + 1), QString::fromUtf8(entry.name), QString::fromUtf8(entry.description), created, created};
            for (size_t p = 0; p < entry.products.size(); ++p) {
                ++productId;
                // Prices vary a little with the seed; always whole cents ending in 9.
                const qint64 base = entry.products[p].priceCents;
                const qint64 price = std::max<qint64>(99, (base + rng.between(-base / 20, base / 20)) / 10 * 10 + 9);
                products << Product{productId,
                                    QString::fromUtf8(entry.products[p].name),
                                    QStringLiteral("%1 — %2").arg(QString::fromUtf8(entry.products[p].name), QString::fromUtf8(entry.description)),
                                    QStringLiteral("%1-%2").arg(QString::fromLatin1(entry.skuPrefix)).arg(1001 + p),
                                    Money::fromCents(price),
                                    qint64(c + 1),
                                    created,
                                    created};
                // Every seventh product is out of stock and every fifth runs low, so the
                // low-stock screens have something to show for any seed.
                qint64 quantity = rng.between(25, 250);
                if (productId % 7 == 3)
                    quantity = 0;
                else if (productId % 5 == 2)
                    quantity = rng.between(1, 9);
                const QDateTime restocked = until.addDays(-rng.between(1, 60));
                inventory << InventoryItem{productId, productId, QStringLiteral("main"), QString(), quantity, 10,
                                           quantity > 0 ? restocked : QDateTime(), created, restocked};
                history << InventoryHistoryEntry{productId, productId, 0, quantity, QStringLiteral("initial stock"), created};
            }
        }
        writer.insertCategories(categories);
        writer.insertProducts(products);
        writer.insertInventory(inventory);
        writer.insertHistory(history);
        summary.categories = categories.size();
        summary.products = products.size();
        summary.inventoryRows = inventory.size();

        // Customers, in batches so millions fit in memory.
        for (qint64 start = 0; start < options.customers; start += kBatchOrders) {
            QList<Customer> customers;
            const qint64 end = std::min(options.customers, start + kBatchOrders);
            for (qint64 i = start; i < end; ++i) {
                const QString first = QString::fromUtf8(kFirstNames[rng.below(kFirstNames.size())]);
                const QString last = QString::fromUtf8(kLastNames[rng.below(kLastNames.size())]);
                const QDateTime joined = created.addSecs(rng.below(spanSeconds / 2));
                customers << Customer{i + 1,
                                      first + u' ' + last,
                                      QStringLiteral("%1.%2.%3@example.com").arg(first.toLower(), last.toLower()).arg(i + 1),
                                      QStringLiteral("+1-555-%1-%2").arg(rng.between(200, 999)).arg(rng.between(0, 9999), 4, 10, QLatin1Char('0')),
                                      QStringLiteral("%1 %2, %3").arg(rng.between(1, 9999)).arg(QString::fromUtf8(kStreets[rng.below(kStreets.size())]),
                                                                                                 QString::fromUtf8(kCities[rng.below(kCities.size())])),
                                      joined,
                                      joined};
            }
            writer.insertCustomers(customers);
        }
        summary.customers = options.customers;

        // Orders, spread evenly over the year with jitter, in date order. They go to the writer in
        // its compact row form: text made by hand (not QString::arg/QDateTime, millions of times)
        // and shared where it repeats — an order's timestamp is also its lines' created_at.
        std::array<QVariant, kPlatforms.size()> platformValues;
        // The analytics rollups are added up as the orders are made (reading them back costs more).
        RollupSet rollup;
        TimeUtil::LocalDays localDays(m_config.storeTimeZone);
        std::array<int, kPlatforms.size()> rollupPlatforms;
        QList<RollupSet::Line> rollupLines;
        for (size_t p = 0; p < kPlatforms.size(); ++p) {
            platformValues[p] = writer.text(QLatin1String(kPlatforms[p]));
            rollupPlatforms[p] = rollup.platformId(QString::fromLatin1(kPlatforms[p]));
        }
        char buffer[40];
        const qint64 fromSecs = floorDiv(from.toMSecsSinceEpoch(), 1000);
        qint64 itemId = 0;
        const double step = options.sales > 0 ? double(spanSeconds) / double(options.sales) : 0;
        QList<DemoDataWriter::SaleRow> sales;
        QList<DemoDataWriter::SaleItemRow> items;
        sales.reserve(std::min(options.sales, kBatchOrders));
        items.reserve(std::min(options.sales, kBatchOrders) * 4);
        for (qint64 start = 0; start < options.sales; start += kBatchOrders) {
            if (progress && !progress(start, options.sales))
                throw StoreError::conflict(QStringLiteral("cancelled"), QStringLiteral("demo data generation was cancelled; nothing was written"));
            sales.clear();
            items.clear();
            const qint64 end = std::min(options.sales, start + kBatchOrders);
            for (qint64 i = start; i < end; ++i) {
                DemoDataWriter::SaleRow &sale = sales.emplace_back();
                sale.id = i + 1;
                const qint64 offset = qint64(double(i) * step) + (step >= 2 ? rng.below(qint64(step)) : 0);
                const qint64 at = std::min(offset, spanSeconds - 1); // seconds after `from`
                const CivilTime when = civilTime(fromSecs + at);
                sale.stamp = writer.text(QLatin1String(buffer, putStamp(buffer, when)));
                sale.orderNumber = writer.text(QLatin1String(buffer, putOrderNumber(buffer, when, sale.id)));
                if (options.customers > 0 && rng.below(100) < 85)
                    sale.customerId = rng.between(1, options.customers);
                const size_t platform = rng.weighted(kPlatformWeights);
                sale.platform = platformValues[platform];
                SaleStatus status = kStatuses[rng.weighted(kStatusWeights)];
                // Orders of the last few days are often still open.
                if (spanSeconds - at < 3 * 86400 && status == SaleStatus::Completed)
                    status = rng.below(2) ? SaleStatus::Processing : SaleStatus::Pending;
                sale.status = status;
                const int lines = int(rng.weighted(kItemCountWeights)) + 1;
                qint64 used[4] = {0, 0, 0, 0};
                for (int l = 0; l < lines; ++l) {
                    qint64 pid;
                    do {
                        pid = rng.between(1, products.size());
                    } while (std::find(used, used + l, pid) != used + l);
                    used[l] = pid;
                    DemoDataWriter::SaleItemRow &item = items.emplace_back();
                    item.id = ++itemId;
                    item.saleId = sale.id;
                    item.productId = pid;
                    item.quantity = rng.below(100) < 75 ? 1 : rng.between(2, 3);
                    item.unitPriceCents = products[pid - 1].price.cents();
                    if (rng.below(100) < 12) // a promotion: 5–15 % off the line, in whole cents
                        item.discountCents = item.unitPriceCents * item.quantity * rng.between(5, 15) / 100;
                    item.createdAt = sale.stamp;
                    sale.totalCents += item.unitPriceCents * item.quantity - item.discountCents;
                    rollupLines << RollupSet::Line{pid, products[pid - 1].categoryId, item.quantity,
                                                   item.unitPriceCents * item.quantity - item.discountCents};
                }
                if (SaleStatuses::isActive(status))
                    rollup.addOrder(localDays.dayOf(fromSecs + at), rollupPlatforms[platform], rollupLines);
                rollupLines.clear();
            }
            writer.addSales(sales, items);
            summary.sales += sales.size();
            summary.saleItems = itemId;
        }
        writer.finishSales();
        writer.syncSequences();
        SalesRollup(m_config).replaceAll(conn, rollup);
        if (progress && !progress(options.sales, options.sales))
            throw StoreError::conflict(QStringLiteral("cancelled"), QStringLiteral("demo data generation was cancelled; nothing was written"));
        return summary;
    });
}
