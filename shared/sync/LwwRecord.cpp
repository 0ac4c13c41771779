#include "shared/sync/LwwRecord.h"

namespace fitflow::sync {
namespace {

void keepNewest(std::optional<Hlc>& current, const Hlc& candidate)
{
    if (!current || *current < candidate) {
        current = candidate;
    }
}

// Two edits never share a stamp unless a device replays one; if a faulty device does, the
// larger serialized value wins so every replica still picks the same one.
bool replaces(const StampedValue& current, const nlohmann::json& value, const Hlc& stamp)
{
    if (current.stamp != stamp) {
        return current.stamp < stamp;
    }
    return current.value.dump() < value.dump();
}

} // namespace

void LwwRecord::apply(const RecordMutation& mutation)
{
    switch (mutation.operation) {
    case RecordOperation::Write:
        for (const auto& [name, value] : mutation.fields) {
            writeField(name, value, mutation.stamp);
        }
        break;
    case RecordOperation::Delete:
        keepNewest(m_newestDelete, mutation.stamp);
        break;
    case RecordOperation::Undelete:
        keepNewest(m_newestUndelete, mutation.stamp);
        break;
    }
}

void LwwRecord::merge(const LwwRecord& other)
{
    for (const auto& [name, stamped] : other.m_fields) {
        writeField(name, stamped.value, stamped.stamp);
    }
    if (other.m_newestDelete) {
        keepNewest(m_newestDelete, *other.m_newestDelete);
    }
    if (other.m_newestUndelete) {
        keepNewest(m_newestUndelete, *other.m_newestUndelete);
    }
}

void LwwRecord::writeField(const std::string& name, const nlohmann::json& value, const Hlc& stamp)
{
    const auto it = m_fields.find(name);
    if (it == m_fields.end()) {
        m_fields.emplace(name, StampedValue{value, stamp});
    } else if (replaces(it->second, value, stamp)) {
        it->second = StampedValue{value, stamp};
    }
}

bool LwwRecord::isDeleted() const
{
    return m_newestDelete && (!m_newestUndelete || *m_newestUndelete < *m_newestDelete);
}

const nlohmann::json* LwwRecord::value(const std::string& field) const
{
    const auto it = m_fields.find(field);
    return it == m_fields.end() ? nullptr : &it->second.value;
}

std::optional<Hlc> LwwRecord::newestStamp() const
{
    std::optional<Hlc> newest = m_newestDelete;
    if (m_newestUndelete) {
        keepNewest(newest, *m_newestUndelete);
    }
    for (const auto& [name, stamped] : m_fields) {
        keepNewest(newest, stamped.stamp);
    }
    return newest;
}

} // namespace fitflow::sync
