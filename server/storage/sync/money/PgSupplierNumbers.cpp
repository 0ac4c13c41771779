#include "server/storage/sync/money/PgSupplierNumbers.h"

#include <pqxx/pqxx>

namespace fitflow::storage::money {

namespace {

std::optional<std::string> textOf(const pqxx::field& field)
{
    return field.is_null() ? std::nullopt : std::optional<std::string>(field.as<std::string>());
}

// The numbers on record of the first row of `rows` (columns: GST/HST, QST); none without a row.
SupplierNumbers numbersOf(const pqxx::result& rows)
{
    return rows.empty() ? SupplierNumbers{}
                        : SupplierNumbers{textOf(rows[0][0]), textOf(rows[0][1])};
}

// Who records a supplier's numbers, for the refusal's message: "your" ... "in your profile".
struct RecordedBy {
    std::string whose;
    std::string where;
};

// The one rule for both kinds of supplier: each registration the draft claims has its number on
// record; answers the numbers of the claimed registrations.
Result<SupplierNumbers> claimedNumbers(const SupplierNumbers& onRecord,
                                       const invoice::InvoiceDraft& draft,
                                       const RecordedBy& recordedBy)
{
    const auto refusal = [&](const std::string& tax) {
        return makeError("invalid_value",
                         "the invoice charges " + tax + " as a registered supplier: register " +
                             recordedBy.whose + " " + tax + " number " + recordedBy.where +
                             " first",
                         "op.supplier");
    };
    if (draft.supplier.gstHstRegistered && !onRecord.gstHst) {
        return refusal("GST/HST");
    }
    if (draft.supplier.qstRegistered && !onRecord.qst) {
        return refusal("QST");
    }
    return SupplierNumbers{draft.supplier.gstHstRegistered ? onRecord.gstHst : std::nullopt,
                           draft.supplier.qstRegistered ? onRecord.qst : std::nullopt};
}

} // namespace

Result<SupplierNumbers> contractorSupplierNumbers(pqxx::transaction_base& tx,
                                                  const std::string& trainerUserId,
                                                  const invoice::InvoiceDraft& draft)
{
    const auto rows = tx.exec_params(
        "SELECT gst_hst_number, qst_number FROM users WHERE id = $1::uuid", trainerUserId);
    return claimedNumbers(numbersOf(rows), draft, {"your", "in your profile"});
}

Status requireOrganizationNumbers(pqxx::transaction_base& tx, const std::string& orgId,
                                  const invoice::InvoiceDraft& draft)
{
    const auto rows = tx.exec_params(
        "SELECT gst_hst_number, qst_number FROM organizations WHERE id = $1::uuid", orgId);
    auto claimed =
        claimedNumbers(numbersOf(rows), draft, {"the organization's", "(its owner records it)"});
    if (!claimed) {
        return claimed.error();
    }
    return {};
}

void storeSupplierNumbers(pqxx::transaction_base& tx, const std::string& orgId,
                          const std::string& id, const SupplierNumbers& numbers)
{
    const auto valueOf = [](const std::optional<std::string>& number) {
        return number ? number->c_str() : nullptr;
    };
    tx.exec_params("UPDATE invoices SET supplier_gst_hst_number = $3, supplier_qst_number = $4 "
                   "WHERE org_id = $1 AND id = $2",
                   orgId, id, valueOf(numbers.gstHst), valueOf(numbers.qst));
}

} // namespace fitflow::storage::money
