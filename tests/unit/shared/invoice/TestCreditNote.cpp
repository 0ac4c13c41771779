#include "DraftBuilder.h"

#include "shared/invoice/CreditNote.h"

#include <gtest/gtest.h>

using namespace fitflow::testing;
using fitflow::invoice::computeInvoiceTotals;
using fitflow::invoice::CreditNote;
using fitflow::invoice::makeCreditNote;
using fitflow::invoice::makeFullCreditNote;
using fitflow::tax::Province;
using fitflow::tax::TaxCategory;

namespace {

fitflow::Result<fitflow::invoice::InvoiceTotals>
totalsOfNote(const fitflow::Result<CreditNote>& note)
{
    if (!note) {
        return note.error();
    }
    return note->totals;
}

} // namespace

TEST(CreditNote, FullCreditReversesEveryAmountExactly)
{
    const auto original =
        draft(Province::QC, ymd(2026, 3, 15),
              {line(3, 1999), line(1, 2500, TaxCategory::Goods, 100), includedFee(4000)});
    auto invoiceTotals = computeInvoiceTotals(original, canadaTaxTable());
    ASSERT_TRUE(invoiceTotals);
    auto note = makeFullCreditNote("INV-2026-000123", original, canadaTaxTable());
    ASSERT_TRUE(note) << note.error().code;
    EXPECT_EQ(note->originalInvoiceNumber, "INV-2026-000123");
    EXPECT_EQ(note->totals.total.cents(), -invoiceTotals->total.cents());
    EXPECT_EQ(note->totals.subtotal.cents(), -invoiceTotals->subtotal.cents());
    ASSERT_EQ(note->totals.taxes.size(), invoiceTotals->taxes.size());
    for (std::size_t i = 0; i < note->totals.taxes.size(); ++i) {
        EXPECT_EQ(note->totals.taxes[i].code, invoiceTotals->taxes[i].code);
        EXPECT_EQ(note->totals.taxes[i].amount.cents(), -invoiceTotals->taxes[i].amount.cents());
        EXPECT_EQ(note->totals.taxes[i].base.cents(), -invoiceTotals->taxes[i].base.cents());
    }
}

TEST(CreditNote, PartialCreditReversesTheTaxOfWhatItCredits)
{
    const auto original = draft(Province::ON, ymd(2026, 3, 15), {line(2, 8500)});
    EXPECT_EQ(summary(totalsOfNote(makeCreditNote("INV-1", original, {{0, 1}}, canadaTaxTable()))),
              "HST 13 on -8500 = -1105 | subtotal -8500 total -9605");
}

TEST(CreditNote, UsesTheOriginalTaxPointRatesNotTodays)
{
    // Sold in March 2025 at 15%; refunded after the cut to 14%: 15% is given back.
    const auto original = draft(Province::NS, ymd(2025, 3, 20), {line(10, 8000)});
    EXPECT_EQ(summary(totalsOfNote(makeCreditNote("INV-7", original, {{0, 4}}, canadaTaxTable()))),
              "HST 15 on -32000 = -4800 | subtotal -32000 total -36800");
}

TEST(CreditNote, DiscountIsCreditedProRata)
{
    // 2 × 85.00 − 10.01: crediting one unit credits 5.005 → 5.01 of the discount.
    const auto original =
        draft(Province::AB, ymd(2026, 3, 15), {line(2, 8500, TaxCategory::Service, 1001)});
    auto note = makeCreditNote("INV-2", original, {{0, 1}}, canadaTaxTable());
    ASSERT_TRUE(note);
    EXPECT_EQ(note->credited.lines[0].discount.cents(), 501);
    EXPECT_EQ(summary(note->totals), "GST 5 on -7999 = -400 | subtotal -7999 total -8399");
}

TEST(CreditNote, CannotCreditMoreThanTheOriginal)
{
    const auto original = draft(Province::ON, ymd(2026, 3, 15), {line(2, 8500)});
    EXPECT_EQ(summary(totalsOfNote(makeCreditNote("INV-1", original, {{0, 3}}, canadaTaxTable()))),
              "error:credit_exceeds_original@lines[0].quantity");
    EXPECT_EQ(summary(totalsOfNote(makeCreditNote("INV-1", original, {{0, 0}}, canadaTaxTable()))),
              "error:credit_exceeds_original@lines[0].quantity");
    EXPECT_EQ(summary(totalsOfNote(makeCreditNote("INV-1", original, {{1, 1}}, canadaTaxTable()))),
              "error:invalid_line_index@lines[0].line_index");
    EXPECT_EQ(summary(totalsOfNote(makeCreditNote("INV-1", original, {}, canadaTaxTable()))),
              "error:empty_credit_note@lines");
}
