// SPDX-License-Identifier: MIT
#pragma once

#include "analyticsservice.h"

#include <QAbstractTableModel>

/**
 * A comparison breakdown (by category, platform or product) as a read-only table: name, revenue
 * in the current and the compared period, the change and the change in percent (the service's
 * rounding; "—" on a zero base). The bar chart reads the same rows (value()).
 */
class BreakdownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Current, Previous, Change, ChangePercent, ColumnCount };

    explicit BreakdownModel(QObject *parent = nullptr);

    void setCurrency(const QString &currency) { m_currency = currency; }
    void setRows(const QList<BreakdownRow> &rows);
    const QList<BreakdownRow> &rows() const { return m_rows; }
    /** The name and the current/previous revenue of row @p row in currency units (charts). */
    QString name(int row) const;
    double value(int row, Column column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BreakdownRow> m_rows;
    QString m_currency = QStringLiteral("USD");
};
