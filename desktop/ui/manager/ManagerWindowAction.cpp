#include "desktop/ui/manager/ManagerWindowAction.h"

#include "desktop/core/StoreSession.h"
#include "desktop/core/account/AccountService.h"
#include "desktop/core/account/ProfileService.h"
#include "desktop/ui/manager/ManagerPage.h"

namespace fitflow::desktop {

namespace {
constexpr QSize kWindowSize{1000, 680};
} // namespace

ManagerWindowAction::ManagerWindowAction(DesktopContext context, QWidget* parent)
    : QAction(tr("&Manager view"), parent)
    , m_context(context)
    , m_parentWindow(parent)
    , m_profile(new ProfileService(context.session, this))
{
    setObjectName(QStringLiteral("managerViewAction"));
    setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    setToolTip(tr("Every trainer's schedule, utilisation, invoices and payments of the studios "
                  "you run (%1)")
                   .arg(shortcut().toString(QKeySequence::NativeText)));
    setStatusTip(tr("Every trainer's schedule, utilisation, invoices and payments of the studios "
                    "you run"));
    // Hidden until the profile says the user runs a studio.
    setVisible(false);
    setEnabled(false);
    connect(this, &QAction::triggered, this, &ManagerWindowAction::open);
    connect(m_profile, &ProfileService::profileChanged, this, &ManagerWindowAction::followProfile);
    if (m_context.account) {
        connect(m_context.account, &AccountService::accountChanged, m_profile,
                &ProfileService::refreshUnlessFresh);
    }
    m_profile->refreshUnlessFresh();
}

ManagerPage* ManagerWindowAction::page() const
{
    return m_page;
}

void ManagerWindowAction::followProfile()
{
    const bool administers = m_profile->administersAny();
    setVisible(administers);
    setEnabled(administers);
    if (!administers && m_page) {
        m_page->close();
    }
}

void ManagerWindowAction::open()
{
    if (!isEnabled()) {
        return;
    }
    if (!m_page) {
        m_page = new ManagerPage(m_context, *m_profile, m_parentWindow);
        m_page->setWindowFlag(Qt::Window);
        m_page->setAttribute(Qt::WA_DeleteOnClose);
        m_page->setWindowTitle(tr("Manager view"));
        m_page->resize(kWindowSize);
    }
    m_page->show();
    m_page->raise();
    m_page->activateWindow();
}

} // namespace fitflow::desktop
