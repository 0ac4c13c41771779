#pragma once
// The demo data seen through the client-records API: ids of the demo organizations, users and
// clients (looked up as superuser), notes inserted as superuser (the demo seed has none), and
// small helpers to call the API and read JSON answers.

#include "tests/support/server/ApiServerFixture.h"

#include <string>

namespace fitflow::test {

inline constexpr const char* kOwnerEmail = "owner@demo.fitflow.test";
inline constexpr const char* kManagerEmail = "manager@demo.fitflow.test";
inline constexpr const char* kSamEmail = "sam@demo.fitflow.test";
inline constexpr const char* kClientEmail = "client@demo.fitflow.test";
inline constexpr const char* kNorthside = "Northside Strength";
inline constexpr const char* kPractice = "Alex Rivera Coaching";
inline constexpr const char* kNoSuchId = "0190aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee";

struct ApiAnswer {
    int status = 0;
    std::string body;
    nlohmann::json json;
};

class ClientRecordFixture : public ApiServerFixture {
protected:
    std::string orgId(const std::string& name)
    {
        return superuserText("SELECT id::text FROM organizations WHERE name = '" + name + "'");
    }

    std::string userId(const std::string& email)
    {
        return superuserText("SELECT id::text FROM users WHERE email = '" + email + "'");
    }

    // A demo client by first name (they are unique in the demo dataset).
    std::string clientId(const std::string& firstName)
    {
        return superuserText("SELECT id::text FROM clients WHERE given_name = '" + firstName + "'");
    }

    // Inserts a note with one revision as superuser; a signed note also gets one amendment.
    std::string insertNote(const std::string& authorEmail, const std::string& clientFirstName,
                           bool shared, const std::string& text, bool sign = false)
    {
        const std::string id = superuserText("SELECT gen_random_uuid()::text");
        const std::string author = userId(authorEmail);
        pqxx::connection connection(database().superuserUrl());
        pqxx::work tx(connection);
        tx.exec_params("INSERT INTO notes (org_id, id, author_user_id, client_id, format, "
                       "shared_with_client) SELECT c.org_id, $1::uuid, $2::uuid, c.id, 'free', $3 "
                       "FROM clients c WHERE c.given_name = $4",
                       id, author, shared, clientFirstName);
        tx.exec_params("INSERT INTO note_revisions (org_id, note_id, revision_no, body, "
                       "author_user_id) SELECT org_id, id, 1, $2, author_user_id FROM notes "
                       "WHERE id = $1::uuid",
                       id, text);
        if (sign) {
            tx.exec_params("SELECT set_config('fitflow.user_id', $1, true)", author);
            tx.exec_params("UPDATE notes SET signed_at = now() WHERE id = $1::uuid", id);
            tx.exec_params("INSERT INTO note_revisions (org_id, note_id, revision_no, body, "
                           "is_amendment, author_user_id) SELECT org_id, id, 2, $2, true, "
                           "author_user_id FROM notes WHERE id = $1::uuid",
                           id, "Amendment: " + text);
        }
        tx.commit();
        return id;
    }

    ApiAnswer get(const std::string& token, const std::string& path)
    {
        const auto answer = getAs(token, path);
        if (!answer) {
            ADD_FAILURE() << "no answer for " << path;
            return {};
        }
        return {answer->status, answer->body, nlohmann::json::parse(answer->body, nullptr, false)};
    }

    static std::string orgPath(const std::string& org, const std::string& suffix)
    {
        return "/api/v1/orgs/" + org + suffix;
    }

    // The values of `field` across the objects of the array `json[key]`.
    static std::vector<std::string> fieldOf(const nlohmann::json& json, const std::string& key,
                                            const std::string& field)
    {
        std::vector<std::string> values;
        if (json.contains(key) && json[key].is_array()) {
            for (const auto& item : json[key]) {
                values.push_back(item.value(field, std::string()));
            }
        }
        return values;
    }

    static bool contains(const std::vector<std::string>& values, const std::string& value)
    {
        return std::find(values.begin(), values.end(), value) != values.end();
    }
};

} // namespace fitflow::test
