// SPDX-License-Identifier: MIT
#include "servercommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("StoreDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("StoreDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STOREDESK_VERSION));
    return runServerCommand(QCoreApplication::arguments());
}
