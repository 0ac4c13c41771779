#pragma once
// Helpers for tests that inspect or damage store files on disk: raw reads, byte flips, and a
// snapshot of every file belonging to a store so "nothing changed" can be asserted.

#include <QByteArray>
#include <QMap>
#include <QString>

namespace fitflow::test {

QByteArray readFileBytes(const QString& path);

// XORs the byte at `offset` with 0xFF. Returns false when the file is shorter or unwritable.
bool flipByte(const QString& path, qint64 offset);

// Rewrites the file with `bytes`; returns false on any I/O error.
bool writeFileBytes(const QString& path, const QByteArray& bytes);

// Contents of the database, -wal, -shm and .key files that exist, keyed by path.
QMap<QString, QByteArray> snapshotStoreFiles(const QString& databasePath);

} // namespace fitflow::test
