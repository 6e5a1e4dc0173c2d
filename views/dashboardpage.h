// SPDX-License-Identifier: MIT
#pragma once

#include "screenpage.h"

class TableView;

/** Placeholder for the dashboard (KPI cards, charts), which comes with the next version; says so plainly. */
class DashboardPage : public ScreenPage
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Dashboard"); }
    void refresh() override {}
    QTableView *mainTable() const override { return nullptr; }
};
