// SPDX-License-Identifier: MIT
#pragma once

#include "sqltablemodel.h"

class Database;

/** One order's lines with product, quantity, unit price, discount and line total. */
class SaleItemsModel : public SqlTableModel
{
    Q_OBJECT

public:
    explicit SaleItemsModel(Database &database, QObject *parent = nullptr);
    /** 0 = no order (empty). Call refresh() to apply. */
    void setSaleId(qint64 id) { m_saleId = id; }
    qint64 saleId() const { return m_saleId; }

    void refresh() override;

private:
    Database &m_db;
    qint64 m_saleId = 0;
};
