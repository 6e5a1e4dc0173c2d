// SPDX-License-Identifier: MIT
#include "testdatabases.h"

#include "sqlquery.h"

#include <QTest>

/** CategoryService against every engine: names, uniqueness, partial updates, refused deletes, Unicode. */
class TestCategoryService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabases::addEngineRows(); }
    void init();
    void cleanup() { m_store.reset(); }

    void createGetListCount();
    void listFiltersByNameAndPages();
    void nameIsTrimmed_data();
    void nameIsTrimmed();
    void invalidNameIsRefused_data();
    void invalidNameIsRefused();
    void duplicateNameOnCreate_data();
    void duplicateNameOnCreate();
    void duplicateNameOnRename();
    void renameToOwnNameIsAccepted();
    void partialUpdate();
    void updateUnknownIsNotFound();
    void deleteWithProductsIsRefused();
    void deleteEmptyRemovesIt();
    void unicodeNamesRoundTrip_data();
    void unicodeNamesRoundTrip();
    void unicodeNamesAreDistinctExactly();
    void searchFoldsCaseOfEveryLetter();

private:
    qint64 rowCount();

    std::unique_ptr<Store> m_store;
};

void TestCategoryService::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_store = TestDatabases::freshStore(engine);
}

qint64 TestCategoryService::rowCount()
{
    return m_store->database().read([](Connection &c) {
        SqlQuery q(c, QStringLiteral("SELECT COUNT(*) FROM categories"));
        return q.scalar().toLongLong();
    });
}

void TestCategoryService::createGetListCount()
{
    CategoryService &categories = m_store->categories();
    const Category tools = categories.create({QStringLiteral("Tools"), QStringLiteral("Hand and power tools")});
    const Category garden = categories.create({QStringLiteral("Garden"), QString()});
    const Category toys = categories.create({QStringLiteral("Toys"), QStringLiteral("For children")});
    QVERIFY(tools.id > 0);
    QVERIFY(garden.id > tools.id);
    QVERIFY(toys.id > garden.id);
    QVERIFY(tools.createdAt.isValid());
    QCOMPARE(tools.createdAt.timeSpec(), Qt::UTC);

    const Category fetched = categories.get(garden.id);
    QCOMPARE(fetched.id, garden.id);
    QCOMPARE(fetched.name, QStringLiteral("Garden"));
    QVERIFY(fetched.description.isEmpty());
    QCOMPARE(categories.get(tools.id).description, QStringLiteral("Hand and power tools"));
    QCOMPARE(categories.get(toys.id).createdAt, toys.createdAt);

    const QList<Category> all = categories.list();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).id, tools.id);
    QCOMPARE(all.at(1).id, garden.id);
    QCOMPARE(all.at(2).id, toys.id);
    QCOMPARE(all.at(2).name, QStringLiteral("Toys"));
    QCOMPARE(categories.count(), qint64(3));
    QCOMPARE(rowCount(), qint64(3));

    try {
        categories.get(toys.id + 1000);
        QFAIL("an unknown category was found");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::NotFound);
    }
}

void TestCategoryService::listFiltersByNameAndPages()
{
    CategoryService &categories = m_store->categories();
    QList<qint64> ids;
    const QStringList names{QStringLiteral("Kitchen"), QStringLiteral("Garden Tools"), QStringLiteral("Toys"),
                            QStringLiteral("Power tools"), QStringLiteral("Books")};
    for (const QString &name : names)
        ids << categories.create({name, QString()}).id;

    CategoryFilter f;
    f.q = QStringLiteral("TOOLS"); // case-insensitive contains
    QList<Category> found = categories.list(f);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).id, ids.at(1));
    QCOMPARE(found.at(1).id, ids.at(3));
    QCOMPARE(categories.count(f), qint64(2));

    CategoryFilter page;
    page.page.skip = 1;
    page.page.limit = 3;
    found = categories.list(page);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(0).id, ids.at(1));
    QCOMPARE(found.at(2).id, ids.at(3));
    QCOMPARE(categories.count(page), qint64(5)); // the count ignores paging
    page.page.skip = 4;
    found = categories.list(page);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).id, ids.at(4));
}

void TestCategoryService::nameIsTrimmed_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("stored");
    QTest::newRow("spaces") << QStringLiteral("  Outdoor  ") << QStringLiteral("Outdoor");
    QTest::newRow("tabs and newline") << QStringLiteral("\tSports\n") << QStringLiteral("Sports");
    QTest::newRow("inner spaces kept") << QStringLiteral(" Home  & Living ") << QStringLiteral("Home  & Living");
}

void TestCategoryService::nameIsTrimmed()
{
    QFETCH(QString, input);
    QFETCH(QString, stored);
    const Category created = m_store->categories().create({input, QStringLiteral("  kept as text  ")});
    QCOMPARE(created.name, stored);
    QCOMPARE(m_store->categories().get(created.id).name, stored);

    // Renaming trims too.
    const Category other = m_store->categories().create({QStringLiteral("Other"), QString()});
    CategoryPatch patch;
    patch.name = QStringLiteral("  Renamed ") + stored + QStringLiteral("  ");
    QCOMPARE(m_store->categories().update(other.id, patch).name, QStringLiteral("Renamed ") + stored);
    QCOMPARE(m_store->categories().get(other.id).name, QStringLiteral("Renamed ") + stored);
}

void TestCategoryService::invalidNameIsRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::newRow("empty") << QString() << QStringLiteral("string_too_short");
    QTest::newRow("blank") << QStringLiteral("   \t ") << QStringLiteral("string_too_short");
    QTest::newRow("201 characters") << QString(201, u'x') << QStringLiteral("string_too_long");
}

void TestCategoryService::invalidNameIsRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    try {
        m_store->categories().create({name, QString()});
        QFAIL("an invalid name was accepted on create");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::Validation);
        QCOMPARE(e.fieldErrors().size(), 1);
        QCOMPARE(e.fieldErrors().first().loc, QStringList{QStringLiteral("name")});
        QCOMPARE(e.fieldErrors().first().type, type);
    }
    QCOMPARE(rowCount(), qint64(0));

    const Category kept = m_store->categories().create({QStringLiteral("Kept"), QString()});
    try {
        CategoryPatch patch;
        patch.name = name;
        m_store->categories().update(kept.id, patch);
        QFAIL("an invalid name was accepted on update");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::Validation);
        QCOMPARE(e.fieldErrors().first().loc, QStringList{QStringLiteral("name")});
    }
    QCOMPARE(m_store->categories().get(kept.id).name, QStringLiteral("Kept"));

    // A 200-character name is the longest accepted.
    QCOMPARE(m_store->categories().create({QString(200, u'y'), QString()}).name.size(), 200);
}

void TestCategoryService::duplicateNameOnCreate_data()
{
    QTest::addColumn<QString>("second");
    QTest::newRow("same") << QStringLiteral("Garden");
    QTest::newRow("same after trimming") << QStringLiteral("  Garden ");
}

void TestCategoryService::duplicateNameOnCreate()
{
    QFETCH(QString, second);
    const Category first = m_store->categories().create({QStringLiteral("Garden"), QStringLiteral("first")});
    try {
        m_store->categories().create({second, QStringLiteral("second")});
        QFAIL("a duplicate name was accepted");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::Conflict);
        QCOMPARE(e.code(), QStringLiteral("duplicate_name"));
    }
    QCOMPARE(rowCount(), qint64(1));
    QCOMPARE(m_store->categories().get(first.id).description, QStringLiteral("first"));
}

void TestCategoryService::duplicateNameOnRename()
{
    const Category garden = m_store->categories().create({QStringLiteral("Garden"), QString()});
    const Category toys = m_store->categories().create({QStringLiteral("Toys"), QStringLiteral("toys")});
    CategoryPatch patch;
    patch.name = QStringLiteral("Garden");
    patch.description = QStringLiteral("changed");
    try {
        m_store->categories().update(toys.id, patch);
        QFAIL("a rename onto an existing name was accepted");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::Conflict);
        QCOMPARE(e.code(), QStringLiteral("duplicate_name"));
    }
    const Category after = m_store->categories().get(toys.id);
    QCOMPARE(after.name, QStringLiteral("Toys"));
    QCOMPARE(after.description, QStringLiteral("toys")); // the whole update was refused
    QCOMPARE(m_store->categories().get(garden.id).name, QStringLiteral("Garden"));
}

void TestCategoryService::renameToOwnNameIsAccepted()
{
    const Category garden = m_store->categories().create({QStringLiteral("Garden"), QString()});
    CategoryPatch patch;
    patch.name = QStringLiteral("Garden");
    patch.description = QStringLiteral("now described");
    const Category updated = m_store->categories().update(garden.id, patch);
    QCOMPARE(updated.name, QStringLiteral("Garden"));
    QCOMPARE(m_store->categories().get(garden.id).description, QStringLiteral("now described"));
}

void TestCategoryService::partialUpdate()
{
    const Category created = m_store->categories().create({QStringLiteral("Books"), QStringLiteral("Paper books")});

    CategoryPatch descriptionOnly;
    descriptionOnly.description = QStringLiteral("Paper and e-books");
    Category updated = m_store->categories().update(created.id, descriptionOnly);
    QCOMPARE(updated.name, QStringLiteral("Books"));
    QCOMPARE(updated.description, QStringLiteral("Paper and e-books"));
    Category stored = m_store->categories().get(created.id);
    QCOMPARE(stored.name, QStringLiteral("Books"));
    QCOMPARE(stored.description, QStringLiteral("Paper and e-books"));

    CategoryPatch nameOnly;
    nameOnly.name = QStringLiteral("Media");
    updated = m_store->categories().update(created.id, nameOnly);
    QCOMPARE(updated.name, QStringLiteral("Media"));
    QCOMPARE(updated.description, QStringLiteral("Paper and e-books"));
    stored = m_store->categories().get(created.id);
    QCOMPARE(stored.name, QStringLiteral("Media"));
    QCOMPARE(stored.description, QStringLiteral("Paper and e-books"));
    QCOMPARE(stored.createdAt, created.createdAt);

    CategoryPatch clearDescription;
    clearDescription.description = QString();
    QVERIFY(m_store->categories().update(created.id, clearDescription).description.isEmpty());
    QVERIFY(m_store->categories().get(created.id).description.isEmpty());
    QCOMPARE(m_store->categories().get(created.id).name, QStringLiteral("Media"));
}

void TestCategoryService::updateUnknownIsNotFound()
{
    const Category only = m_store->categories().create({QStringLiteral("Only"), QString()});
    CategoryPatch patch;
    patch.name = QStringLiteral("Ghost");
    try {
        m_store->categories().update(only.id + 99, patch);
        QFAIL("an unknown category was updated");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::NotFound);
    }
    QCOMPARE(m_store->categories().get(only.id).name, QStringLiteral("Only"));
    QCOMPARE(rowCount(), qint64(1));
}

void TestCategoryService::deleteWithProductsIsRefused()
{
    const Category tools = m_store->categories().create({QStringLiteral("Tools"), QString()});
    ProductInput input;
    input.name = QStringLiteral("Hammer");
    input.sku = QStringLiteral("HAM-1");
    input.price = Money::fromCents(1299);
    input.categoryId = tools.id;
    const Product hammer = m_store->products().create(input);
    try {
        m_store->categories().remove(tools.id);
        QFAIL("a category with products was deleted");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::Conflict);
        QCOMPARE(e.code(), QStringLiteral("has_products"));
    }
    QCOMPARE(m_store->categories().get(tools.id).name, QStringLiteral("Tools"));
    QCOMPARE(m_store->products().get(hammer.id).categoryId, tools.id);

    // Once the product is gone the category can go.
    m_store->products().remove(hammer.id);
    m_store->categories().remove(tools.id);
    QCOMPARE(rowCount(), qint64(0));
}

void TestCategoryService::deleteEmptyRemovesIt()
{
    const Category keep = m_store->categories().create({QStringLiteral("Keep"), QString()});
    const Category drop = m_store->categories().create({QStringLiteral("Drop"), QString()});
    m_store->categories().remove(drop.id);
    QCOMPARE(m_store->categories().count(), qint64(1));
    QCOMPARE(m_store->categories().list().first().id, keep.id);
    try {
        m_store->categories().get(drop.id);
        QFAIL("a deleted category was still found");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::NotFound);
    }
    try {
        m_store->categories().remove(drop.id);
        QFAIL("deleting twice succeeded");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::NotFound);
    }
    // The name is free again.
    const Category again = m_store->categories().create({QStringLiteral("Drop"), QString()});
    QVERIFY(again.id != keep.id);
    QCOMPARE(m_store->categories().count(), qint64(2));
}

void TestCategoryService::unicodeNamesRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::newRow("german") << QStringLiteral("Küche & Haushalt") << QStringLiteral("Töpfe, Pfannen, Größen");
    QTest::newRow("chinese") << QStringLiteral("玩具") << QStringLiteral("儿童玩具和游戏");
    QTest::newRow("greek") << QStringLiteral("Ελληνικά προϊόντα") << QStringLiteral("ΑΒΓ αβγ");
    QTest::newRow("emoji (4-byte UTF-8)") << QStringLiteral("Spiele 🎲🧩") << QStringLiteral("🎉");
    QTest::newRow("quotes and backslash") << QStringLiteral("O'Brien's \"Best\" \\ Co") << QStringLiteral("'; --");
}

void TestCategoryService::unicodeNamesRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(QString, description);
    const Category created = m_store->categories().create({name, description});
    QCOMPARE(created.name, name);

    const Category fetched = m_store->categories().get(created.id);
    QCOMPARE(fetched.name, name);
    QCOMPARE(fetched.description, description);
    QCOMPARE(fetched.name.toUtf8(), name.toUtf8());

    const QList<Category> all = m_store->categories().list();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().name, name);

    // The database compares the stored text exactly: the same name is a duplicate …
    try {
        m_store->categories().create({name, QString()});
        QFAIL("a duplicate Unicode name was accepted");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::Conflict);
        QCOMPARE(e.code(), QStringLiteral("duplicate_name"));
    }
    // … and a rename to it round-trips too.
    const Category other = m_store->categories().create({QStringLiteral("Other"), QString()});
    CategoryPatch patch;
    patch.name = name + QStringLiteral(" 2");
    m_store->categories().update(other.id, patch);
    QCOMPARE(m_store->categories().get(other.id).name, name + QStringLiteral(" 2"));
}

void TestCategoryService::unicodeNamesAreDistinctExactly()
{
    // Uniqueness is an exact match: case and accent variants are different names on every engine.
    const QStringList names{QStringLiteral("Küche"), QStringLiteral("Kuche"), QStringLiteral("küche"),
                            QStringLiteral("KÜCHE"), QStringLiteral("玩具"), QStringLiteral("玩具 ")};
    QSet<qint64> ids;
    for (const QString &name : names) {
        if (name == QStringLiteral("玩具 ")) {
            // Trimmed to "玩具", which exists already.
            QVERIFY_THROWS_EXCEPTION(StoreError, m_store->categories().create({name, QString()}));
            continue;
        }
        ids.insert(m_store->categories().create({name, QString()}).id);
    }
    QCOMPARE(ids.size(), 5);
    QCOMPARE(m_store->categories().count(), qint64(5));
    QStringList stored;
    for (const Category &c : m_store->categories().list())
        stored << c.name;
    QCOMPARE(stored, names.mid(0, 5));
}

void TestCategoryService::searchFoldsCaseOfEveryLetter()
{
    // Searches are case-insensitive for all letters on every engine, not only A–Z.
    m_store->categories().create({QStringLiteral("KÜCHE & HAUSHALT"), QString()});
    m_store->categories().create({QStringLiteral("Ελληνικά"), QString()});
    m_store->categories().create({QStringLiteral("Garden"), QString()});
    CategoryFilter filter;
    filter.q = QStringLiteral("küche");
    QCOMPARE(m_store->categories().count(filter), qint64(1));
    filter.q = QStringLiteral("ΕΛΛΗΝ");
    const QList<Category> greek = m_store->categories().list(filter);
    QCOMPARE(greek.size(), 1);
    QCOMPARE(greek.first().name, QStringLiteral("Ελληνικά"));
    filter.q = QStringLiteral("üc");
    QCOMPARE(m_store->categories().count(filter), qint64(1));
    filter.q = QStringLiteral("uc"); // no accent folding: ü is not u
    QCOMPARE(m_store->categories().count(filter), qint64(0));
}

STOREDESK_DB_TEST_MAIN(TestCategoryService)
#include "tst_categoryservice.moc"
