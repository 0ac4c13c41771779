// The availability record id: the hashed name and the UUIDv8 bits, against a vector computed
// independently (Python hashlib) from the documented recipe.
#include "shared/codec/TextFormats.h"
#include "shared/scheduling/AvailabilityRecordId.h"

#include <gtest/gtest.h>

using fitflow::scheduling::availabilityIdName;
using fitflow::scheduling::Sha256Digest;
using fitflow::scheduling::uuidV8FromDigest;

namespace {

constexpr const char* kOrg = "018f0000-0000-7000-8000-000000000001";
constexpr const char* kTrainer = "018f0000-0000-7000-8000-000000000002";
constexpr const char* kLocation = "018f0000-0000-7000-8000-000000000003";

Sha256Digest digestFromHex(std::string_view hex)
{
    Sha256Digest digest{};
    for (std::size_t i = 0; i < digest.size(); ++i) {
        digest[i] =
            static_cast<std::uint8_t>(std::stoi(std::string(hex.substr(2 * i, 2)), nullptr, 16));
    }
    return digest;
}

} // namespace

TEST(AvailabilityRecordId, NamesOrganizationTrainerAndLocationInThatOrder)
{
    EXPECT_EQ(availabilityIdName(kOrg, kTrainer, kLocation),
              std::string("fitflow.availability:") + kOrg + ":" + kTrainer + ":" + kLocation);
    EXPECT_NE(availabilityIdName(kOrg, kTrainer, kLocation),
              availabilityIdName(kOrg, kLocation, kTrainer));
}

TEST(AvailabilityRecordId, IsTheDigestsFirstSixteenBytesAsVersion8Variant10)
{
    // SHA-256 of availabilityIdName(kOrg, kTrainer, kLocation).
    const Sha256Digest digest =
        digestFromHex("c5a2dbcba27a347ee085a70dd8d0a374bb155c4e4bbfc4db7de17296aaa601f8");
    const std::string id = uuidV8FromDigest(digest);
    EXPECT_EQ(id, "c5a2dbcb-a27a-847e-a085-a70dd8d0a374");
    EXPECT_TRUE(fitflow::isCanonicalUuid(id));
}

TEST(AvailabilityRecordId, SetsTheVersionAndVariantWhateverTheDigest)
{
    Sha256Digest ones{};
    ones.fill(0xFF);
    EXPECT_EQ(uuidV8FromDigest(ones), "ffffffff-ffff-8fff-bfff-ffffffffffff");
    EXPECT_EQ(uuidV8FromDigest(Sha256Digest{}), "00000000-0000-8000-8000-000000000000");
}
