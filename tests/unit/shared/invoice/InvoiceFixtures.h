#pragma once
// Invoice entities for the codec tests, with totals computed by the real calculator (and credit
// notes by makeCreditNote), so every fixture is what the application would actually persist.

#include "tests/unit/shared/invoice/DraftBuilder.h"

#include "shared/domain/UuidV7.h"
#include "shared/invoice/CreditNote.h"
#include "shared/invoice/Invoice.h"

#include <gtest/gtest.h>

#include <string>

namespace fitflow::testing {

// A UUIDv7 whose random part is `seed` repeated, so fixtures have distinct, stable ids.
inline std::string uuidV7(std::uint8_t seed)
{
    UuidRandomBytes random;
    random.fill(seed);
    return formatUuidV7(Instant{std::chrono::milliseconds{1'773'000'000'000}}, random);
}

inline const std::string kOrgId = uuidV7(1);
inline const std::string kClientId = uuidV7(2);
inline const std::string kTrainerId = uuidV7(3);

inline invoice::InvoiceTotals computedTotals(const invoice::InvoiceDraft& input)
{
    auto totals = invoice::computeInvoiceTotals(input, canadaTaxTable());
    EXPECT_TRUE(totals) << totals.error().code << " at " << totals.error().path;
    return totals ? *totals : invoice::InvoiceTotals{};
}

// A studio's issued invoice to a client, taxed in `input`'s province.
inline invoice::Invoice issuedInvoice(const invoice::InvoiceDraft& input)
{
    invoice::Invoice result;
    result.id = uuidV7(10);
    result.orgId = kOrgId;
    result.status = invoice::InvoiceStatus::Issued;
    result.number = "INV-2026-000123";
    result.issuer = {invoice::IssuerKind::Organization, kOrgId};
    result.recipient = {invoice::RecipientKind::Client, kClientId};
    result.taxPointDate = input.taxPointDate;
    result.issuedAt = Instant{std::chrono::milliseconds{1'773'583'200'123}};
    result.dueDate = ymd(2026, 4, 14);
    result.paymentTerms = "Net 30";
    result.gstHstRegistrationNumber = "123456782RT0001";
    result.lines = input.lines;
    result.totals = computedTotals(input);
    return result;
}

// Two training sessions in Toronto, one with a discount.
inline invoice::InvoiceDraft ontarioDraft()
{
    return draft(tax::Province::ON, ymd(2026, 3, 15),
                 {line(2, 8500), line(1, 9000, tax::TaxCategory::Service, 1000)});
}

inline invoice::Invoice ontarioInvoice()
{
    return issuedInvoice(ontarioDraft());
}

// The full credit note of ontarioInvoice(): positive lines, negative totals (CreditNote.h).
inline invoice::Invoice ontarioCreditNote()
{
    auto note = invoice::makeFullCreditNote("INV-2026-000123", ontarioDraft(), canadaTaxTable());
    EXPECT_TRUE(note);
    invoice::Invoice result = ontarioInvoice();
    result.id = uuidV7(11);
    result.kind = invoice::InvoiceKind::CreditNote;
    result.originalInvoiceId = uuidV7(10);
    result.number = "CN-2026-000007";
    result.lines = note->credited.lines;
    result.totals = note->totals;
    return result;
}

} // namespace fitflow::testing
