#include "desktop/storage/SyncedRecord.h"

#include <map>

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
    // Fields that share a stamp (all of a pulled row's, usually) become one write: the stamp is
    // parsed once, and applying one write of several fields is applying each (LwwRecord).
    std::map<std::string, sync::RecordMutation, std::less<>> writesByStamp;
    for (const auto& [name, stamped] : fields.items()) {
        const auto value = stamped.is_object() ? stamped.find("value") : stamped.end();
        const auto stampJson = stamped.is_object() ? stamped.find("stamp") : stamped.end();
        if (value == stamped.end() || stampJson == stamped.end()) {
            return makeError("wrong_type", "expected {\"value\", \"stamp\"}", "fields." + name);
        }
        if (!stampJson->is_string()) {
            const std::string path = "fields." + name + ".stamp";
            return stampJson->is_null() ? makeError("invalid_value", "a field needs a stamp", path)
                                        : makeError("wrong_type", "expected a stamp or null", path);
        }
        const std::string& stampText = stampJson->get_ref<const std::string&>();
        auto write = writesByStamp.find(stampText);
        if (write == writesByStamp.end()) {
            auto stamp = sync::Hlc::parse(stampText);
            if (!stamp) {
                return withPathPrefix(stamp.error(), "fields." + name + ".stamp");
            }
            write = writesByStamp
                        .emplace(stampText,
                                 sync::RecordMutation{sync::RecordOperation::Write, *stamp, {}})
                        .first;
        }
        write->second.fields.emplace(name, *value);
    }
    for (const auto& [stampText, write] : writesByStamp) {
        record.apply(write);
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
