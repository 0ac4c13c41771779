#pragma once
// The store side of the New invoice dialog, through StoreSession::runOnStore: the choices
// (organizations, clients, locations) and saving a draft, optionally issuing it at once with
// this device's next reserved number. Broadcasts "invoice" on StoreEvents after a save.

#include "desktop/core/DesktopContext.h"
#include "desktop/core/invoices/InvoiceChoices.h"

#include <QObject>
#include <QString>

#include <nlohmann/json.hpp>

namespace fitflow::desktop {

class LocalStore;

class NewInvoiceService : public QObject {
    Q_OBJECT

public:
    explicit NewInvoiceService(DesktopContext context, QObject* parent = nullptr);

    void loadChoices();
    // `draft` is DraftPreview::draft; with `draftId` it replaces that draft (redraft) instead of
    // making a new one. saved(), failed() (nothing written) or savedButNotIssued() (the draft is
    // kept; no reserved numbers, say) follows.
    void save(const QString& orgId, const nlohmann::json& draft, bool issueNow,
              const QString& draftId = {});

    // Why the draft of an invoice to a client cannot be issued for organization `orgId`: it
    // charges GST/HST or QST as a registered supplier, but the organization has no such number
    // on record (the invoice must show it; the server refuses the same for a trainer's
    // contractor invoice). Empty when it can. On the store thread (save() and
    // InvoicesService::issue() ask it before issuing).
    static QString registrationProblem(LocalStore* store, const std::string& orgId,
                                       const nlohmann::json& draft);

signals:
    void choicesLoaded(const fitflow::desktop::InvoiceChoices& choices);
    void saved(const QString& message);
    void failed(const QString& message);
    void savedButNotIssued(const QString& message);

private:
    DesktopContext m_context;
};

} // namespace fitflow::desktop
