// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QAbstractItemModel;
class QChartView;
class QToolButton;
class QWidget;

/**
 * Export and print for every chart (and CSV for the tables beside them), in one place: a chart
 * is rendered at its on-screen size times @p scale into a PNG, or scaled to fit an A4 landscape
 * page into a PDF or onto a printer.
 */
namespace ChartExport {
/** Writes @p chart as a PNG (twice the on-screen resolution); false if the file cannot be written. */
bool savePng(QChartView *chart, const QString &path);
/** Writes @p chart onto one A4 landscape PDF page with @p title above it. */
bool savePdf(QChartView *chart, const QString &path, const QString &title);
/** Asks for a printer (QPrintDialog) and prints @p chart with @p title; false if cancelled. */
bool print(QChartView *chart, const QString &title, QWidget *parent);
/** Writes @p model (its visible text, with a header line) as RFC 4180 CSV in UTF-8. */
bool saveCsv(const QAbstractItemModel &model, const QString &path);
/**
 * A tool button "Export" with a menu (Save as PNG…, Save as PDF…, Print…) acting on @p chart;
 * @p fileName is the suggested file name without extension, @p title the printed heading.
 */
QToolButton *exportButton(QChartView *chart, const QString &fileName, const QString &title, QWidget *parent);
/** Sets an export button's texts (and its menu's) in the current language, with @p title for the print heading. */
void retranslate(QToolButton *button, QChartView *chart, const QString &fileName, const QString &title);
} // namespace ChartExport
