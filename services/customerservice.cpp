// SPDX-License-Identifier: MIT
#include "customerservice.h"

#include "customerrepository.h"
#include "database.h"
#include "salerepository.h"
#include "timeutil.h"
#include "validator.h"

#include <QRegularExpression>

namespace {

QString checkedEmail(Validator &v, const QString &raw)
{
    const QString email = v.optionalText({QStringLiteral("email")}, raw, 254).toLower();
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.isEmpty() && !shape.match(email).hasMatch())
        v.add({QStringLiteral("email")}, QStringLiteral("is not a valid e-mail address"), QStringLiteral("value_error.email"));
    return email;
}

StoreError duplicateEmail(const QString &email)
{
    return StoreError::conflict(QStringLiteral("duplicate_email"),
                                QStringLiteral("a customer with e-mail '%1' already exists").arg(email));
}

void checkUnique(CustomerRepository &repo, const QString &email, qint64 selfId)
{
    if (email.isEmpty())
        return;
    const auto existing = repo.findByEmail(email);
    if (existing && existing->id != selfId)
        throw duplicateEmail(email);
}

/**
 * Runs a write that stores @p email. Two writers can both pass checkUnique() before either
 * commits; the unique index then stops the second, and that is the same duplicate_email
 * conflict (email is the only unique column of customers besides the id).
 */
template<typename Fn>
Customer writeCustomer(Database &db, const QString &email, Fn &&fn)
{
    try {
        return db.write(std::forward<Fn>(fn));
    } catch (const StoreError &e) {
        if (!email.isEmpty() && e.kind() == StoreError::Kind::Conflict && e.code() == u"duplicate")
            throw duplicateEmail(email);
        throw;
    }
}

} // namespace

const QStringList &CustomerService::sortColumns()
{
    return CustomerRepository::sortColumns();
}

QList<Customer> CustomerService::list(const CustomerFilter &filter)
{
    return m_db.read([&](Connection &c) { return CustomerRepository(c).list(filter); });
}

qint64 CustomerService::count(const CustomerFilter &filter)
{
    return m_db.read([&](Connection &c) { return CustomerRepository(c).count(filter); });
}

Customer CustomerService::get(qint64 id)
{
    auto found = m_db.read([&](Connection &c) { return CustomerRepository(c).find(id); });
    if (!found)
        throw StoreError::notFound(QStringLiteral("customer"), id);
    return *found;
}

Customer CustomerService::create(const CustomerInput &input)
{
    Validator v;
    Customer customer;
    customer.name = v.requireText({QStringLiteral("name")}, input.name, 200);
    customer.email = checkedEmail(v, input.email);
    customer.phone = v.optionalText({QStringLiteral("phone")}, input.phone, 50);
    customer.address = v.optionalText({QStringLiteral("address")}, input.address, 2000);
    v.throwIfInvalid();
    customer.createdAt = customer.updatedAt = TimeUtil::nowUtc();
    return writeCustomer(m_db, customer.email, [&](Connection &c) {
        CustomerRepository repo(c);
        checkUnique(repo, customer.email, 0);
        Customer row = customer;
        repo.insert(row);
        return row;
    });
}

Customer CustomerService::update(qint64 id, const CustomerPatch &patch)
{
    Validator v;
    std::optional<QString> name, email, phone, address;
    if (patch.name)
        name = v.requireText({QStringLiteral("name")}, *patch.name, 200);
    if (patch.email)
        email = checkedEmail(v, *patch.email);
    if (patch.phone)
        phone = v.optionalText({QStringLiteral("phone")}, *patch.phone, 50);
    if (patch.address)
        address = v.optionalText({QStringLiteral("address")}, *patch.address, 2000);
    v.throwIfInvalid();
    return writeCustomer(m_db, email.value_or(QString()), [&](Connection &c) {
        CustomerRepository repo(c);
        auto customer = repo.find(id);
        if (!customer)
            throw StoreError::notFound(QStringLiteral("customer"), id);
        if (email) {
            checkUnique(repo, *email, id);
            customer->email = *email;
        }
        if (name)
            customer->name = *name;
        if (phone)
            customer->phone = *phone;
        if (address)
            customer->address = *address;
        customer->updatedAt = TimeUtil::nowUtc();
        repo.update(*customer);
        return *customer;
    });
}

void CustomerService::remove(qint64 id)
{
    m_db.write([&](Connection &c) {
        CustomerRepository repo(c);
        if (!repo.find(id))
            throw StoreError::notFound(QStringLiteral("customer"), id);
        const qint64 orders = repo.saleCount(id);
        if (orders > 0)
            throw StoreError::conflict(QStringLiteral("has_sales"),
                                       QStringLiteral("customer %1 has %2 order(s) and cannot be deleted").arg(id).arg(orders));
        repo.remove(id);
    });
}

CustomerStats CustomerService::stats(qint64 id)
{
    return m_db.read([&](Connection &c) {
        if (!CustomerRepository(c).find(id))
            throw StoreError::notFound(QStringLiteral("customer"), id);
        const auto totals = SaleRepository(c).activeTotalsForCustomer(id);
        return CustomerStats{totals.first, totals.second};
    });
}
