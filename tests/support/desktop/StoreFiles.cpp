#include "tests/support/desktop/StoreFiles.h"

#include <QFile>
#include <QStringList>

namespace fitflow::test {

QByteArray readFileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

bool flipByte(const QString& path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || offset < 0 || offset >= file.size()) {
        return false;
    }
    char byte = 0;
    if (!file.seek(offset) || !file.getChar(&byte)) {
        return false;
    }
    byte = static_cast<char>(byte ^ 0xFF);
    return file.seek(offset) && file.putChar(byte);
}

bool writeFileBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QMap<QString, QByteArray> snapshotStoreFiles(const QString& databasePath)
{
    QMap<QString, QByteArray> snapshot;
    const QStringList paths{databasePath, databasePath + QStringLiteral("-wal"),
                            databasePath + QStringLiteral("-shm"),
                            databasePath + QStringLiteral(".key")};
    for (const QString& path : paths) {
        if (QFile::exists(path)) {
            snapshot.insert(path, readFileBytes(path));
        }
    }
    return snapshot;
}

} // namespace fitflow::test
