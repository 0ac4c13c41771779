#pragma once
// A payment event (design §2): insert-only. A refund is a new event pointing at the payment it
// refunds; balances are derived from the events, never stored and edited.

#include "shared/codec/EnumNames.h"
#include "shared/codec/TextFormats.h"
#include "shared/core/Result.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace fitflow {

enum class PaymentMethod { Card, Cash, ETransfer, Credit };
enum class PaymentKind { Payment, Refund };

inline constexpr std::array<EnumName<PaymentMethod>, 4> kPaymentMethodNames{{
    {PaymentMethod::Card, "card"},
    {PaymentMethod::Cash, "cash"},
    {PaymentMethod::ETransfer, "e_transfer"},
    {PaymentMethod::Credit, "credit"},
}};

inline constexpr std::array<EnumName<PaymentKind>, 2> kPaymentKindNames{{
    {PaymentKind::Payment, "payment"},
    {PaymentKind::Refund, "refund"},
}};

struct Payment {
    std::string id;
    std::string orgId;
    std::string clientId;
    std::optional<std::string> invoiceId;
    PaymentKind kind = PaymentKind::Payment;
    PaymentMethod method = PaymentMethod::Card;
    std::int64_t amountCents = 0; // always positive; a refund's kind gives its direction
    std::string currency = "CAD";
    Instant receivedAt{};
    std::optional<std::string> refundOfPaymentId; // required for, and only for, refunds
    std::string recordedByUserId;

    nlohmann::json toJson() const;
    static Result<Payment> fromJson(const nlohmann::json& json);

    friend bool operator==(const Payment&, const Payment&) = default;
};

} // namespace fitflow
