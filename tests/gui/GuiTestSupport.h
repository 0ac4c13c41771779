#pragma once
// Small helpers shared by the desktop tests: a private settings file, finding controls by object
// name, and where screenshots go.

#include <QDir>
#include <QTest>

namespace fitflow::desktop::testing {

// A settings file of the test's own. CTest runs tests in parallel and Qt's test mode shares one
// user settings file between them, so tests that need settings use a private INI file.
inline QString privateSettingsFile(const QDir& folder)
{
    return folder.absoluteFilePath(QStringLiteral("settings/FitFlow.ini"));
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
