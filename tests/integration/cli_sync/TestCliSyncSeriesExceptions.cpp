// Recurring-series exceptions through the real binaries: two stores of one trainer, both
// offline, each exclude a DIFFERENT occurrence of the same series; after syncing in any order
// both exclusions survive on every device (they are "series_exception" records, merged as a
// set, not one last-writer-wins list) and `dump` is identical. A third device receives the same;
// an exception naming no known series is a rejection.

#include "tests/integration/cli_sync/CliSyncFixture.h"

#include <set>

namespace fitflow::test {
namespace {

constexpr const char* kAlex = "alex@demo.fitflow.test";
constexpr const char* kSecondMonday = "2030-04-08T14:00:00Z";
constexpr const char* kFourthMonday = "2030-04-22T14:00:00Z";

class CliSyncSeriesExceptions : public CliSyncFixture {
protected:
    static std::string fieldOf(const std::string& dumpText, const std::string& entity,
                               const std::string& id, const std::string& field)
    {
        const auto dumped = nlohmann::json::parse(dumpText, nullptr, false);
        for (const auto& row : dumped.value(entity, nlohmann::json::array())) {
            if (row.value("id", std::string{}) == id) {
                return row.value(field, std::string{});
            }
        }
        return {};
    }

    // The excluded dates of `seriesId` that a dump holds (live records only).
    static std::multiset<std::string> exclusions(const std::string& dumpText,
                                                 const std::string& seriesId)
    {
        std::multiset<std::string> dates;
        const auto dumped = nlohmann::json::parse(dumpText, nullptr, false);
        for (const auto& row : dumped.value("series_exception", nlohmann::json::array())) {
            if (row.value("series_id", std::string{}) == seriesId && !row.value("deleted", false)) {
                dates.insert(row.value("original_starts_at", std::string{}));
            }
        }
        return dates;
    }
};

TEST_F(CliSyncSeriesExceptions, ExclusionsFromTwoOfflineDevicesBothSurvive)
{
    const std::string laptop = newDevice("laptop", kAlex);
    const std::string tablet = newDevice("tablet", kAlex);
    ASSERT_FALSE(HasFailure());
    expectSynced(laptop);
    expectSynced(tablet);
    const auto [orgId, locationId] = studioAndLocation(dump(laptop));
    ASSERT_FALSE(orgId.empty()) << "no Northside organization with a location was pulled";

    const std::string client =
        add(laptop, "client", orgId, {{"first_name", "Rae"}, {"last_name", "Monday"}});
    // The first occurrence books the trainer (the writing user) the series names too.
    const std::string first = add(laptop, "session", orgId,
                                  {{"client_id", client},
                                   {"location_id", locationId},
                                   {"starts_at", "2030-04-01T14:00:00Z"},
                                   {"ends_at", "2030-04-01T15:00:00Z"}});
    const std::string trainer = fieldOf(dump(laptop), "session", first, "trainer_id");
    ASSERT_FALSE(trainer.empty());
    const std::string series = add(laptop, "series", orgId,
                                   {{"client_id", client},
                                    {"location_id", locationId},
                                    {"trainer_id", trainer},
                                    {"rrule", "FREQ=WEEKLY;BYDAY=MO;COUNT=4"},
                                    {"first_starts_at", "2030-04-01T14:00:00Z"},
                                    {"first_ends_at", "2030-04-01T15:00:00Z"}});
    update(laptop, "session", first, {{"series_id", series}});
    expectSynced(laptop);
    expectSynced(tablet);
    ASSERT_FALSE(HasFailure());

    // Both offline: each device excludes a different Monday.
    add(laptop, "series_exception", orgId,
        {{"series_id", series}, {"original_starts_at", kSecondMonday}});
    add(tablet, "series_exception", orgId,
        {{"series_id", series}, {"original_starts_at", kFourthMonday}});
    ASSERT_FALSE(HasFailure());

    expectSynced(laptop);
    expectSynced(tablet);
    expectSynced(laptop);
    const std::string laptopDump = dump(laptop);
    EXPECT_EQ(laptopDump, dump(tablet));
    EXPECT_EQ(exclusions(laptopDump, series),
              (std::multiset<std::string>{kSecondMonday, kFourthMonday}))
        << laptopDump;
    for (const std::string& store : {laptop, tablet}) {
        expectNothingPendingOrRejected(store);
    }

    const std::string later = newDevice("desktop", kAlex);
    expectSynced(later);
    EXPECT_EQ(dump(later), laptopDump);
}

TEST_F(CliSyncSeriesExceptions, AnExceptionOfNoKnownSeriesIsRejected)
{
    const std::string laptop = newDevice("laptop", kAlex);
    ASSERT_FALSE(HasFailure());
    expectSynced(laptop);
    const auto [orgId, locationId] = studioAndLocation(dump(laptop));
    ASSERT_FALSE(orgId.empty());

    add(laptop, "series_exception", orgId,
        {{"series_id", "01900000-0000-7000-8000-00000000dead"},
         {"original_starts_at", kSecondMonday}});
    expectSynced(laptop);
    const auto shown = status(laptop);
    ASSERT_EQ(shown["rejections"].size(), 1u) << shown.dump();
    EXPECT_EQ(shown["rejections"][0].value("entity", std::string{}), "series_exception")
        << shown.dump();
    EXPECT_EQ(shown["rejections"][0].value("code", std::string{}), "validation_failed")
        << shown.dump();
}

} // namespace
} // namespace fitflow::test
