#pragma once
// Reads the Manager page's data for one organization and week through StoreSession::runOnStore
// (never on the GUI thread): sessions of every trainer at the locations the user runs, their
// utilisation, the organization's invoices and payments. Records a payment on an invoice through
// the existing money operations (desktop/sync/money InvoiceOperations: row + outbox in one
// transaction), and reloads when StoreEvents reports a change to sessions, invoices or payments.

#include "desktop/core/DesktopContext.h"
#include "desktop/core/account/AccountProfile.h"
#include "desktop/core/manager/ManagedOrganization.h"
#include "desktop/core/manager/ManagerSnapshot.h"

#include <QDate>
#include <QObject>

#include <cstdint>

namespace fitflow::desktop {

class ManagerService : public QObject {
    Q_OBJECT

public:
    explicit ManagerService(DesktopContext context, QObject* parent = nullptr);

    // Loads `organization` for the week starting on the Monday of `day`; loaded() or failed().
    void load(const ManagedOrganization& organization, const QDate& day,
              const AccountProfile& profile);
    // Loads the same organization and week again (after a change).
    void reload();

    // Records a cash or e-transfer payment of `amountCents` on an issued invoice (refused
    // with failed() when the user's role may not); done() or failed(), then reloads.
    void recordPayment(const QString& invoiceId, std::int64_t amountCents, bool eTransfer,
                       const QDate& receivedOn);

    static QDate mondayOf(const QDate& day);

signals:
    void loaded(const fitflow::desktop::ManagerSnapshot& snapshot);
    void failed(const QString& message);
    void done(const QString& message);

private:
    DesktopContext m_context;
    ManagedOrganization m_organization;
    AccountProfile m_profile;
    QDate m_weekStart;
    int m_generation = 0; // answers of an older load are dropped
};

} // namespace fitflow::desktop
