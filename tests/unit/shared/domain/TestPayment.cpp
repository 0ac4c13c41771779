#include "shared/domain/Payment.h"

#include "tests/unit/shared/domain/CodecExpectations.h"

namespace fitflow {
namespace {

using namespace fitflow::testing;
using nlohmann::json;

const json kPayment = json::parse(R"({"id":"01932c07-2a4b-7c3d-8e5f-000000000012",
    "org_id":"01932c07-2a4b-7c3d-8e5f-000000000001",
    "client_id":"01932c07-2a4b-7c3d-8e5f-000000000005",
    "invoice_id":"01932c07-2a4b-7c3d-8e5f-000000000013","kind":"payment","method":"e_transfer",
    "amount_cents":19210,"currency":"CAD","received_at":"2026-03-15T16:00:00Z",
    "recorded_by_user_id":"01932c07-2a4b-7c3d-8e5f-000000000003"})");

json refund()
{
    json wire = with(with(kPayment, "kind", "refund"), "method", "card");
    wire["id"] = "01932c07-2a4b-7c3d-8e5f-000000000014";
    wire["refund_of_payment_id"] = kPayment["id"];
    wire["amount_cents"] = 8500;
    return wire;
}

TEST(Payment, decodesAndEncodesPaymentsAndRefunds)
{
    const auto payment = decoded<Payment>(kPayment);
    EXPECT_EQ(payment.method, PaymentMethod::ETransfer);
    EXPECT_EQ(payment.amountCents, 19210);
    EXPECT_EQ(payment.toJson(), kPayment);
    const auto returned = decoded<Payment>(refund());
    EXPECT_EQ(returned.kind, PaymentKind::Refund);
    EXPECT_EQ(returned.refundOfPaymentId, payment.id);
    EXPECT_EQ(returned.toJson(), refund());
}

TEST(Payment, refundsAndPaymentsAreDistinguishedExplicitly)
{
    expectRejected<Payment>(without(refund(), "refund_of_payment_id"), "missing_field",
                            "refund_of_payment_id");
    expectRejected<Payment>(with(kPayment, "refund_of_payment_id", kPayment["id"]), "invalid_value",
                            "refund_of_payment_id");
}

TEST(Payment, amountsArePositiveWholeCents)
{
    expectRejected<Payment>(with(kPayment, "amount_cents", 0), "out_of_range", "amount_cents");
    expectRejected<Payment>(with(kPayment, "amount_cents", -100), "out_of_range", "amount_cents");
    expectRejected<Payment>(with(kPayment, "amount_cents", 192.10), "wrong_type", "amount_cents");
    expectRejected<Payment>(with(kPayment, "amount_cents", "19210"), "wrong_type", "amount_cents");
    expectRejected<Payment>(with(kPayment, "currency", "cad"), "invalid_value", "currency");
    expectRejected<Payment>(with(kPayment, "method", "cheque"), "invalid_value", "method");
}

} // namespace
} // namespace fitflow
