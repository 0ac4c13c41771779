#include "tests/unit/shared/invoice/InvoiceFixtures.h"

#include "shared/invoice/Invoice.h"
#include "shared/invoice/InvoiceRules.h"
#include "shared/invoice/InvoiceTotalsJson.h"

#include <gtest/gtest.h>

#include <functional>
#include <limits>

using fitflow::invoice::Invoice;
using fitflow::invoice::InvoiceKind;
using fitflow::invoice::InvoiceStatus;
using namespace fitflow::testing;
using nlohmann::json;

namespace {

// Decodes `input`, expecting success, and checks encode(decode(input)) == input.
Invoice decodeAndReencode(const json& input)
{
    auto decoded = Invoice::fromJson(input);
    EXPECT_TRUE(decoded) << decoded.error().code << " at " << decoded.error().path << ": "
                         << decoded.error().message;
    if (!decoded) {
        return {};
    }
    EXPECT_EQ(decoded->toJson(), input);
    return *decoded;
}

void expectRoundTrip(const Invoice& invoice)
{
    EXPECT_EQ(decodeAndReencode(invoice.toJson()), invoice);
}

// Applies `edit` to `base`'s JSON and expects decoding to fail with `code` at `path`.
void expectError(const Invoice& base, const std::function<void(json&)>& edit,
                 const std::string& code, const std::string& path)
{
    json input = base.toJson();
    edit(input);
    auto result = Invoice::fromJson(input);
    ASSERT_FALSE(result) << "expected " << code << " at " << path;
    EXPECT_EQ(result.error().code, code) << result.error().message;
    EXPECT_EQ(result.error().path, path) << result.error().message;
}

Invoice draftInvoice()
{
    Invoice draft = ontarioInvoice();
    draft.status = InvoiceStatus::Draft;
    draft.number.reset();
    draft.issuedAt.reset();
    return draft;
}

// A trainer's contractor invoice to the studio: no GST/HST registration (small supplier).
Invoice contractorInvoice()
{
    auto input = draft(fitflow::tax::Province::BC, ymd(2026, 3, 31), {line(12, 4000)});
    input.supplier.gstHstRegistered = false;
    Invoice invoice = issuedInvoice(input);
    invoice.issuer = {fitflow::invoice::IssuerKind::Trainer, kTrainerId};
    invoice.recipient = {fitflow::invoice::RecipientKind::Organization, kOrgId};
    invoice.gstHstRegistrationNumber.reset();
    return invoice;
}

} // namespace

TEST(Invoice, IssuedInvoiceRoundTripsWithEveryField)
{
    const Invoice invoice = ontarioInvoice();
    const json encoded = invoice.toJson();
    EXPECT_EQ(encoded["number"], "INV-2026-000123");
    EXPECT_EQ(encoded["issued_at"], "2026-03-15T14:00:00.123Z");
    EXPECT_EQ(encoded["place_of_supply"],
              json::parse(R"({"province": "ON", "rule": "in_person_session_province"})"));
    EXPECT_EQ(encoded["totals"], fitflow::invoice::invoiceTotalsToJson(invoice.totals));
    expectRoundTrip(invoice);
}

TEST(Invoice, DraftRoundTripsWithoutNumberOrIssueTime)
{
    const Invoice draft = draftInvoice();
    EXPECT_FALSE(draft.toJson().contains("number"));
    EXPECT_FALSE(draft.toJson().contains("issued_at"));
    expectRoundTrip(draft);
}

TEST(Invoice, EmptyDraftRoundTrips)
{
    Invoice draft = draftInvoice();
    draft.lines.clear();
    draft.totals = fitflow::invoice::InvoiceTotals{draft.totals.placeOfSupply, {}, {}, {}, {}};
    expectRoundTrip(draft);
}

TEST(Invoice, VoidInvoiceKeepsItsNumber)
{
    Invoice voided = ontarioInvoice();
    voided.status = InvoiceStatus::Void;
    expectRoundTrip(voided);
}

TEST(Invoice, FullCreditNoteRoundTripsWithNegativeTotals)
{
    const Invoice note = ontarioCreditNote();
    EXPECT_LT(note.totals.total.cents(), 0);
    EXPECT_EQ(note.totals.total.cents(), -ontarioInvoice().totals.total.cents());
    expectRoundTrip(note);
}

TEST(Invoice, PartialCreditNoteWithProRataDiscountRoundTrips)
{
    auto original = draft(fitflow::tax::Province::QC, ymd(2026, 3, 15),
                          {line(3, 10000, fitflow::tax::TaxCategory::Service, 1000)});
    auto credit = fitflow::invoice::makeCreditNote("INV-1", original, {{0, 1}}, canadaTaxTable());
    ASSERT_TRUE(credit);
    Invoice note = issuedInvoice(original);
    note.kind = InvoiceKind::CreditNote;
    note.originalInvoiceId = uuidV7(20);
    note.lines = credit->credited.lines;
    note.totals = credit->totals;
    ASSERT_EQ(note.totals.taxes.size(), 2U); // GST and QST, both negative
    expectRoundTrip(note);
}

TEST(Invoice, TaxIncludedNoShowFeeRoundTrips)
{
    Invoice invoice = issuedInvoice(
        draft(fitflow::tax::Province::ON, ymd(2026, 3, 15), {line(1, 8500), includedFee(4000)}));
    // The fee's HST comes out of the subtotal: 8500 + 4000 − 460.
    EXPECT_EQ(invoice.totals.subtotal.cents(), 12040);
    expectRoundTrip(invoice);
}

TEST(Invoice, RemoteSupplyKeepsTheClientProvinceRule)
{
    Invoice invoice = issuedInvoice(draft(fitflow::tax::Province::QC, ymd(2026, 3, 15),
                                          {line(1, 10000)}, fitflow::tax::SessionMode::Remote));
    EXPECT_EQ(invoice.toJson()["place_of_supply"]["rule"], "remote_client_province");
    expectRoundTrip(invoice);
}

TEST(Invoice, TrainerContractorInvoiceToTheStudioRoundTrips)
{
    const Invoice invoice = contractorInvoice();
    EXPECT_TRUE(invoice.totals.taxes.empty());
    expectRoundTrip(invoice);
}

TEST(Invoice, AmountsTakeTheInvoiceCurrency)
{
    Invoice invoice = ontarioInvoice();
    json input = invoice.toJson();
    input["currency"] = "USD";
    auto decoded = Invoice::fromJson(input);
    ASSERT_TRUE(decoded) << decoded.error().code << " at " << decoded.error().path;
    EXPECT_EQ(decoded->currency.view(), "USD");
    EXPECT_EQ(decoded->lines[1].discount.currency().view(), "USD");
    EXPECT_EQ(decoded->totals.taxes[0].amount.currency().view(), "USD");
    EXPECT_EQ(decoded->toJson(), input);
}

TEST(Invoice, OptionalFieldsMayBeNull)
{
    json input = ontarioInvoice().toJson();
    input["due_date"] = nullptr;
    input["payment_terms"] = nullptr;
    auto decoded = Invoice::fromJson(input);
    ASSERT_TRUE(decoded) << decoded.error().code << " at " << decoded.error().path;
    EXPECT_FALSE(decoded->dueDate);
    EXPECT_FALSE(decoded->paymentTerms);
}

TEST(InvoiceFieldErrors, UnknownFieldsAnywhere)
{
    const Invoice base = ontarioInvoice();
    expectError(
        base, [](json& j) { j["colour"] = "red"; }, "unknown_field", "colour");
    expectError(
        base, [](json& j) { j["lines"][1]["vat"] = 1; }, "unknown_field", "lines[1].vat");
    expectError(
        base, [](json& j) { j["issuer"]["name"] = "x"; }, "unknown_field", "issuer.name");
    expectError(
        base, [](json& j) { j["totals"]["taxes"][0]["x"] = 1; }, "unknown_field",
        "totals.taxes[0].x");
    expectError(
        base, [](json& j) { j["place_of_supply"]["kind"] = "in_person"; }, "unknown_field",
        "place_of_supply.kind");
}

TEST(InvoiceFieldErrors, WrongTypes)
{
    const Invoice base = ontarioInvoice();
    expectError(
        base, [](json& j) { j["lines"][1]["unit_price_cents"] = "9000"; }, "wrong_type",
        "lines[1].unit_price_cents");
    expectError(
        base, [](json& j) { j["lines"][0]["quantity"] = 1.5; }, "wrong_type", "lines[0].quantity");
    expectError(
        base, [](json& j) { j["lines"] = json::object(); }, "wrong_type", "lines");
    expectError(
        base, [](json& j) { j["lines"][0] = 3; }, "wrong_type", "lines[0]");
    expectError(
        base, [](json& j) { j["totals"]["total_cents"] = true; }, "wrong_type",
        "totals.total_cents");
    expectError(
        base, [](json& j) { j["recipient"] = "client"; }, "wrong_type", "recipient");
    expectError(
        base, [](json& j) { j = json::array(); }, "wrong_type", "");
}

TEST(InvoiceFieldErrors, MissingFields)
{
    const Invoice base = ontarioInvoice();
    for (const char* key : {"id", "org_id", "kind", "status", "issuer", "recipient", "currency",
                            "tax_point_date", "place_of_supply", "lines", "totals"}) {
        SCOPED_TRACE(key);
        expectError(
            base, [key](json& j) { j.erase(key); }, "missing_field", key);
    }
    expectError(
        base, [](json& j) { j["totals"].erase("taxes"); }, "missing_field", "totals.taxes");
    expectError(
        base, [](json& j) { j["lines"][0].erase("tax_included"); }, "missing_field",
        "lines[0].tax_included");
}

TEST(InvoiceFieldErrors, BadEnumValues)
{
    const Invoice base = ontarioInvoice();
    expectError(
        base, [](json& j) { j["kind"] = "estimate"; }, "invalid_value", "kind");
    expectError(
        base, [](json& j) { j["status"] = "paid"; }, "invalid_value", "status");
    expectError(
        base, [](json& j) { j["issuer"]["kind"] = "client"; }, "invalid_value", "issuer.kind");
    expectError(
        base, [](json& j) { j["recipient"]["kind"] = "trainer"; }, "invalid_value",
        "recipient.kind");
    expectError(
        base, [](json& j) { j["lines"][1]["category"] = "food"; }, "invalid_value",
        "lines[1].category");
    expectError(
        base, [](json& j) { j["place_of_supply"]["province"] = "on"; }, "invalid_value",
        "place_of_supply.province");
    expectError(
        base, [](json& j) { j["place_of_supply"]["rule"] = "remote"; }, "invalid_value",
        "place_of_supply.rule");
    expectError(
        base, [](json& j) { j["totals"]["taxes"][0]["code"] = "VAT"; }, "invalid_value",
        "totals.taxes[0].code");
}

TEST(InvoiceFieldErrors, BadFormats)
{
    const Invoice base = ontarioInvoice();
    // A version 4 UUID is canonical but not time-ordered.
    expectError(
        base, [](json& j) { j["id"] = "0196a0b2-7c1d-4e5f-8a9b-0c1d2e3f4a5b"; }, "invalid_value",
        "id");
    expectError(
        base, [](json& j) { j["org_id"] = "ORG-1"; }, "invalid_value", "org_id");
    expectError(
        base, [](json& j) { j["currency"] = "cad"; }, "invalid_value", "currency");
    expectError(
        base, [](json& j) { j["tax_point_date"] = "2026-02-30"; }, "invalid_value",
        "tax_point_date");
    expectError(
        base, [](json& j) { j["due_date"] = "14/04/2026"; }, "invalid_value", "due_date");
    expectError(
        base, [](json& j) { j["issued_at"] = "2026-03-15 14:00"; }, "invalid_value", "issued_at");
    expectError(
        base, [](json& j) { j["number"] = "INV\n1"; }, "invalid_value", "number");
    expectError(
        base, [](json& j) { j["totals"]["taxes"][0]["rate_percent"] = "13%"; }, "invalid_value",
        "totals.taxes[0].rate_percent");
}

TEST(InvoiceFieldErrors, OutOfRangeNumbersAndLengths)
{
    const Invoice base = ontarioInvoice();
    expectError(
        base, [](json& j) { j["lines"][1]["unit_price_cents"] = -1; }, "out_of_range",
        "lines[1].unit_price_cents");
    expectError(
        base, [](json& j) { j["lines"][0]["quantity"] = 0; }, "out_of_range", "lines[0].quantity");
    expectError(
        base, [](json& j) { j["lines"][0]["quantity"] = 10'001; }, "out_of_range",
        "lines[0].quantity");
    expectError(
        base, [](json& j) { j["totals"]["subtotal_cents"] = 10'000'000'000'001; }, "out_of_range",
        "totals.subtotal_cents");
    expectError(
        base, [](json& j) { j["totals"]["total_cents"] = 18'446'744'073'709'551'615U; },
        "out_of_range", "totals.total_cents");
    expectError(
        base, [](json& j) { j["number"] = ""; }, "out_of_range", "number");
    expectError(
        base, [](json& j) { j["payment_terms"] = std::string(501, 'x'); }, "out_of_range",
        "payment_terms");
    expectError(
        base, [](json& j) { j["gst_hst_registration_number"] = std::string(41, '1'); },
        "out_of_range", "gst_hst_registration_number");
    expectError(
        base, [](json& j) { j["lines"][0]["description"] = std::string(1001, 'x'); },
        "out_of_range", "lines[0].description");
    expectError(
        base,
        [](json& j) {
            const json line = j["lines"][0];
            j["lines"] = json::array();
            for (int i = 0; i < 1001; ++i) {
                j["lines"].push_back(line);
            }
        },
        "out_of_range", "lines");
}

TEST(InvoiceFieldErrors, DiscountAboveTheLineAmount)
{
    // Line 1 is 1 × 9000 with a 1000 discount.
    expectError(
        ontarioInvoice(), [](json& j) { j["lines"][1]["discount_cents"] = 9001; }, "invalid_value",
        "lines[1].discount_cents");
}

TEST(InvoiceRules, CreditNoteMustNameItsOriginal)
{
    expectError(
        ontarioCreditNote(), [](json& j) { j.erase("original_invoice_id"); }, "invalid_value",
        "original_invoice_id");
}

TEST(InvoiceRules, InvoiceMustNotNameAnOriginal)
{
    expectError(
        ontarioInvoice(), [](json& j) { j["original_invoice_id"] = uuidV7(30); }, "invalid_value",
        "original_invoice_id");
}

TEST(InvoiceRules, CreditNoteCannotCreditItself)
{
    expectError(
        ontarioCreditNote(), [](json& j) { j["original_invoice_id"] = j["id"]; }, "invalid_value",
        "original_invoice_id");
}

TEST(InvoiceRules, DraftHasNoNumberNorIssueTime)
{
    const Invoice draft = draftInvoice();
    expectError(
        draft, [](json& j) { j["number"] = "INV-2026-000124"; }, "invalid_value", "number");
    expectError(
        draft, [](json& j) { j["issued_at"] = "2026-03-15T14:00:00Z"; }, "invalid_value",
        "issued_at");
}

TEST(InvoiceRules, IssuedAndVoidInvoicesHaveNumberIssueTimeAndLines)
{
    for (const char* status : {"issued", "void"}) {
        SCOPED_TRACE(status);
        const auto withStatus = [status](json& j) { j["status"] = status; };
        expectError(
            ontarioInvoice(),
            [&](json& j) {
                withStatus(j);
                j.erase("number");
            },
            "invalid_value", "number");
        expectError(
            ontarioInvoice(),
            [&](json& j) {
                withStatus(j);
                j.erase("issued_at");
            },
            "invalid_value", "issued_at");
    }
    Invoice empty = ontarioInvoice();
    empty.lines.clear();
    empty.totals = fitflow::invoice::InvoiceTotals{empty.totals.placeOfSupply, {}, {}, {}, {}};
    expectError(
        empty, [](json&) {}, "invalid_value", "lines");
}

TEST(InvoiceRules, OrganizationIssuesInItsOwnBooks)
{
    expectError(
        ontarioInvoice(), [](json& j) { j["issuer"]["id"] = uuidV7(40); }, "invalid_value",
        "issuer.id");
}

TEST(InvoiceRules, TrainerInvoicesOnlyTheOrganizationThatHoldsTheInvoice)
{
    const Invoice base = contractorInvoice();
    expectError(
        base,
        [](json& j) {
            j["recipient"] = {{"kind", "client"}, {"id", kClientId}};
        },
        "invalid_value", "recipient.kind");
    expectError(
        base, [](json& j) { j["recipient"]["id"] = uuidV7(41); }, "invalid_value", "recipient.id");
}

TEST(InvoiceRules, InvoiceAmountsAreNeverNegative)
{
    // A credit note's totals on an invoice.
    expectError(
        ontarioInvoice(), [](json& j) { j["totals"] = ontarioCreditNote().toJson()["totals"]; },
        "invalid_value", "totals.subtotal_cents");
    expectError(
        ontarioInvoice(), [](json& j) { j["totals"]["taxes"][0]["base_cents"] = -1; },
        "invalid_value", "totals.taxes[0].base_cents");
}

TEST(InvoiceRules, CreditNoteAmountsAreNeverPositive)
{
    expectError(
        ontarioCreditNote(), [](json& j) { j["totals"] = ontarioInvoice().toJson()["totals"]; },
        "invalid_value", "totals.subtotal_cents");
    expectError(
        ontarioCreditNote(),
        [](json& j) {
            j["totals"]["taxes"][0]["amount_cents"] = 1;
            j["totals"]["tax_total_cents"] = 1;
            j["totals"]["total_cents"] = j["totals"]["subtotal_cents"].get<int>() + 1;
        },
        "invalid_value", "totals.taxes[0].amount_cents");
}

TEST(InvoiceRules, TaxAmountsAddUpToTheTaxTotal)
{
    expectError(
        ontarioInvoice(),
        [](json& j) {
            j["totals"]["taxes"][0]["amount_cents"] =
                j["totals"]["taxes"][0]["amount_cents"].get<int>() + 1;
        },
        "invalid_value", "totals.tax_total_cents");
}

TEST(InvoiceRules, SubtotalPlusTaxIsTheTotal)
{
    expectError(
        ontarioInvoice(),
        [](json& j) { j["totals"]["total_cents"] = j["totals"]["total_cents"].get<int>() - 1; },
        "invalid_value", "totals.total_cents");
}

TEST(InvoiceRules, TaxesAreThoseOfThePlaceOfSupply)
{
    expectError(
        ontarioInvoice(), [](json& j) { j["place_of_supply"]["province"] = "NB"; }, "invalid_value",
        "totals.taxes[0].jurisdiction");
}

TEST(InvoiceRules, SubtotalMatchesTheLines)
{
    // Self-consistent totals that no longer match the lines (a line edited after the totals).
    expectError(
        ontarioInvoice(), [](json& j) { j["lines"][0]["quantity"] = 3; }, "invalid_value",
        "totals.subtotal_cents");
    // With a tax-included fee the subtotal may be below the lines' sum, never above it.
    Invoice withFee = issuedInvoice(
        draft(fitflow::tax::Province::ON, ymd(2026, 3, 15), {line(1, 8500), includedFee(4000)}));
    expectError(
        withFee, [](json& j) { j["lines"][1]["unit_price_cents"] = 3000; }, "invalid_value",
        "totals.subtotal_cents");
}

TEST(InvoiceRules, CheckedDirectlyOnAConstructedInvoice)
{
    EXPECT_TRUE(fitflow::invoice::checkInvoiceRules(ontarioInvoice()));
    Invoice broken = ontarioCreditNote();
    broken.totals.subtotal = fitflow::money::Money::cad(std::numeric_limits<std::int64_t>::min());
    const auto status = fitflow::invoice::checkInvoiceRules(broken);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().path, "totals.total_cents"); // subtotal + tax overflows
}
