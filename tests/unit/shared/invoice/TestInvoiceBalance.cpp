#include "shared/invoice/InvoiceBalance.h"

#include <gtest/gtest.h>

using fitflow::invoice::checkRefund;
using fitflow::invoice::clientBalance;
using fitflow::invoice::creditCents;
using fitflow::invoice::InvoiceAmounts;
using fitflow::invoice::maxRefundCents;
using fitflow::invoice::owedCents;
using fitflow::invoice::RefundablePayment;
using fitflow::invoice::signedBalanceCents;

namespace {

// Alex's case (issue 6): a $100 invoice, paid $100 in cash, then credited in full.
InvoiceAmounts paidThenCredited()
{
    return InvoiceAmounts{true, 10000, 10000, 10000, 0};
}

RefundablePayment cashPayment(std::int64_t amount, std::int64_t refunded = 0)
{
    return RefundablePayment{false, true, amount, refunded};
}

} // namespace

TEST(InvoiceBalance, PaidThenCreditedInFullIsTheClientsCredit)
{
    const InvoiceAmounts invoice = paidThenCredited();
    EXPECT_EQ(signedBalanceCents(invoice), -10000);
    EXPECT_EQ(owedCents(invoice), 0);
    EXPECT_EQ(creditCents(invoice), 10000);
}

TEST(InvoiceBalance, ARefundGivesTheCreditBack)
{
    InvoiceAmounts invoice = paidThenCredited();
    invoice.refundedCents = 4000;
    EXPECT_EQ(signedBalanceCents(invoice), -6000);
    EXPECT_EQ(creditCents(invoice), 6000);
    invoice.refundedCents = 10000;
    EXPECT_EQ(signedBalanceCents(invoice), 0);
    EXPECT_EQ(creditCents(invoice), 0);
}

TEST(InvoiceBalance, PartlyPaidIsOwed)
{
    const InvoiceAmounts invoice{true, 14372, 0, 5000, 0};
    EXPECT_EQ(signedBalanceCents(invoice), 9372);
    EXPECT_EQ(owedCents(invoice), 9372);
    EXPECT_EQ(creditCents(invoice), 0);
}

TEST(InvoiceBalance, DraftsVoidInvoicesAndCreditNotesHaveNoBalance)
{
    const InvoiceAmounts notIssued{false, 10000, 0, 0, 0};
    EXPECT_EQ(signedBalanceCents(notIssued), 0);
    EXPECT_EQ(owedCents(notIssued), 0);
    EXPECT_EQ(creditCents(notIssued), 0);
}

TEST(InvoiceBalance, AClientsBalanceSumsTheirInvoicesAndKeepsBothSides)
{
    const auto balance = clientBalance({paidThenCredited(), InvoiceAmounts{true, 2500, 0, 0, 0},
                                        InvoiceAmounts{false, 9999, 0, 0, 0}});
    EXPECT_EQ(balance.netCents, -7500);
    EXPECT_EQ(balance.owedCents, 2500);
    EXPECT_EQ(balance.creditCents, 10000);
    EXPECT_EQ(clientBalance({}).netCents, 0);
}

TEST(InvoiceBalance, TheMostRefundableIsThePaymentsRestCappedByTheCredit)
{
    const InvoiceAmounts invoice = paidThenCredited();
    EXPECT_EQ(maxRefundCents(cashPayment(10000), invoice), 10000);
    EXPECT_EQ(maxRefundCents(cashPayment(10000, 3000), invoice), 7000);
    EXPECT_EQ(maxRefundCents(cashPayment(6000), invoice), 6000);
    InvoiceAmounts halfCredited = invoice;
    halfCredited.creditedCents = 5000; // paid 100, credited 50: credit 50
    EXPECT_EQ(maxRefundCents(cashPayment(10000), halfCredited), 5000);
    EXPECT_EQ(maxRefundCents(RefundablePayment{true, true, 10000, 0}, invoice), 0);
    EXPECT_EQ(maxRefundCents(RefundablePayment{false, false, 10000, 0}, invoice), 0);
}

TEST(InvoiceBalance, ARefundWithinThePaymentAndTheCreditIsAllowed)
{
    EXPECT_TRUE(checkRefund(cashPayment(10000), paidThenCredited(), 10000));
    EXPECT_TRUE(checkRefund(cashPayment(10000, 9999), paidThenCredited(), 1));
}

TEST(InvoiceBalance, ARefundBeyondThePaymentOrTheCreditIsRefusedWithItsCode)
{
    const auto overPayment = checkRefund(cashPayment(10000, 5000), paidThenCredited(), 5001);
    ASSERT_FALSE(overPayment);
    EXPECT_EQ(overPayment.error().code, "refund_exceeds_payment");
    EXPECT_EQ(overPayment.error().path, "amount_cents");

    InvoiceAmounts halfCredited = paidThenCredited();
    halfCredited.creditedCents = 5000;
    const auto overCredit = checkRefund(cashPayment(10000), halfCredited, 5001);
    ASSERT_FALSE(overCredit);
    EXPECT_EQ(overCredit.error().code, "refund_exceeds_credit");

    const InvoiceAmounts owing{true, 10000, 0, 10000, 0}; // paid exactly: no credit
    EXPECT_EQ(checkRefund(cashPayment(10000), owing, 1).error().code, "refund_exceeds_credit");
}

TEST(InvoiceBalance, RefundsOfRefundsCardPaymentsAndOtherInvoicesAreRefused)
{
    EXPECT_EQ(
        checkRefund(RefundablePayment{true, true, 100, 0}, paidThenCredited(), 100).error().code,
        "refund_of_refund");
    const auto card = checkRefund(RefundablePayment{false, false, 100, 0}, paidThenCredited(), 1);
    EXPECT_EQ(card.error().code, "invalid_value");
    EXPECT_EQ(card.error().path, "payment_id");
    InvoiceAmounts voided = paidThenCredited();
    voided.issuedInvoice = false;
    EXPECT_EQ(checkRefund(cashPayment(100), voided, 1).error().code, "invoice_not_issued");
    EXPECT_EQ(checkRefund(cashPayment(100), paidThenCredited(), 0).error().code, "out_of_range");
}
