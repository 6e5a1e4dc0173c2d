// SPDX-License-Identifier: MIT
#include "dashboardpage.h"

#include <QLabel>
#include <QVBoxLayout>

DashboardPage::DashboardPage(QWidget *parent) : ScreenPage(parent)
{
    auto *heading = new QLabel(tr("Dashboard — coming in the next version"), this);
    heading->setObjectName(QStringLiteral("placeholderHeading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("This is a placeholder. Revenue, orders, average order value and units with their trends, "
                               "the platform mix, top products and low-stock alerts will appear here.\n\n"
                               "Products, Inventory, Sales and Customers in the sidebar are ready to use."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(560);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(heading);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch();
    setAccessibleName(tr("Dashboard placeholder"));
}
