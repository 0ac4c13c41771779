#include "desktop/core/StoreLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace fitflow::desktop {

QString StoreLocation::databasePath()
{
    const QString fromEnvironment = qEnvironmentVariable(kEnvironmentVariable);
    if (!fromEnvironment.isEmpty()) {
        return QFileInfo(fromEnvironment).absoluteFilePath();
    }
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dataDir).absoluteFilePath(QStringLiteral("fitflow.db"));
}

} // namespace fitflow::desktop
