#pragma once
// A migrated database seeded (as the superuser) with two organizations and one user per role,
// queried as the application role under a chosen tenant context. The ids are fixed so that a
// test can name the row it expects to reach or not reach.

#include "server/storage/TenantTransaction.h"
#include "tests/support/server/PgTestDatabase.h"

#include <string>

namespace fitflow::test {

// Organization A: two locations; a manager limited to location 1; trainer 1 on the team of the
// trainer admin, trainer 2 on no team; client 1 (a portal user) assigned to trainer 1, client 2
// to trainer 2. Organization B: an owner, a trainer and one client with a note and an invoice.
namespace fixture {
inline constexpr const char* kOrgA = "0a000000-0000-0000-0000-000000000001";
inline constexpr const char* kOrgB = "0b000000-0000-0000-0000-000000000001";
inline constexpr const char* kLocationA1 = "0a000000-0000-0000-0000-0000000000a1";
inline constexpr const char* kLocationA2 = "0a000000-0000-0000-0000-0000000000a2";
inline constexpr const char* kLocationB = "0b000000-0000-0000-0000-0000000000b1";

inline constexpr const char* kOwnerA = "0a000000-0000-0000-0000-000000000101";
inline constexpr const char* kManagerA = "0a000000-0000-0000-0000-000000000102";
inline constexpr const char* kTrainerAdminA = "0a000000-0000-0000-0000-000000000103";
inline constexpr const char* kTrainerA1 = "0a000000-0000-0000-0000-000000000104";
inline constexpr const char* kTrainerA2 = "0a000000-0000-0000-0000-000000000105";
inline constexpr const char* kClientUserA1 = "0a000000-0000-0000-0000-000000000106";
inline constexpr const char* kOwnerB = "0b000000-0000-0000-0000-000000000101";
inline constexpr const char* kTrainerB = "0b000000-0000-0000-0000-000000000104";

inline constexpr const char* kClientA1 = "0a000000-0000-0000-0000-000000000201";
inline constexpr const char* kClientA2 = "0a000000-0000-0000-0000-000000000202";
inline constexpr const char* kClientB = "0b000000-0000-0000-0000-000000000201";

inline constexpr const char* kSessionA1 = "0a000000-0000-0000-0000-000000000301"; // A1, trainer 1
inline constexpr const char* kSessionA2 = "0a000000-0000-0000-0000-000000000302"; // A2, trainer 2
inline constexpr const char* kSessionB = "0b000000-0000-0000-0000-000000000301";

inline constexpr const char* kNoteA1Shared = "0a000000-0000-0000-0000-000000000401";
inline constexpr const char* kNoteA1Private = "0a000000-0000-0000-0000-000000000402";
inline constexpr const char* kNoteA2Shared = "0a000000-0000-0000-0000-000000000403";
inline constexpr const char* kNoteB = "0b000000-0000-0000-0000-000000000401";

inline constexpr const char* kInvoiceA1 = "0a000000-0000-0000-0000-000000000501";
inline constexpr const char* kInvoiceA2 = "0a000000-0000-0000-0000-000000000502";
inline constexpr const char* kInvoiceB = "0b000000-0000-0000-0000-000000000501";
} // namespace fixture

class SchemaFixture : public PgTestFixture {
protected:
    void SetUp() override;

    // Rows `sql` returns (a SELECT count(*) ...) as the app role under `context`.
    long long countAs(const storage::TenantContext& context, const std::string& sql);
    // Rows a data-changing statement affected as the app role; -1 when it failed.
    long long affectedAs(const storage::TenantContext& context, const std::string& sql);
    // The failure message of `sql` as the app role, or "" when it succeeded.
    std::string errorAs(const storage::TenantContext& context, const std::string& sql);
    // A count seen by the superuser, who is not subject to row-level security.
    long long superuserCount(const std::string& sql);
    std::string superuserText(const std::string& sql);

private:
    void seed();
};

} // namespace fitflow::test
