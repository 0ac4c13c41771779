// Reads of client data are audited: one event per answered request, in the same transaction,
// with actor, organization, device, action and object id, and nothing that names the client.
// A request answered 404 reads nothing and appends nothing.

#include "tests/integration/tenancy/ClientRecordFixture.h"

namespace fitflow::test {

namespace {

class ClientReadAudit : public ClientRecordFixture {
protected:
    long long auditCount() { return superuserCount("SELECT count(*) FROM audit_events"); }
};

TEST_F(ClientReadAudit, AClientReadAppendsExactlyOneEventWithIdsOnly)
{
    const std::string northside = orgId(kNorthside);
    const std::string camille = clientId("Camille");
    const std::string device = "0190aaaa-bbbb-7ccc-8ddd-000000000001";
    const auto tokens = loginOk(kOwnerEmail, {{"device_id", device}, {"device_name", "Desk"}});
    const std::string token = tokens.value("access_token", std::string());
    const long long before = auditCount();

    const auto read = get(token, orgPath(northside, "/clients/" + camille));
    ASSERT_EQ(read.status, 200) << read.body;

    ASSERT_EQ(auditCount(), before + 1);
    pqxx::connection connection(database().superuserUrl());
    pqxx::work tx(connection);
    const auto event = tx.exec1(
        "SELECT org_id::text, actor_user_id::text, device_id::text, action, object_type, "
        "object_id::text, row_to_json(a)::text FROM audit_events a ORDER BY seq DESC LIMIT 1");
    EXPECT_EQ(event[0].as<std::string>(), northside);
    EXPECT_EQ(event[1].as<std::string>(), userId(kOwnerEmail));
    EXPECT_EQ(event[2].as<std::string>(), device);
    EXPECT_EQ(event[3].as<std::string>(), "client.read");
    EXPECT_EQ(event[4].as<std::string>(), "client");
    EXPECT_EQ(event[5].as<std::string>(), camille);
    const std::string wholeRow = event[6].as<std::string>();
    for (const char* clientData : {"Camille", "Roy", "camille.roy"}) {
        EXPECT_EQ(wholeRow.find(clientData), std::string::npos) << clientData;
    }
}

TEST_F(ClientReadAudit, ListsRecordTheObjectTypeWithoutAnId)
{
    const std::string northside = orgId(kNorthside);
    const std::string token = accessTokenFor(kSamEmail);
    const long long before = auditCount();

    ASSERT_EQ(get(token, orgPath(northside, "/clients")).status, 200);
    ASSERT_EQ(get(token, orgPath(northside, "/invoices")).status, 200);

    EXPECT_EQ(auditCount(), before + 2);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM (SELECT * FROM audit_events ORDER BY seq DESC "
                             "LIMIT 2) e WHERE object_id IS NULL AND action IN ('client.list', "
                             "'invoice.list')"),
              2);
}

TEST_F(ClientReadAudit, ANotFoundReadAppendsNothing)
{
    const std::string northside = orgId(kNorthside);
    const std::string token = accessTokenFor(kSamEmail);
    const long long before = auditCount();

    EXPECT_EQ(get(token, orgPath(northside, "/clients/" + clientId("Priya"))).status, 404);
    EXPECT_EQ(get(token, orgPath(northside, std::string("/notes/") + kNoSuchId)).status, 404);
    EXPECT_EQ(get(token, orgPath(northside, "/sessions?from=x&to=y")).status, 400);

    EXPECT_EQ(auditCount(), before);
}

} // namespace

} // namespace fitflow::test
