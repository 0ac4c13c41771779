// libFuzzer target: arbitrary bytes into the safe JSON parser and every strict decoder of the
// wire format, and the text parsers beside them. Beyond "no crash, no sanitizer report", each
// decoder that accepts its input must round-trip: decode(encode(x)) == x, else abort().
#include "shared/codec/JsonReader.h"
#include "shared/codec/SafeJsonParser.h"
#include "shared/codec/TextFormats.h"
#include "shared/domain/AuditEvent.h"
#include "shared/domain/Client.h"
#include "shared/domain/Consent.h"
#include "shared/domain/Location.h"
#include "shared/domain/Membership.h"
#include "shared/domain/Organization.h"
#include "shared/domain/Payment.h"
#include "shared/domain/SessionNote.h"
#include "shared/domain/User.h"
#include "shared/domain/UuidV7.h"
#include "shared/invoice/Invoice.h"
#include "shared/invoice/InvoiceJson.h"
#include "shared/invoice/InvoiceTotalsJson.h"
#include "shared/scheduling/RecurrenceRule.h"
#include "shared/scheduling/SchedulingJson.h"
#include "shared/sync/Hlc.h"
#include "shared/sync/MutationCodec.h"
#include "shared/tax/TaxTable.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

using fitflow::Result;

void require(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

template <typename Entity> void checkEntityRoundTrip(const nlohmann::json& json)
{
    const Result<Entity> entity = Entity::fromJson(json);
    if (!entity.ok()) {
        require(!entity.error().code.empty());
        return;
    }
    const nlohmann::json encoded = entity->toJson();
    const Result<Entity> again = Entity::fromJson(encoded);
    require(again.ok() && *again == *entity);
    (void)encoded.dump(); // accepted strings must be valid UTF-8 to serialize
}

// For decoders written as free functions: an accepted value must encode to JSON that decodes
// to a value encoding the same way (compared through JSON, since not every type has ==).
template <typename Decode> void checkFreeRoundTrip(const nlohmann::json& json, Decode decode)
{
    const auto value = decode(json);
    if (!value.ok()) {
        require(!value.error().code.empty());
        return;
    }
    const nlohmann::json encoded = fitflow::scheduling::toJson(*value);
    const auto again = decode(encoded);
    require(again.ok() && fitflow::scheduling::toJson(*again) == encoded);
}

// For decoders with their own encoder and ==: decode(encode(x)) must give x back.
template <typename Decode, typename Encode>
void checkCodecRoundTrip(const nlohmann::json& json, Decode decode, Encode encode)
{
    const auto value = decode(json);
    if (!value.ok()) {
        require(!value.error().code.empty());
        return;
    }
    const auto again = decode(encode(*value));
    require(again.ok() && *again == *value);
}

// The invoice value types: lines, persisted totals (which must add up) and number blocks.
void fuzzInvoiceCodecs(const nlohmann::json& json)
{
    using namespace fitflow::invoice;
    checkEntityRoundTrip<Invoice>(json);
    checkCodecRoundTrip(
        json, [](const nlohmann::json& j) { return invoiceLineFromJson(j); }, invoiceLineToJson);
    checkCodecRoundTrip(
        json, [](const nlohmann::json& j) { return decodeInvoiceTotals(j); }, invoiceTotalsToJson);
    if (const auto totals = decodeInvoiceTotals(json); totals.ok()) {
        require(checkTotalsAddUp(*totals).ok());
    }
    checkCodecRoundTrip(json, invoiceNumberBlockFromJson, invoiceNumberBlockToJson);
}

const fitflow::tax::TaxTable& bundledTaxTable()
{
    static const fitflow::tax::TaxTable table = *fitflow::tax::TaxTable::bundledCanada();
    return table;
}

void fuzzDecoders(const nlohmann::json& json)
{
    checkEntityRoundTrip<fitflow::Organization>(json);
    checkEntityRoundTrip<fitflow::Location>(json);
    checkEntityRoundTrip<fitflow::User>(json);
    checkEntityRoundTrip<fitflow::Membership>(json);
    checkEntityRoundTrip<fitflow::Client>(json);
    checkEntityRoundTrip<fitflow::Consent>(json);
    checkEntityRoundTrip<fitflow::SessionNote>(json);
    checkEntityRoundTrip<fitflow::Payment>(json);
    checkEntityRoundTrip<fitflow::AuditEvent>(json);
    fuzzInvoiceCodecs(json);
    if (const auto totals = fitflow::invoice::invoiceTotalsFromJson(json, bundledTaxTable());
        totals.ok()) {
        // Totals are consistent whatever the draft: total = subtotal + sum of the taxes.
        std::int64_t taxSum = 0;
        for (const auto& tax : (*totals)["taxes"]) {
            taxSum += tax["amount_cents"].get<std::int64_t>();
        }
        require(taxSum == (*totals)["tax_total_cents"].get<std::int64_t>());
        require((*totals)["subtotal_cents"].get<std::int64_t>() + taxSum ==
                (*totals)["total_cents"].get<std::int64_t>());
    }

    using namespace fitflow::scheduling;
    checkFreeRoundTrip(json, sessionFromJson);
    checkFreeRoundTrip(json, seriesFromJson);
    checkFreeRoundTrip(json, availabilityFromJson);
    checkFreeRoundTrip(json, creditPackFromJson);
    checkFreeRoundTrip(json, cancellationPolicyFromJson);

    using namespace fitflow::sync;
    if (const auto record = recordMutationFromJson(json); record.ok()) {
        const auto again = recordMutationFromJson(recordMutationToJson(*record));
        require(again.ok() && *again == *record);
    }
    if (const auto note = noteMutationFromJson(json); note.ok()) {
        const auto again = noteMutationFromJson(noteMutationToJson(*note));
        require(again.ok() && *again == *note);
    }
}

void fuzzTextParsers(std::string_view text)
{
    if (const auto date = fitflow::parseIsoDate(text)) {
        require(fitflow::parseIsoDate(fitflow::formatIsoDate(*date)) == date);
    }
    if (const auto instant = fitflow::parseUtcInstant(text)) {
        require(fitflow::parseUtcInstant(fitflow::formatUtcInstant(*instant)) == instant);
    }
    if (const auto stamp = fitflow::sync::Hlc::parse(text); stamp.ok()) {
        require(stamp->toString() == text);
    }
    if (const auto time = fitflow::uuidV7Time(text)) {
        // The embedded time is the leading 48 bits, whatever the random bits are.
        require(fitflow::formatUuidV7(*time, {}).substr(0, 13) == text.substr(0, 13));
    }
    if (const auto rule = fitflow::scheduling::parseRecurrenceRule(text); rule.ok()) {
        const auto again = fitflow::scheduling::parseRecurrenceRule(
            fitflow::scheduling::formatRecurrenceRule(*rule));
        require(again.ok() && *again == *rule);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    fuzzTextParsers(text);
    const auto parsed = fitflow::parseJson(text);
    if (parsed.ok()) {
        fuzzDecoders(*parsed);
        // Decoders also meet every value nested one level down (arrays of records in pages).
        if (parsed->is_array() || parsed->is_object()) {
            for (const auto& element : *parsed) {
                fuzzDecoders(element);
            }
        }
    }
    return 0;
}
