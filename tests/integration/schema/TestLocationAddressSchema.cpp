// Migration 0023 at the SQL level: a location's street, city and postal code are NULL for the
// locations that existed, take only the canonical shapes of shared/domain/AddressRules.h (the
// CHECKs stop a writer that bypasses the rules), follow the unchanged row-level security of
// locations, and an edit bumps the row's server_version so devices pull it.

#include "tests/integration/schema/SchemaFixture.h"

#include <gtest/gtest.h>

namespace fitflow::test {

namespace {

using namespace fixture;

class LocationAddressSchema : public SchemaFixture {
protected:
    static std::string setAddress(const char* locationId, const std::string& assignments)
    {
        return "UPDATE locations SET " + assignments + " WHERE id = '" + locationId + "'";
    }

    const storage::TenantContext m_owner{kOrgA, kOwnerA, "owner"};
};

} // namespace

TEST_F(LocationAddressSchema, ExistingLocationsHaveNoAddressAndCanonicalOnesAreStored)
{
    EXPECT_EQ(superuserCount("SELECT count(*) FROM locations WHERE street IS NOT NULL OR "
                             "city IS NOT NULL OR postal_code IS NOT NULL"),
              0);
    EXPECT_EQ(affectedAs(m_owner, setAddress(kLocationA1,
                                             "street = E'4521 boul. Saint-Laurent\\nSuite 200', "
                                             "city = 'Montréal', postal_code = 'H2T 1R2'")),
              1);
    EXPECT_EQ(superuserText("SELECT city || ' ' || postal_code FROM locations WHERE id = '" +
                            std::string(kLocationA1) + "'"),
              "Montréal H2T 1R2");
}

TEST_F(LocationAddressSchema, ChecksRefuseWhatTheSharedRulesWouldNeverWrite)
{
    struct Bad {
        const char* assignment;
        const char* constraint;
    };
    for (const Bad& bad : {
             Bad{"postal_code = 'h2t 1r2'", "locations_postal_code_format"},
             Bad{"postal_code = 'H2T1R2'", "locations_postal_code_format"},
             Bad{"postal_code = 'D2T 1R2'", "locations_postal_code_format"},
             Bad{"street = ''", "locations_street_format"},
             Bad{"street = ' 1 Main St'", "locations_street_format"},
             Bad{"street = E'1\\n2\\n3'", "locations_street_format"},
             Bad{"street = E'1\\tMain St'", "locations_street_format"},
             Bad{"street = repeat('a', 101)", "locations_street_format"},
             Bad{"city = E'Montréal\\nQC'", "locations_city_format"},
             Bad{"city = 'Montréal '", "locations_city_format"},
         }) {
        EXPECT_NE(errorAs(m_owner, setAddress(kLocationA1, bad.assignment)).find(bad.constraint),
                  std::string::npos)
            << bad.assignment;
    }
    EXPECT_EQ(superuserCount("SELECT count(*) FROM locations WHERE street IS NOT NULL OR "
                             "city IS NOT NULL OR postal_code IS NOT NULL"),
              0);
    // Two lines of 100 characters each are the longest street.
    EXPECT_EQ(affectedAs(m_owner, setAddress(kLocationA1, "street = repeat('é', 100) || E'\\n' "
                                                          "|| repeat('a', 100)")),
              1);
}

TEST_F(LocationAddressSchema, RowLevelSecurityIsUnchangedAndAnEditIsPulledAgain)
{
    const storage::TenantContext manager{kOrgA, kManagerA, "manager"};
    const storage::TenantContext trainer{kOrgA, kTrainerA1, "trainer"};
    const storage::TenantContext otherOwner{kOrgB, kOwnerB, "owner"};
    const std::string version =
        "SELECT server_version FROM locations WHERE id = '" + std::string(kLocationA1) + "'";
    const long long before = superuserCount(version);
    EXPECT_EQ(affectedAs(manager, setAddress(kLocationA1, "city = 'Montréal'")), 1);
    EXPECT_GT(superuserCount(version), before);
    // The manager of location 1 only; a trainer and another tenant change nothing (no row
    // matches, or the write is refused: -1).
    EXPECT_LT(affectedAs(manager, setAddress(kLocationA2, "city = 'Laval'")), 1);
    EXPECT_LT(affectedAs(trainer, setAddress(kLocationA1, "city = 'Laval'")), 1);
    EXPECT_LT(affectedAs(otherOwner, setAddress(kLocationA1, "city = 'Laval'")), 1);
    EXPECT_EQ(superuserCount("SELECT count(*) FROM locations WHERE city = 'Laval'"), 0);
    EXPECT_EQ(countAs(trainer, "SELECT count(*) FROM locations WHERE city = 'Montréal'"), 1);
}

} // namespace fitflow::test
