#include "server/service/audit/AuditCheckpoint.h"

#include <date/date.h>
#include <nlohmann/json.hpp>

#include <sstream>

namespace fitflow::audit {

namespace {

constexpr const char* kTimeFormat = "%Y-%m-%dT%H:%M:%SZ";

Error invalid(const std::string& message, const std::string& field)
{
    return makeError("invalid_checkpoint", message, field);
}

} // namespace

std::string formatCheckpointLine(const AuditCheckpoint& checkpoint)
{
    const nlohmann::ordered_json line = {
        {"time", date::format(kTimeFormat, checkpoint.time)},
        {"last_sequence", checkpoint.sequence},
        {"last_hash", toHex(checkpoint.hash)},
    };
    return line.dump();
}

Result<AuditCheckpoint> parseCheckpointLine(std::string_view line)
{
    const auto json = nlohmann::json::parse(line, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        return invalid("not a JSON object", "");
    }
    AuditCheckpoint checkpoint;
    const auto time = json.find("time");
    if (time == json.end() || !time->is_string()) {
        return invalid("time must be a string", "time");
    }
    std::istringstream timeText(time->get<std::string>());
    timeText >> date::parse(kTimeFormat, checkpoint.time);
    if (timeText.fail()) {
        return invalid("time must look like 2026-11-25T19:30:00Z", "time");
    }
    const auto sequence = json.find("last_sequence");
    if (sequence == json.end() || !sequence->is_number_integer() ||
        sequence->get<long long>() < 1) {
        return invalid("last_sequence must be a whole number from 1", "last_sequence");
    }
    checkpoint.sequence = sequence->get<std::int64_t>();
    const auto hash = json.find("last_hash");
    if (hash == json.end() || !hash->is_string()) {
        return invalid("last_hash must be a string", "last_hash");
    }
    auto parsedHash = hashFromHex(hash->get<std::string>());
    if (!parsedHash) {
        return invalid(parsedHash.error().message, "last_hash");
    }
    checkpoint.hash = *parsedHash;
    return checkpoint;
}

} // namespace fitflow::audit
