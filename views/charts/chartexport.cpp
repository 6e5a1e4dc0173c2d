// SPDX-License-Identifier: MIT
#include "chartexport.h"

#include "csv.h"

#include <QApplication>
#include <QChartView>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QToolButton>

namespace ChartExport {
namespace {

/** Paints @p title and @p chart into the page rectangle of @p device (chart scaled to fit, aspect kept). */
void paintPage(QPaintDevice &device, QChartView *chart, const QString &title)
{
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect page(0, 0, device.width(), device.height());
    QFont font = QApplication::font();
    font.setPointSizeF(14);
    font.setBold(true);
    painter.setFont(font);
    const int titleHeight = painter.fontMetrics().height() * 2;
    painter.drawText(QRect(page.left(), page.top(), page.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
    const QRect area = page.adjusted(0, titleHeight, 0, 0);
    QSizeF size = chart->size();
    size.scale(area.size(), Qt::KeepAspectRatio);
    const QRectF target(area.left(), area.top(), size.width(), size.height());
    chart->render(&painter, target, chart->rect());
}

QString askPath(QWidget *parent, const QString &fileName, const QString &extension, const QString &filter)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, QApplication::translate("ChartExport", "Export chart"),
                                        folder + u'/' + fileName + u'.' + extension, filter);
}

} // namespace

bool savePng(QChartView *chart, const QString &path)
{
    const qreal scale = 2.0;
    QImage image(chart->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        chart->render(&painter, QRectF(QPointF(0, 0), QSizeF(chart->size())), chart->rect());
    }
    return image.save(path, "PNG");
}

bool savePdf(QChartView *chart, const QString &path, const QString &title)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setResolution(150);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("StoreDesk"));
    paintPage(writer, chart, title);
    QFile check(path);
    return check.open(QIODevice::ReadOnly) && check.size() > 0;
}

bool print(QChartView *chart, const QString &title, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QApplication::translate("ChartExport", "Print chart"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    paintPage(printer, chart, title);
    return true;
}

bool saveCsv(const QAbstractItemModel &model, const QString &path)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && Csv::write(model, file) && file.commit();
}

QToolButton *exportButton(QChartView *chart, const QString &fileName, const QString &title, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setPopupMode(QToolButton::InstantPopup);
    retranslate(button, chart, fileName, title);
    return button;
}

void retranslate(QToolButton *button, QChartView *chart, const QString &fileName, const QString &title)
{
    button->setText(QApplication::translate("ChartExport", "Export"));
    button->setAccessibleName(QApplication::translate("ChartExport", "Export or print the chart %1").arg(title));
    button->setToolTip(QApplication::translate("ChartExport", "Save the chart as PNG or PDF, or print it"));
    // The menu's actions carry the title: a new menu in the current language.
    delete button->menu();
    auto *menu = new QMenu(button);
    auto failed = [button](const QString &path) {
        QMessageBox::warning(button->window(), QApplication::translate("ChartExport", "Export chart"),
                             QApplication::translate("ChartExport", "Could not write %1.").arg(path));
    };
    menu->addAction(QApplication::translate("ChartExport", "Save as &PNG…"), button, [=] {
        const QString path = askPath(button->window(), fileName, QStringLiteral("png"),
                                     QApplication::translate("ChartExport", "PNG images (*.png)"));
        if (!path.isEmpty() && !savePng(chart, path))
            failed(path);
    });
    menu->addAction(QApplication::translate("ChartExport", "Save as P&DF…"), button, [=] {
        const QString path = askPath(button->window(), fileName, QStringLiteral("pdf"),
                                     QApplication::translate("ChartExport", "PDF documents (*.pdf)"));
        if (!path.isEmpty() && !savePdf(chart, path, title))
            failed(path);
    });
    menu->addAction(QApplication::translate("ChartExport", "P&rint…"), button, [=] { print(chart, title, button->window()); });
    button->setMenu(menu);
}

} // namespace ChartExport
