#pragma once
// The demo world for organization-administration API tests: ids of the two demo organizations,
// their locations, memberships and clients (read as superuser), cached access tokens, and JSON
// helpers. Northside Strength: owner@, manager@ (Montréal), alex@ and sam@ (trainers). Alex
// Rivera Coaching: alex@ (owner and trainer), client@ (client).

#include "tests/support/server/ApiServerFixture.h"

#include <map>
#include <string>

namespace fitflow::test {

inline constexpr const char* kOwner = "owner@demo.fitflow.test";
inline constexpr const char* kManager = "manager@demo.fitflow.test";
inline constexpr const char* kSam = "sam@demo.fitflow.test";
inline constexpr const char* kClient = "client@demo.fitflow.test";
inline constexpr const char* kNorthside = "Northside Strength";
inline constexpr const char* kPractice = "Alex Rivera Coaching";

class OrgAdminFixture : public ApiServerFixture {
protected:
    std::string orgId(const std::string& name)
    {
        return superuserText("SELECT id FROM organizations WHERE name = '" + name + "'");
    }

    std::string locationId(const std::string& name)
    {
        return superuserText("SELECT id FROM locations WHERE name = '" + name + "'");
    }

    std::string userId(const std::string& email)
    {
        return superuserText("SELECT id FROM users WHERE email = '" + email + "'");
    }

    std::string membershipId(const std::string& email, const std::string& orgName,
                             const std::string& role)
    {
        return superuserText("SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id "
                             "JOIN organizations o ON o.id = m.org_id WHERE u.email = '" +
                             email + "' AND o.name = '" + orgName + "' AND m.role = '" + role +
                             "'");
    }

    // A client of `orgName` whose home or sessions are at `locationName` and assigned to `email`.
    std::string clientAt(const std::string& locationName, const std::string& trainerEmail)
    {
        return superuserText(
            "SELECT c.id FROM clients c JOIN client_trainers ct ON ct.org_id = c.org_id "
            "AND ct.client_id = c.id JOIN users u ON u.id = ct.trainer_user_id "
            "WHERE u.email = '" +
            trainerEmail +
            "' AND EXISTS (SELECT 1 FROM sessions s JOIN locations l ON l.id = s.location_id "
            "WHERE s.client_id = c.id AND l.name = '" +
            locationName + "') ORDER BY c.id LIMIT 1");
    }

    const std::string& tokenFor(const std::string& email)
    {
        auto found = m_tokens.find(email);
        if (found == m_tokens.end()) {
            found = m_tokens.emplace(email, accessTokenFor(email)).first;
        }
        return found->second;
    }

    static std::string orgPath(const std::string& orgId, const std::string& suffix)
    {
        return "/api/v1/orgs/" + orgId + suffix;
    }

    static nlohmann::json bodyOf(const httplib::Result& answer)
    {
        return answer ? nlohmann::json::parse(answer->body, nullptr, false) : nlohmann::json{};
    }

    static int statusOf(const httplib::Result& answer) { return answer ? answer->status : -1; }

    static std::string errorCode(const httplib::Result& answer)
    {
        const auto body = bodyOf(answer);
        return body.is_object() && body.contains("error") ? body["error"].value("code", "")
                                                          : std::string{};
    }

    static std::string errorPath(const httplib::Result& answer)
    {
        const auto body = bodyOf(answer);
        return body.is_object() && body.contains("error") ? body["error"].value("path", "")
                                                          : std::string{};
    }

    long long auditCount(const std::string& action)
    {
        return superuserCount("SELECT count(*) FROM audit_events WHERE action = '" + action + "'");
    }

private:
    std::map<std::string, std::string> m_tokens;
};

} // namespace fitflow::test
