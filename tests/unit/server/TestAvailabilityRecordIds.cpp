// The server's availability record id (demo seed) against the documented recipe, computed
// independently with Python's hashlib: UUIDv8 of
// SHA-256("fitflow.availability:org:trainer:location").
#include "server/service/AvailabilityRecordIds.h"

#include <gtest/gtest.h>

using fitflow::service::availabilityRecordId;

TEST(AvailabilityRecordIds, FollowTheDocumentedRecipe)
{
    EXPECT_EQ(availabilityRecordId("018f0000-0000-7000-8000-000000000001",
                                   "018f0000-0000-7000-8000-000000000002",
                                   "018f0000-0000-7000-8000-000000000003"),
              "c5a2dbcb-a27a-847e-a085-a70dd8d0a374");
}

TEST(AvailabilityRecordIds, DifferForAnotherLocation)
{
    EXPECT_NE(availabilityRecordId("018f0000-0000-7000-8000-000000000001",
                                   "018f0000-0000-7000-8000-000000000002",
                                   "018f0000-0000-7000-8000-000000000003"),
              availabilityRecordId("018f0000-0000-7000-8000-000000000001",
                                   "018f0000-0000-7000-8000-000000000002",
                                   "018f0000-0000-7000-8000-000000000004"));
}
