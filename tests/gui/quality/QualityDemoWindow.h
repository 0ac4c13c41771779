#pragma once
// The real main window over a QualityDemoStore, opened the way every quality test needs it:
// test-mode paths, the language FITFLOW_TEST_LANGUAGE names (CTest registers some of these tests
// a second time with fr_CA, so French accelerators, names and widths are held to the same
// rules), 1200 x 800, shown and active.

#include "QualityDemoStore.h"

#include "desktop/core/Translations.h"
#include "desktop/ui/shell/MainWindow.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include <memory>

namespace fitflow::desktop::testing {

class QualityDemoWindow {
public:
    // Empty when the window is up and active; otherwise what went wrong.
    QString open()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (const QString language = qEnvironmentVariable("FITFLOW_TEST_LANGUAGE");
            !language.isEmpty() && !Translations::install(*qApp, m_translator, QLocale(language))) {
            return QStringLiteral("no translation for ") + language;
        }
        m_store = std::make_unique<QualityDemoStore>();
        if (!m_store->seeded() || !m_store->open()) {
            return QStringLiteral("the demo store could not be seeded and opened");
        }
        m_window = std::make_unique<MainWindow>(m_store->context());
        m_window->resize(1200, 800);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        if (!QTest::qWaitForWindowActive(m_window.get())) {
            return QStringLiteral("the main window never became active");
        }
        return {};
    }

    void close()
    {
        m_window.reset();
        m_store.reset();
    }

    QualityDemoStore& store() { return *m_store; }
    MainWindow& window() { return *m_window; }

private:
    QTranslator m_translator;
    std::unique_ptr<QualityDemoStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace fitflow::desktop::testing
