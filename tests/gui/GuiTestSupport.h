#pragma once
// Small helpers shared by the desktop tests: private settings, finding controls by object name,
// and where screenshots go.

#include <QDir>
#include <QSettings>
#include <QTest>

namespace fitflow::desktop::testing {

// Points QSettings at `folder` for this process. CTest runs tests in parallel and Qt's test mode
// shares one settings file between them, so each test that touches settings calls this first.
inline void usePrivateSettingsFolder(const QString& folder)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
}

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
    QString dir = QDir(base).absoluteFilePath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    return dir;
}

} // namespace fitflow::desktop::testing
