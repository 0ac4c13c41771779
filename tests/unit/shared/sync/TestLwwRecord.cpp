#include "shared/sync/LwwRecord.h"

#include <gtest/gtest.h>

namespace fitflow::sync {
namespace {

const std::string kPhone = "01932c07-2a4b-7c3d-8e5f-0000000000a1";
const std::string kLaptop = "01932c07-2a4b-7c3d-8e5f-0000000000b2";

Hlc at(std::int64_t milliseconds, const std::string& device, std::uint16_t counter = 0)
{
    return Hlc{Instant{std::chrono::milliseconds{milliseconds}}, counter, device};
}

RecordMutation write(Hlc stamp, std::map<std::string, nlohmann::json> fields)
{
    return RecordMutation{RecordOperation::Write, std::move(stamp), std::move(fields)};
}

RecordMutation erase(Hlc stamp)
{
    return RecordMutation{RecordOperation::Delete, stamp, {}};
}
RecordMutation undelete(Hlc stamp)
{
    return RecordMutation{RecordOperation::Undelete, stamp, {}};
}

TEST(LwwRecord, newerStampWinsPerFieldRegardlessOfArrivalOrder)
{
    LwwRecord record;
    // The laptop was offline and reconnects later, but its phone edit is newer by HLC.
    record.apply(write(at(2000, kPhone), {{"phone", "555-0002"}}));
    record.apply(write(at(1000, kLaptop), {{"phone", "555-0001"}, {"email", "a@example.com"}}));
    EXPECT_EQ(*record.value("phone"), "555-0002");
    EXPECT_EQ(*record.value("email"), "a@example.com"); // other fields still merge
    EXPECT_EQ(record.value("tags"), nullptr);
}

TEST(LwwRecord, deviceIdBreaksTiesOfEqualTimeAndCounter)
{
    LwwRecord first;
    first.apply(write(at(1000, kPhone), {{"first_name", "Ana"}}));
    first.apply(write(at(1000, kLaptop), {{"first_name", "Anna"}}));
    LwwRecord second;
    second.apply(write(at(1000, kLaptop), {{"first_name", "Anna"}}));
    second.apply(write(at(1000, kPhone), {{"first_name", "Ana"}}));
    EXPECT_EQ(*first.value("first_name"), "Anna"); // kLaptop > kPhone
    EXPECT_EQ(first, second);
}

TEST(LwwRecord, applyingAMutationTwiceEqualsApplyingItOnce)
{
    const RecordMutation edit = write(at(1000, kPhone), {{"phone", "555-0100"}});
    LwwRecord once;
    once.apply(edit);
    LwwRecord twice;
    twice.apply(edit);
    twice.apply(edit);
    EXPECT_EQ(once, twice);
}

TEST(LwwRecord, laterWriteDoesNotResurrectADeletedRecord)
{
    LwwRecord record;
    record.apply(write(at(1000, kPhone), {{"phone", "555-0100"}}));
    record.apply(erase(at(2000, kLaptop)));
    record.apply(write(at(3000, kPhone), {{"phone", "555-0199"}}));
    EXPECT_TRUE(record.isDeleted());
    // The write is merged, so an undelete shows the newest data.
    record.apply(undelete(at(4000, kPhone)));
    EXPECT_FALSE(record.isDeleted());
    EXPECT_EQ(*record.value("phone"), "555-0199");
}

TEST(LwwRecord, undeleteOnlyWinsOverOlderDeletes)
{
    LwwRecord record;
    record.apply(undelete(at(1000, kPhone)));
    record.apply(erase(at(2000, kLaptop)));
    EXPECT_TRUE(record.isDeleted());
    record.apply(erase(at(5000, kLaptop)));
    record.apply(undelete(at(4000, kPhone)));
    EXPECT_TRUE(record.isDeleted());
    record.apply(undelete(at(6000, kPhone)));
    EXPECT_FALSE(record.isDeleted());
}

TEST(LwwRecord, mergeJoinsTwoReplicas)
{
    LwwRecord phone;
    phone.apply(write(at(1000, kPhone), {{"phone", "1"}, {"email", "old@example.com"}}));
    LwwRecord laptop;
    laptop.apply(write(at(2000, kLaptop), {{"email", "new@example.com"}}));
    laptop.apply(erase(at(2500, kLaptop)));
    phone.merge(laptop);
    EXPECT_EQ(*phone.value("phone"), "1");
    EXPECT_EQ(*phone.value("email"), "new@example.com");
    EXPECT_TRUE(phone.isDeleted());
    EXPECT_EQ(phone.newestStamp(), at(2500, kLaptop));
}

} // namespace
} // namespace fitflow::sync
