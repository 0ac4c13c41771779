#pragma once
// The main window's "Financial overview" menu action (Ctrl+Alt+F): opens the overview
// (FinancePage) in a window of its own, created on first use and raised afterwards, so the
// navigation's pages stay as they are.

#include "desktop/core/DesktopContext.h"

#include <QAction>
#include <QPointer>

namespace fitflow::desktop {

class FinancePage;

class FinanceWindowAction : public QAction {
    Q_OBJECT

public:
    FinanceWindowAction(DesktopContext context, QWidget* parent);

    // The open overview, or null before the action was first triggered.
    FinancePage* page() const;

private:
    void open();

    DesktopContext m_context;
    QWidget* m_parentWindow = nullptr;
    QPointer<FinancePage> m_page;
};

} // namespace fitflow::desktop
