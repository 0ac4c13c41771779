#include "server/http/ClientRecordJson.h"

namespace fitflow::http {

namespace {

nlohmann::json orNull(const std::optional<std::string>& value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json orNull(const std::optional<Instant>& value)
{
    return value ? nlohmann::json(formatUtcInstant(*value)) : nlohmann::json(nullptr);
}

nlohmann::json consentJson(const service::ConsentRow& consent)
{
    return {{"kind", consent.kind},
            {"version", consent.version},
            {"granted", consent.granted},
            {"recorded_at", formatUtcInstant(consent.recordedAt)}};
}

nlohmann::json amendmentJson(const service::NoteAmendmentRow& amendment)
{
    return {{"revision_no", amendment.revisionNo},
            {"author_user_id", amendment.authorUserId},
            {"created_at", formatUtcInstant(amendment.createdAt)},
            {"text", amendment.text}};
}

nlohmann::json lineJson(const service::InvoiceLineRow& line)
{
    return {{"line_no", line.lineNo},
            {"description", line.description},
            {"quantity", line.quantity},
            {"unit_price_cents", line.unitPriceCents},
            {"amount_cents", line.amountCents}};
}

nlohmann::json paymentJson(const service::PaymentRow& payment)
{
    return {{"id", payment.id},
            {"kind", payment.kind},
            {"amount_cents", payment.amountCents},
            {"currency", payment.currency},
            {"refunds_payment_id", orNull(payment.refundsPaymentId)},
            {"recorded_at", formatUtcInstant(payment.recordedAt)}};
}

template <typename Row, typename ToJson>
nlohmann::json arrayOf(const std::vector<Row>& rows, ToJson toJson)
{
    nlohmann::json array = nlohmann::json::array();
    for (const auto& row : rows) {
        array.push_back(toJson(row));
    }
    return array;
}

} // namespace

nlohmann::json clientJson(const service::ClientRow& client)
{
    return {{"id", client.id},
            {"first_name", client.firstName},
            {"last_name", client.lastName},
            {"email", orNull(client.email)},
            {"phone", orNull(client.phone)},
            {"home_location_id", orNull(client.homeLocationId)}};
}

nlohmann::json clientDetailJson(const service::ClientDetail& detail)
{
    nlohmann::json json = clientJson(detail.client);
    json["assigned_trainer_ids"] = detail.client.facts.trainerUserIds;
    json["consents"] = arrayOf(detail.latestConsents, consentJson);
    return json;
}

nlohmann::json noteJson(const service::NoteRow& note)
{
    return {{"id", note.id},
            {"client_id", note.clientId},
            {"session_id", orNull(note.sessionId)},
            {"author_user_id", note.authorUserId},
            {"format", note.format},
            {"text", note.text},
            {"shared_with_client", note.sharedWithClient},
            {"signed", note.signedAt.has_value()},
            {"signed_at", orNull(note.signedAt)},
            {"created_at", formatUtcInstant(note.createdAt)},
            {"amendments", arrayOf(note.amendments, amendmentJson)}};
}

nlohmann::json sessionJson(const service::SessionRow& session)
{
    return {{"id", session.id},
            {"client_id", session.clientId},
            {"trainer_user_id", session.trainerUserId},
            {"location_id", session.locationId},
            {"series_id", orNull(session.seriesId)},
            {"starts_at", formatUtcInstant(session.startsAt)},
            {"ends_at", formatUtcInstant(session.endsAt)},
            {"status", session.status}};
}

nlohmann::json invoiceJson(const service::InvoiceRow& invoice)
{
    return {{"id", invoice.id},
            {"number", orNull(invoice.number)},
            {"client_id", invoice.clientId},
            {"status", invoice.status},
            {"kind", invoice.kind},
            {"original_invoice_id", orNull(invoice.originalInvoiceId)},
            {"currency", invoice.currency},
            {"subtotal_cents", invoice.subtotalCents},
            {"tax_cents", invoice.taxCents},
            {"total_cents", invoice.totalCents},
            {"tax_point_date", orNull(invoice.taxPointDate)},
            {"trainer_user_id", orNull(invoice.trainerUserId)},
            {"created_at", formatUtcInstant(invoice.createdAt)}};
}

nlohmann::json invoiceDetailJson(const service::InvoiceDetail& detail)
{
    nlohmann::json json = invoiceJson(detail.invoice);
    json["lines"] = arrayOf(detail.lines, lineJson);
    json["payments"] = arrayOf(detail.payments, paymentJson);
    json["paid_cents"] = detail.paidCents;
    json["credited_cents"] = detail.creditedCents;
    json["balance_cents"] = detail.balanceCents;
    json["credit_cents"] = detail.creditCents;
    return json;
}

} // namespace fitflow::http
