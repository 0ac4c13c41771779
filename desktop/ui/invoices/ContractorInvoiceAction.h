#pragma once
// The Invoices menu's "New contractor invoice…" (Ctrl+Alt+N): visible and enabled only while
// the cached profile makes the user a trainer or trainer admin of at least one organization
// (refreshed from the server when signed in); opens a ContractorInvoiceDialog.

#include "desktop/core/DesktopContext.h"

#include <QAction>
#include <QPointer>

namespace fitflow::desktop {

class ContractorInvoiceDialog;
class ProfileService;

class ContractorInvoiceAction : public QAction {
    Q_OBJECT

public:
    ContractorInvoiceAction(DesktopContext context, QWidget* parent);

    ProfileService& profile() { return *m_profile; }
    // The open dialog, or null.
    ContractorInvoiceDialog* dialog() const;

private:
    void open();
    void followProfile();

    DesktopContext m_context;
    QWidget* m_parentWindow = nullptr;
    ProfileService* m_profile = nullptr; // child
    QPointer<ContractorInvoiceDialog> m_dialog;
};

} // namespace fitflow::desktop
