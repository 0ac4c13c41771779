#include "desktop/storage/SyncedRecord.h"

namespace fitflow::desktop {

namespace {

void keepNewest(std::optional<sync::Hlc>& current, const sync::Hlc& candidate)
{
    if (!current || *current < candidate) {
        current = candidate;
    }
}

fitflow::Result<std::optional<sync::Hlc>> optionalStamp(const nlohmann::json& value,
                                                        const std::string& path)
{
    if (value.is_null()) {
        return std::optional<sync::Hlc>();
    }
    if (!value.is_string()) {
        return makeError("wrong_type", "expected a stamp or null", path);
    }
    auto stamp = sync::Hlc::parse(value.get<std::string>());
    if (!stamp) {
        return withPathPrefix(stamp.error(), path);
    }
    return std::optional<sync::Hlc>(*stamp);
}

} // namespace

void SyncedRecord::apply(const sync::RecordMutation& mutation)
{
    m_record.apply(mutation);
    if (mutation.operation == sync::RecordOperation::Delete) {
        keepNewest(m_deleted, mutation.stamp);
    } else if (mutation.operation == sync::RecordOperation::Undelete) {
        keepNewest(m_undeleted, mutation.stamp);
    }
}

void SyncedRecord::merge(const SyncedRecord& other)
{
    m_record.merge(other.m_record);
    if (other.m_deleted) {
        keepNewest(m_deleted, *other.m_deleted);
    }
    if (other.m_undeleted) {
        keepNewest(m_undeleted, *other.m_undeleted);
    }
}

nlohmann::json SyncedRecord::fieldsToJson() const
{
    nlohmann::json fields = nlohmann::json::object();
    for (const auto& [name, stamped] : m_record.fields()) {
        fields[name] = {{"value", stamped.value}, {"stamp", stamped.stamp.toString()}};
    }
    return fields;
}

nlohmann::json SyncedRecord::toJson() const
{
    const auto stampOrNull = [](const std::optional<sync::Hlc>& stamp) {
        return stamp ? nlohmann::json(stamp->toString()) : nlohmann::json(nullptr);
    };
    return {{"fields", fieldsToJson()},
            {"deleted", stampOrNull(m_deleted)},
            {"undeleted", stampOrNull(m_undeleted)}};
}

fitflow::Result<SyncedRecord> SyncedRecord::fromJson(const nlohmann::json& json)
{
    if (!json.is_object()) {
        return makeError("wrong_type", "expected a record object");
    }
    // By reference: a pulled page's records are read, not copied.
    static const nlohmann::json kMissing;
    const auto member = [&](const char* key) -> const nlohmann::json& {
        const auto found = json.find(key);
        return found != json.end() ? *found : kMissing;
    };
    SyncedRecord record;
    const nlohmann::json& fields = member("fields");
    if (!fields.is_object()) {
        return makeError("wrong_type", "expected an object", "fields");
    }
    for (const auto& [name, stamped] : fields.items()) {
        const std::string path = "fields." + name;
        if (!stamped.is_object() || !stamped.contains("value") || !stamped.contains("stamp")) {
            return makeError("wrong_type", "expected {\"value\", \"stamp\"}", path);
        }
        auto stamp = optionalStamp(stamped.at("stamp"), path + ".stamp");
        if (!stamp) {
            return stamp.error();
        }
        if (!*stamp) {
            return makeError("invalid_value", "a field needs a stamp", path + ".stamp");
        }
        record.apply({sync::RecordOperation::Write, **stamp, {{name, stamped.at("value")}}});
    }
    for (const auto& [key, operation] : {std::pair{"deleted", sync::RecordOperation::Delete},
                                         std::pair{"undeleted", sync::RecordOperation::Undelete}}) {
        auto stamp = optionalStamp(member(key), key);
        if (!stamp) {
            return stamp.error();
        }
        if (*stamp) {
            record.apply({operation, **stamp, {}});
        }
    }
    return record;
}

fitflow::Result<SyncedRecord> SyncedRecord::fromParts(const nlohmann::json& fields,
                                                      const std::optional<std::string>& deleted,
                                                      const std::optional<std::string>& undeleted)
{
    const auto stampJson = [](const std::optional<std::string>& stamp) {
        return stamp ? nlohmann::json(*stamp) : nlohmann::json(nullptr);
    };
    return fromJson(
        {{"fields", fields}, {"deleted", stampJson(deleted)}, {"undeleted", stampJson(undeleted)}});
}

} // namespace fitflow::desktop
