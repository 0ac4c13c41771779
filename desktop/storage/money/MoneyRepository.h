#pragma once
// The local money tables (MoneyTables.h): invoices with their lines, payments, and this
// device's invoice number blocks and how many numbers it has taken from them. Rows are whole
// documents: money is replaced by the server's state on pull, never merged field by field.

#include "shared/core/Result.h"
#include "shared/invoice/InvoiceBalance.h"
#include "shared/invoice/InvoiceNumberBlock.h"

#include <QSqlDatabase>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fitflow::desktop::money {

// The amounts of an invoice's wire values (totals.total_cents, credited_cents, paid_cents,
// refunded_cents) for the shared balance rule; only an issued invoice has a balance.
invoice::InvoiceAmounts invoiceAmountsOf(const nlohmann::json& values);

// One invoice or credit note in the server's wire shape (docs/sync-protocol.md, "Money").
struct LocalInvoice {
    std::string id;
    std::string orgId;
    nlohmann::json values; // kind, status, number, ..., draft, totals, paid/credited/balance,
                           // recipient, supplier_registration_numbers

    std::string status() const { return values.value("status", std::string()); }
    std::string kind() const { return values.value("kind", std::string()); }
    // "client" (the default, also for rows pulled before contractor invoices) or "organization".
    std::string recipient() const
    {
        const auto found = values.find("recipient");
        return found != values.end() && found->is_string() ? found->get<std::string>()
                                                           : std::string("client");
    }
    bool isContractorInvoice() const { return recipient() == "organization"; }
    std::int64_t cents(const char* key) const { return values.value(key, std::int64_t{0}); }
    invoice::InvoiceAmounts amounts() const { return invoiceAmountsOf(values); }
};

struct LocalPayment {
    std::string id;
    std::string orgId;
    nlohmann::json values; // invoice_id, method, amount_cents, received_on, recorded_by,
                           // refunds_payment_id (a refund: the payment it gives back out of)

    bool isRefund() const
    {
        const auto found = values.find("refunds_payment_id");
        return found != values.end() && found->is_string();
    }
};

// A payment as the shared refund rule sees it: a refund or not, whether its method is refunded
// by hand (cash, e-transfer), its amount and the refunds of it among `invoicePayments` (its
// invoice's payments and refunds).
invoice::RefundablePayment refundablePaymentOf(const LocalPayment& payment,
                                               const std::vector<LocalPayment>& invoicePayments);

struct HeldNumbers {
    std::vector<invoice::InvoiceNumberBlock> blocks; // in order of receipt
    std::int64_t consumed = 0;
};

class MoneyRepository {
public:
    explicit MoneyRepository(QSqlDatabase db);

    // Inserts or replaces the invoice and its lines (taken from values.draft.lines).
    fitflow::Status saveInvoice(const LocalInvoice& invoice);
    fitflow::Result<std::optional<LocalInvoice>> findInvoice(const std::string& id) const;
    // Every invoice, or those of one organization, ordered by id.
    fitflow::Result<std::vector<LocalInvoice>> invoices(const std::string& orgId = {}) const;
    fitflow::Status removeInvoice(const std::string& id);

    fitflow::Status savePayment(const LocalPayment& payment);
    fitflow::Result<std::vector<LocalPayment>> payments(const std::string& orgId = {}) const;
    fitflow::Result<std::optional<LocalPayment>> findPayment(const std::string& id) const;
    // The payments and refunds of one invoice, ordered by id (UUIDv7: in the order made).
    fitflow::Result<std::vector<LocalPayment>> invoicePayments(const std::string& invoiceId) const;
    fitflow::Status removePayment(const std::string& id);

    // The ids of one organization's invoices or payments (entity "invoice" / "payment").
    fitflow::Result<std::vector<std::string>> idsInOrganization(const std::string& entity,
                                                                const std::string& orgId) const;

    // Adds a block received from the server; a block already held (same id) is ignored.
    fitflow::Status addNumberBlock(const std::string& orgId, const std::string& blockId,
                                   const invoice::InvoiceNumberBlock& block);
    fitflow::Result<HeldNumbers> heldNumbers(const std::string& orgId) const;
    fitflow::Status saveConsumed(const std::string& orgId, std::int64_t consumed);

    // Every money row of the store (a revoked device wipes its synced data).
    fitflow::Status removeAll();

private:
    QSqlDatabase m_db;
};

} // namespace fitflow::desktop::money
