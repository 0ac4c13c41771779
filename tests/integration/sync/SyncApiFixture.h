#pragma once
// The real server over TLS with a demo-seeded database, plus what sync tests need: logins with
// a fresh device id, push and pull calls, HLC stamps and mutation bodies in the wire format.

#include "shared/sync/Hlc.h"
#include "tests/support/server/ApiServerFixture.h"

#include <random>

namespace fitflow::test {

inline constexpr const char* kSam = "sam@demo.fitflow.test";
inline constexpr const char* kNorthsideName = "Northside Strength";
inline constexpr const char* kPracticeName = "Alex Rivera Coaching";

class SyncApiFixture : public ApiServerFixture {
protected:
    Environment extraServeEnvironment() const override
    {
        // Paging tests make many requests per user within a second.
        return {{"FITFLOW_RATE_LIMIT_PER_USER", "10000"}, {"FITFLOW_RATE_LIMIT_PER_IP", "10000"}};
    }

    static std::string randomUuid()
    {
        static std::mt19937_64 random{std::random_device{}()};
        const std::uint64_t high = random();
        const std::uint64_t low = random();
        char text[37];
        std::snprintf(
            text, sizeof text, "%08x-%04x-4%03x-%04x-%012llx", static_cast<unsigned>(high >> 32),
            static_cast<unsigned>((high >> 16) & 0xFFFF), static_cast<unsigned>(high & 0xFFF),
            static_cast<unsigned>(0x8000 | ((low >> 48) & 0x3FFF)),
            static_cast<unsigned long long>(low & 0xFFFFFFFFFFFFULL));
        return text;
    }

    struct Device {
        std::string id;
        std::string token;
    };

    // Logs `email` in as a new device.
    Device deviceOf(const std::string& email)
    {
        Device device{randomUuid(), {}};
        device.token = loginOk(email, {{"device_id", device.id}, {"device_name", "sync test"}})
                           .value("access_token", std::string{});
        return device;
    }

    // One client of Alex's at `org` (the demo data gives him several).
    std::string alexsClientIn(const std::string& org)
    {
        return superuserText(
            "SELECT ct.client_id::text FROM client_trainers ct JOIN users u ON u.id = "
            "ct.trainer_user_id WHERE u.email = 'alex@demo.fitflow.test' AND ct.org_id = '" +
            org + "' LIMIT 1");
    }

    // One location of `org`.
    std::string aLocationOf(const std::string& org)
    {
        return superuserText("SELECT id::text FROM locations WHERE org_id = '" + org + "' LIMIT 1");
    }

    std::string orgId(const std::string& name)
    {
        return superuserText("SELECT id::text FROM organizations WHERE name = '" + name + "'");
    }

    static std::string stamp(const Device& device, std::int64_t milliseconds,
                             std::uint16_t counter = 0)
    {
        return sync::Hlc{Instant{std::chrono::milliseconds{milliseconds}}, counter, device.id}
            .toString();
    }

    static std::int64_t nowMilliseconds()
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
            .count();
    }

    static nlohmann::json write(std::int64_t id, const std::string& org, const std::string& entity,
                                const std::string& entityId, const std::string& hlc,
                                const nlohmann::json& fields)
    {
        return {{"id", id},
                {"org_id", org},
                {"entity", entity},
                {"entity_id", entityId},
                {"change", {{"operation", "write"}, {"stamp", hlc}, {"fields", fields}}}};
    }

    static nlohmann::json noteEdit(std::int64_t id, const std::string& org,
                                   const std::string& noteId, const std::string& hlc,
                                   const std::vector<std::string>& bases, const std::string& text)
    {
        return {{"id", id},
                {"org_id", org},
                {"entity", "note"},
                {"entity_id", noteId},
                {"note", {{"kind", "edit"}, {"stamp", hlc}, {"bases", bases}, {"text", text}}}};
    }

    httplib::Result push(const Device& device, const std::vector<nlohmann::json>& mutations)
    {
        return postAs(device.token, "/api/v1/sync/push",
                      {{"schema_version", 1}, {"mutations", nlohmann::json(mutations)}});
    }

    // A push that must succeed; returns its body.
    nlohmann::json pushOk(const Device& device, const std::vector<nlohmann::json>& mutations)
    {
        const auto answer = push(device, mutations);
        EXPECT_TRUE(answer);
        if (!answer || answer->status != 200) {
            EXPECT_EQ(answer ? answer->status : 0, 200) << (answer ? answer->body : "no answer");
            return {{"acknowledged_through", -1}, {"rejections", nlohmann::json::array()}};
        }
        return nlohmann::json::parse(answer->body, nullptr, false);
    }

    httplib::Result pull(const Device& device, const std::string& org,
                         const nlohmann::json& cursor = nullptr, int limit = 1000)
    {
        return postAs(
            device.token, "/api/v1/sync/pull",
            {{"schema_version", 1}, {"org_id", org}, {"cursor", cursor}, {"limit", limit}});
    }

    nlohmann::json pullOk(const Device& device, const std::string& org,
                          const nlohmann::json& cursor = nullptr, int limit = 1000)
    {
        const auto answer = pull(device, org, cursor, limit);
        EXPECT_TRUE(answer);
        if (!answer) {
            return {};
        }
        EXPECT_EQ(answer->status, 200) << answer->body;
        return nlohmann::json::parse(answer->body, nullptr, false);
    }

    // Every change of one full pull from scratch (all pages).
    std::vector<nlohmann::json> pullAll(const Device& device, const std::string& org,
                                        int limit = 1000, int* pages = nullptr)
    {
        std::vector<nlohmann::json> changes;
        nlohmann::json cursor = nullptr;
        for (int page = 0; page < 10000; ++page) {
            const auto body = pullOk(device, org, cursor, limit);
            if (!body.is_object()) {
                break;
            }
            for (const auto& change : body["changes"]) {
                changes.push_back(change);
            }
            cursor = body["cursor"];
            if (pages != nullptr) {
                *pages = page + 1;
            }
            if (!body["has_more"].get<bool>()) {
                break;
            }
        }
        return changes;
    }

    static const nlohmann::json* findChange(const std::vector<nlohmann::json>& changes,
                                            const std::string& entity, const std::string& id)
    {
        for (const auto& change : changes) {
            if (change["entity"] == entity && change["id"] == id) {
                return &change;
            }
        }
        return nullptr;
    }
};

} // namespace fitflow::test
