#include "desktop/ui/invoices/ContractorInvoiceAction.h"

#include "desktop/core/account/AccountService.h"
#include "desktop/core/account/ProfileService.h"
#include "desktop/core/invoices/ContractorInvoiceChoices.h"
#include "desktop/ui/invoices/ContractorInvoiceDialog.h"

namespace fitflow::desktop {

ContractorInvoiceAction::ContractorInvoiceAction(DesktopContext context, QWidget* parent)
    : QAction(tr("New con&tractor invoice…"), parent)
    , m_context(context)
    , m_parentWindow(parent)
    , m_profile(new ProfileService(context.session, this))
{
    setObjectName(QStringLiteral("newContractorInvoiceAction"));
    setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    setToolTip(tr("Invoice a studio for the sessions you ran there (%1)")
                   .arg(shortcut().toString(QKeySequence::NativeText)));
    setStatusTip(tr("Invoice a studio for the sessions you ran there"));
    // Hidden until the profile says the user trains at a studio.
    setVisible(false);
    setEnabled(false);
    connect(this, &QAction::triggered, this, &ContractorInvoiceAction::open);
    connect(m_profile, &ProfileService::profileChanged, this,
            &ContractorInvoiceAction::followProfile);
    if (m_context.account) {
        connect(m_context.account, &AccountService::accountChanged, m_profile,
                &ProfileService::refreshUnlessFresh);
    }
    m_profile->refreshUnlessFresh();
}

ContractorInvoiceDialog* ContractorInvoiceAction::dialog() const
{
    return m_dialog;
}

void ContractorInvoiceAction::followProfile()
{
    bool trains = false;
    for (const ProfileMembership& membership : m_profile->profile().memberships) {
        trains =
            trains || ContractorInvoiceChoicesReader::invoicesStudioAsContractor(membership.role);
    }
    setVisible(trains);
    setEnabled(trains);
}

void ContractorInvoiceAction::open()
{
    if (!isEnabled()) {
        return;
    }
    if (!m_dialog) {
        m_dialog = new ContractorInvoiceDialog(m_context, m_parentWindow);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

} // namespace fitflow::desktop
