#include "shared/invoice/Invoice.h"

#include "shared/codec/JsonReader.h"
#include "shared/domain/UuidV7.h"
#include "shared/invoice/InvoiceJson.h"
#include "shared/invoice/InvoiceRules.h"
#include "shared/invoice/InvoiceTotalsJson.h"

namespace fitflow::invoice {

namespace {

// Printed numbers are short ("INV-2026-000123"); registration numbers shorter still, even with
// the spaces and hyphens people type into them.
constexpr std::size_t kMaxNumberBytes = 64;
constexpr std::size_t kMaxRegistrationNumberBytes = 40;
constexpr std::size_t kMaxPaymentTermsBytes = 500;

money::CurrencyCode readCurrency(JsonReader& reader)
{
    const std::string text = reader.string("currency");
    if (!reader.ok()) {
        return {};
    }
    auto currency = money::CurrencyCode::parse(text);
    if (!currency) {
        reader.fail("invalid_value", "expected an ISO 4217 currency code like CAD", "currency");
        return {};
    }
    return *currency;
}

tax::PlaceOfSupply readPlaceOfSupply(JsonReader& reader)
{
    tax::PlaceOfSupply place;
    place.province = reader.enumeration("province", tax::kProvinceNames);
    place.rule = reader.enumeration("rule", tax::kPlaceOfSupplyRuleNames);
    return place;
}

InvoiceIssuer readIssuer(JsonReader& reader)
{
    InvoiceIssuer issuer;
    issuer.kind = reader.enumeration("kind", kIssuerKindNames);
    issuer.id = reader.uuid("id");
    return issuer;
}

InvoiceRecipient readRecipient(JsonReader& reader)
{
    InvoiceRecipient recipient;
    recipient.kind = reader.enumeration("kind", kRecipientKindNames);
    recipient.id = reader.uuid("id");
    return recipient;
}

std::optional<std::string> optionalLabel(JsonReader& reader, std::string_view key,
                                         std::size_t maxBytes)
{
    if (!reader.has(key)) {
        return std::nullopt;
    }
    return reader.label(key, maxBytes);
}

std::vector<InvoiceLine> readLines(JsonReader& reader, money::CurrencyCode currency)
{
    std::vector<InvoiceLine> lines = reader.array(
        "lines", [currency](JsonReader& line) { return readInvoiceLine(line, currency); });
    if (reader.ok() && lines.size() > kMaxInvoiceLines) {
        reader.fail("out_of_range", "an invoice has at most 1000 lines", "lines");
    }
    return lines;
}

Invoice readInvoice(JsonReader& reader)
{
    Invoice invoice;
    invoice.id = reader.string("id", isUuidV7, "a UUIDv7");
    invoice.orgId = reader.uuid("org_id");
    invoice.kind = reader.enumeration("kind", kInvoiceKindNames);
    if (reader.has("original_invoice_id")) {
        invoice.originalInvoiceId = reader.uuid("original_invoice_id");
    }
    invoice.number = optionalLabel(reader, "number", kMaxNumberBytes);
    invoice.status = reader.enumeration("status", kInvoiceStatusNames);
    invoice.issuer = reader.object("issuer", readIssuer);
    invoice.recipient = reader.object("recipient", readRecipient);
    invoice.currency = readCurrency(reader);
    invoice.taxPointDate = reader.date("tax_point_date");
    if (reader.has("issued_at")) {
        invoice.issuedAt = reader.instant("issued_at");
    }
    if (reader.has("due_date")) {
        invoice.dueDate = reader.date("due_date");
    }
    invoice.paymentTerms = optionalLabel(reader, "payment_terms", kMaxPaymentTermsBytes);
    invoice.gstHstRegistrationNumber =
        optionalLabel(reader, "gst_hst_registration_number", kMaxRegistrationNumberBytes);
    invoice.qstRegistrationNumber =
        optionalLabel(reader, "qst_registration_number", kMaxRegistrationNumberBytes);
    const tax::PlaceOfSupply place = reader.object("place_of_supply", readPlaceOfSupply);
    invoice.lines = readLines(reader, invoice.currency);
    const money::CurrencyCode currency = invoice.currency;
    invoice.totals = reader.object("totals", [currency, place](JsonReader& totals) {
        return readInvoiceTotals(totals, currency, place);
    });
    if (reader.ok()) {
        if (Status rules = checkInvoiceRules(invoice); !rules) {
            reader.fail(rules.error().code, rules.error().message, rules.error().path);
        }
    }
    return invoice;
}

} // namespace

bool operator==(const InvoiceLine& a, const InvoiceLine& b)
{
    return a.description == b.description && a.quantity == b.quantity &&
           a.unitPrice == b.unitPrice && a.discount == b.discount && a.category == b.category &&
           a.taxIncluded == b.taxIncluded;
}

nlohmann::json Invoice::toJson() const
{
    nlohmann::json lineArray = nlohmann::json::array();
    for (const InvoiceLine& line : lines) {
        lineArray.push_back(invoiceLineToJson(line));
    }
    nlohmann::json json = {
        {"id", id},
        {"org_id", orgId},
        {"kind", enumToName(kInvoiceKindNames, kind)},
        {"status", enumToName(kInvoiceStatusNames, status)},
        {"issuer", {{"kind", enumToName(kIssuerKindNames, issuer.kind)}, {"id", issuer.id}}},
        {"recipient",
         {{"kind", enumToName(kRecipientKindNames, recipient.kind)}, {"id", recipient.id}}},
        {"currency", currency.view()},
        {"tax_point_date", formatIsoDate(taxPointDate)},
        {"place_of_supply",
         {{"province", tax::provinceCode(totals.placeOfSupply.province)},
          {"rule", enumToName(tax::kPlaceOfSupplyRuleNames, totals.placeOfSupply.rule)}}},
        {"lines", std::move(lineArray)},
        {"totals", invoiceTotalsToJson(totals)},
    };
    const auto putOptional = [&json](const char* key, const auto& value) {
        if (value) {
            json[key] = *value;
        }
    };
    putOptional("original_invoice_id", originalInvoiceId);
    putOptional("number", number);
    putOptional("payment_terms", paymentTerms);
    putOptional("gst_hst_registration_number", gstHstRegistrationNumber);
    putOptional("qst_registration_number", qstRegistrationNumber);
    if (issuedAt) {
        json["issued_at"] = formatUtcInstant(*issuedAt);
    }
    if (dueDate) {
        json["due_date"] = formatIsoDate(*dueDate);
    }
    return json;
}

Result<Invoice> Invoice::fromJson(const nlohmann::json& json)
{
    return readJsonObject(json, readInvoice);
}

} // namespace fitflow::invoice
