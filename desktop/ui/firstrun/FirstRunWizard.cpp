#include "desktop/ui/firstrun/FirstRunWizard.h"

#include "desktop/core/account/AccountService.h"
#include "desktop/ui/firstrun/CreateStorePage.h"
#include "desktop/ui/firstrun/SignInPage.h"

#include <QAbstractButton>

namespace fitflow::desktop {

namespace {
constexpr QSize kMinimumSize{560, 460};
} // namespace

FirstRunWizard::FirstRunWizard(StoreSession& session, AppSettings& settings, QWidget* parent,
                               ServerConnectionMonitor* monitor)
    : QWizard(parent)
    , m_account(new AccountService(session, this))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Welcome to FitFlow"));
    setWizardStyle(QWizard::ModernStyle);
    setMinimumSize(kMinimumSize);
    // The store cannot be "uncreated", so Back from the sign-in page would only confuse.
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(StorePageId, new CreateStorePage(session, this));
    setPage(SignInPageId, new SignInPage(*m_account, settings, this, monitor));
    setStartId(StorePageId);
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
}

} // namespace fitflow::desktop
