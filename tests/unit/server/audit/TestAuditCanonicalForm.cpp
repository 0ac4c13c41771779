#include "server/service/audit/AuditCanonicalForm.h"

#include <gtest/gtest.h>

namespace fitflow::audit {

namespace {

AuditRecord recordWrittenByPostgres()
{
    // An event appended by audit_append() (migration 0003) on PostgreSQL 15, copied verbatim.
    AuditRecord record;
    record.sequence = 1;
    record.id = "1f00c2c1-c3ad-4686-9512-7c300db51165";
    record.occurredAtMicros = 1'795'634'310'901'963;
    record.event.action = "demo.seeded";
    record.event.objectType = "organization";
    record.event.objectId = "0155388d-8b7f-4710-ae43-3c2aaeb6e042";
    return record;
}

} // namespace

TEST(AuditCanonicalForm, MatchesTheBytesPostgresHashes)
{
    const AuditRecord record = recordWrittenByPostgres();
    EXPECT_EQ(canonicalFormV1(record),
              "fitflow-audit-v1;1:1;36:1f00c2c1-c3ad-4686-9512-7c300db51165;-;"
              "16:1795634310901963;-;-;11:demo.seeded;12:organization;"
              "36:0155388d-8b7f-4710-ae43-3c2aaeb6e042;");
    EXPECT_EQ(toHex(chainHash(kGenesisHash, canonicalFormV1(record))),
              "76f599b61138766ab8a5f3ccecce4d906869935e65ffa2ee5a9f8fd8d31d6d6d");
}

TEST(AuditCanonicalForm, AbsentDiffersFromEmpty)
{
    AuditRecord absent = recordWrittenByPostgres();
    AuditRecord empty = absent;
    empty.event.orgId = std::string();
    EXPECT_NE(canonicalFormV1(absent), canonicalFormV1(empty));
}

TEST(AuditCanonicalForm, AFieldHoldingSeparatorsCannotPassForOtherFields)
{
    // Naively joined with ';' these two would read the same: "a;b;c".
    AuditRecord first = recordWrittenByPostgres();
    first.event.action = "a;b";
    first.event.objectType = "c";
    AuditRecord second = recordWrittenByPostgres();
    second.event.action = "a";
    second.event.objectType = "b;c";
    EXPECT_NE(canonicalFormV1(first), canonicalFormV1(second));

    // A value that spells out a length prefix does not move the field boundary either.
    AuditRecord forged = recordWrittenByPostgres();
    forged.event.action = "demo.seeded;12:organization";
    forged.event.objectType = "x";
    EXPECT_NE(canonicalFormV1(forged), canonicalFormV1(recordWrittenByPostgres()));
}

TEST(AuditCanonicalForm, LengthsCountUtf8Bytes)
{
    AuditRecord record = recordWrittenByPostgres();
    record.event.action = "\xc3\xa9"; // é, two bytes
    EXPECT_NE(canonicalFormV1(record).find(";2:\xc3\xa9;"), std::string::npos);
}

TEST(AuditCanonicalForm, EveryFieldChangesTheHash)
{
    const AuditRecord base = recordWrittenByPostgres();
    const AuditHash baseHash = chainHash(kGenesisHash, canonicalFormV1(base));
    std::vector<AuditRecord> variants(8, base);
    variants[0].sequence = 2;
    variants[1].id = "1f00c2c1-c3ad-4686-9512-7c300db51166";
    variants[2].event.orgId = "0155388d-8b7f-4710-ae43-3c2aaeb6e042";
    variants[3].occurredAtMicros += 1;
    variants[4].event.actorUserId = "0155388d-8b7f-4710-ae43-3c2aaeb6e042";
    variants[5].event.deviceId = "0155388d-8b7f-4710-ae43-3c2aaeb6e042";
    variants[6].event.objectType = "client";
    variants[7].event.objectId.reset();
    for (std::size_t i = 0; i < variants.size(); ++i) {
        EXPECT_NE(chainHash(kGenesisHash, canonicalFormV1(variants[i])), baseHash) << i;
    }
    AuditHash otherPrev = kGenesisHash;
    otherPrev[0] = 1;
    EXPECT_NE(chainHash(otherPrev, canonicalFormV1(base)), baseHash);
}

} // namespace fitflow::audit
