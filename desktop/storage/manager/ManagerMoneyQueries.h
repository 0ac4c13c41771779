#pragma once
// Read-only SQL for the Manager page's money: one organization's invoices (with the client's
// name, the trainer who billed them, if any, and the location) and its payments (with the
// invoice number). Contractor invoices (a trainer's invoice to the studio) are marked: they are
// the studio's payables. Never reads notes.

#include "shared/core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <vector>

namespace fitflow::desktop {

struct OrganizationInvoice {
    QString id;
    QString kind;         // "invoice" or "credit_note"
    QString status;       // "draft", "issued", "void"
    QString number;       // empty for a draft
    QString clientName;   // empty for a contractor invoice
    QString trainerId;    // the trainer who billed it; empty when the studio did
    QString taxPointDate; // YYYY-MM-DD, may be empty for a draft
    std::int64_t totalCents = 0;
    std::int64_t paidCents = 0;
    std::int64_t balanceCents = 0;
    QString locationName;        // where the services were supplied; may be empty
    bool toOrganization = false; // a contractor invoice: the trainer bills the studio
};

struct OrganizationPayment {
    QString id;
    QString invoiceId;
    QString invoiceNumber;
    QString clientName;
    QString method; // "cash", "e_transfer", "card"
    QString receivedOn;
    std::int64_t amountCents = 0;
};

class ManagerMoneyQueries {
public:
    explicit ManagerMoneyQueries(QSqlDatabase db);

    // Newest tax point first (drafts last), then by number.
    fitflow::Result<std::vector<OrganizationInvoice>> invoices(const QString& orgId) const;
    // Newest first.
    fitflow::Result<std::vector<OrganizationPayment>> payments(const QString& orgId) const;

private:
    QSqlDatabase m_db;
};

} // namespace fitflow::desktop
