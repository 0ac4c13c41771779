#include "desktop/ui/finance/FinanceWindowAction.h"

#include "desktop/ui/finance/FinancePage.h"

#include <QShortcut>

namespace fitflow::desktop {

namespace {
constexpr QSize kWindowSize{900, 640};
} // namespace

FinanceWindowAction::FinanceWindowAction(DesktopContext context, QWidget* parent)
    : QAction(tr("&Financial overview"), parent)
    , m_context(context)
    , m_parentWindow(parent)
{
    setObjectName(QStringLiteral("financeOverviewAction"));
    setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    setToolTip(tr("Revenue by studio, taxes collected and payments received (%1)")
                   .arg(shortcut().toString(QKeySequence::NativeText)));
    setStatusTip(tr("Revenue by studio, taxes collected and payments received"));
    connect(this, &QAction::triggered, this, &FinanceWindowAction::open);
}

FinancePage* FinanceWindowAction::page() const
{
    return m_page.data();
}

void FinanceWindowAction::open()
{
    if (!m_page) {
        m_page = new FinancePage(m_context, m_parentWindow);
        m_page->setWindowFlag(Qt::Window);
        m_page->setAttribute(Qt::WA_DeleteOnClose);
        m_page->resize(kWindowSize);
        // A window of its own: Escape closes it, as it closes a dialog.
        auto* close = new QShortcut(QKeySequence(Qt::Key_Escape), m_page);
        connect(close, &QShortcut::activated, m_page, &QWidget::close);
    }
    m_page->show();
    m_page->raise();
    m_page->activateWindow();
}

} // namespace fitflow::desktop
