// SPDX-License-Identifier: MIT
#pragma once

class Connection;

/**
 * Scope guard for a write transaction: begins on construction, rolls back on destruction unless
 * commit() was called. Nested guards on the same connection join the outermost transaction, so a
 * service can call another service's in-transaction step without committing early.
 */
class Transaction
{
public:
    explicit Transaction(Connection &connection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /** Commits (outermost guard only). Throws DatabaseError if the commit fails. */
    void commit();
    bool isOutermost() const { return m_outermost; }

private:
    Connection &m_connection;
    bool m_outermost;
    bool m_done = false;
};
