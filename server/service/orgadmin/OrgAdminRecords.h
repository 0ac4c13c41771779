#pragma once
// The rows organization administration reads and writes, as the service and its store port see
// them. Ids are canonical uuid text; an empty locationIds means the whole organization.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace fitflow::service {

// A location's street address (migration 0023), canonical as shared/domain/AddressRules.h
// makes it; each part nullopt when unknown. The province is the location's own.
struct LocationAddress {
    std::optional<std::string> street; // one or two lines joined by "\n"
    std::optional<std::string> city;
    std::optional<std::string> postalCode; // "H2T 1S6"
};

struct LocationRecord {
    std::string id;
    std::string name;
    std::string province; // two-letter Canadian code, e.g. "ON"
    std::string timeZone; // IANA name, e.g. "America/Toronto"
    LocationAddress address;
};

// PATCH of a location: only the fields present change. An address part present but nullopt
// inside is cleared.
struct LocationPatch {
    std::optional<std::string> name;
    std::optional<std::string> province;
    std::optional<std::string> timeZone;
    std::optional<std::optional<std::string>> street;
    std::optional<std::optional<std::string>> city;
    std::optional<std::optional<std::string>> postalCode;
};

// The organization's tax registration numbers (migration 0014); nullopt: not registered.
struct TaxRegistrations {
    std::optional<std::string> gstHstNumber; // 9 digits, "RT", 4 digits
    std::optional<std::string> qstNumber;    // 10 digits, "TQ", 4 digits
};

// PATCH of the registrations: an absent field is unchanged; a present one is set (its value) or
// cleared (nullopt inside).
struct TaxRegistrationsPatch {
    std::optional<std::optional<std::string>> gstHstNumber;
    std::optional<std::optional<std::string>> qstNumber;
};

struct MemberRecord {
    std::string id; // the membership's id
    std::string userId;
    std::string email;
    std::string displayName;
    std::string role; // wire name, e.g. "trainer"
    std::vector<std::string> locationIds;
    std::optional<std::string> teamLeadUserId;
};

// PATCH of a membership. teamLeadUserId: absent = unchanged, present but empty = clear.
struct MemberPatch {
    std::optional<std::string> role;
    std::optional<std::vector<std::string>> locationIds;
    std::optional<std::optional<std::string>> teamLeadUserId;
};

struct InvitationRecord {
    std::string id;
    std::string email;
    std::string role;
    std::vector<std::string> locationIds;
    std::chrono::sys_seconds createdAt{};
    std::chrono::sys_seconds expiresAt{};
};

// What the store keeps of a new invitation: the token itself never reaches it, only its hash.
struct NewInvitation {
    InvitationRecord record;
    std::string tokenHash; // lower-case hex SHA-256 of the token
};

// What accepting an invitation produced.
struct AcceptedInvitation {
    std::string orgId;
    std::string membershipId;
    std::string invitationId;
    std::string userId;
    std::string role;
};

// A user created by accepting an invitation (the store inserts it in the accept transaction).
struct NewUser {
    std::string id;
    std::string email;
    std::string displayName;
    std::string passwordHash;
};

} // namespace fitflow::service
