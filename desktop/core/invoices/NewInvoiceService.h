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

signals:
    void choicesLoaded(const fitflow::desktop::InvoiceChoices& choices);
    void saved(const QString& message);
    void failed(const QString& message);
    void savedButNotIssued(const QString& message);

private:
    DesktopContext m_context;
};

} // namespace fitflow::desktop
