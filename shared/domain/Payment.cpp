#include "shared/domain/Payment.h"

#include "shared/codec/JsonReader.h"
#include "shared/domain/FieldRules.h"

namespace fitflow {

nlohmann::json Payment::toJson() const
{
    nlohmann::json json = {{"id", id},
                           {"org_id", orgId},
                           {"client_id", clientId},
                           {"kind", enumToName(kPaymentKindNames, kind)},
                           {"method", enumToName(kPaymentMethodNames, method)},
                           {"amount_cents", amountCents},
                           {"currency", currency},
                           {"received_at", formatUtcInstant(receivedAt)},
                           {"recorded_by_user_id", recordedByUserId}};
    if (invoiceId) {
        json["invoice_id"] = *invoiceId;
    }
    if (refundOfPaymentId) {
        json["refund_of_payment_id"] = *refundOfPaymentId;
    }
    return json;
}

Result<Payment> Payment::fromJson(const nlohmann::json& json)
{
    return readJsonObject(json, [](JsonReader& r) {
        Payment payment;
        payment.id = r.uuid("id");
        payment.orgId = r.uuid("org_id");
        payment.clientId = r.uuid("client_id");
        if (r.has("invoice_id")) {
            payment.invoiceId = r.uuid("invoice_id");
        }
        payment.kind = r.enumeration("kind", kPaymentKindNames);
        payment.method = r.enumeration("method", kPaymentMethodNames);
        payment.amountCents = r.int64("amount_cents", 1, kMaxCents);
        payment.currency = r.string("currency", isCurrencyCode, "an ISO 4217 currency code");
        payment.receivedAt = r.instant("received_at");
        if (r.has("refund_of_payment_id")) {
            payment.refundOfPaymentId = r.uuid("refund_of_payment_id");
        }
        payment.recordedByUserId = r.uuid("recorded_by_user_id");
        if (r.ok() && payment.kind == PaymentKind::Refund && !payment.refundOfPaymentId) {
            r.fail("missing_field", "a refund names the payment it refunds",
                   "refund_of_payment_id");
        } else if (r.ok() && payment.kind == PaymentKind::Payment && payment.refundOfPaymentId) {
            r.fail("invalid_value", "only refunds name a refunded payment", "refund_of_payment_id");
        }
        return payment;
    });
}

} // namespace fitflow
