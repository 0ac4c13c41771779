#include "shared/domain/Client.h"

#include "shared/codec/JsonReader.h"
#include "shared/domain/FieldLimits.h"
#include "shared/domain/FieldRules.h"

#include <algorithm>
#include <set>

namespace fitflow {
namespace {

// Tags are labels: non-empty single lines, short, no duplicates, a bounded number of them.
void checkTags(JsonReader& r, const std::vector<std::string>& tags)
{
    if (tags.size() > kMaxTags) {
        r.fail("out_of_range", "too many tags", "tags");
        return;
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < tags.size(); ++i) {
        const std::string& tag = tags[i];
        const bool singleLine = std::none_of(tag.begin(), tag.end(), [](char c) {
            return static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
        });
        const std::string key = "tags[" + std::to_string(i) + "]";
        if (tag.empty() || tag.size() > kMaxTagBytes) {
            r.fail("out_of_range", "a tag is 1 to 40 bytes long", key);
        } else if (!singleLine) {
            r.fail("invalid_value", "a tag is a single line", key);
        } else if (!seen.insert(tag).second) {
            r.fail("invalid_value", "duplicate tag", key);
        }
    }
}

} // namespace

nlohmann::json Client::toJson() const
{
    nlohmann::json json = {{"id", id},
                           {"org_id", orgId},
                           {"first_name", firstName},
                           {"last_name", lastName},
                           {"tags", tags},
                           {"assigned_trainer_ids", assignedTrainerIds}};
    if (email) {
        json["email"] = *email;
    }
    if (phone) {
        json["phone"] = *phone;
    }
    return json;
}

Result<Client> Client::fromJson(const nlohmann::json& json)
{
    return readJsonObject(json, [](JsonReader& r) {
        Client client;
        client.id = r.uuid("id");
        client.orgId = r.uuid("org_id");
        client.firstName = r.label("first_name", kMaxNameBytes);
        client.lastName = r.label("last_name", kMaxNameBytes);
        if (r.has("email")) {
            client.email = r.string("email", isPlausibleEmail, "an e-mail address");
        }
        if (r.has("phone")) {
            client.phone = r.string("phone", isPlausiblePhone, "a phone number");
        }
        client.tags = r.stringArray("tags");
        checkTags(r, client.tags);
        client.assignedTrainerIds = r.uuidArray("assigned_trainer_ids");
        return client;
    });
}

} // namespace fitflow
