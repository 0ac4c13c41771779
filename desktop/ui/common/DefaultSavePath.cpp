#include "desktop/ui/common/DefaultSavePath.h"

#include <QDir>
#include <QStandardPaths>

namespace fitflow::desktop {

QString defaultSavePath(const QString& fileName)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QDir folder =
        !documents.isEmpty() && QDir(documents).exists() ? QDir(documents) : QDir::home();
    return folder.filePath(fileName);
}

} // namespace fitflow::desktop
