#pragma once
// Small helpers shared by the desktop GUI tests: a private store folder, finding controls by
// object name, and where screenshots go.

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace fitflow::desktop::testing {

// Finds a child by object name and fails the calling test when it is missing.
template <typename T> T* child(const QObject* parent, const QString& objectName)
{
    T* found = parent ? parent->findChild<T*>(objectName) : nullptr;
    if (!found) {
        qWarning("no child named %s", qPrintable(objectName));
    }
    return found;
}

// $FITFLOW_TEST_OUTPUT_DIR/screenshots (created), or a folder under the temp dir outside CTest.
inline QString screenshotDirectory()
{
    QString base = qEnvironmentVariable("FITFLOW_TEST_OUTPUT_DIR");
    if (base.isEmpty()) {
        base = QDir::temp().absoluteFilePath(QStringLiteral("fitflow-test-output"));
    }
    const QString dir = QDir(base).absoluteFilePath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    return dir;
}

} // namespace fitflow::desktop::testing
