#pragma once
// The demo data as plain rows, built by DemoDatasetBuilder and written by a DemoDataStore.
// Ids are canonical UUID text; money is integer cents; instants are UTC seconds.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fitflow::service {

struct DemoOrganization {
    std::string id;
    std::string name;
    std::string kind;     // "studio" | "practice"
    std::string province; // two-letter code
};

struct DemoLocation {
    std::string orgId;
    std::string id;
    std::string name;
    std::string province;
    std::string timeZone; // IANA name
};

struct DemoUser {
    std::string id;
    std::string email;
    std::string displayName;
    std::string passwordHash;
};

struct DemoMembership {
    std::string orgId;
    std::string id;
    std::string userId;
    std::string role;
    std::vector<std::string> locationIds; // empty: the whole organization
};

struct DemoClient {
    std::string orgId;
    std::string id;
    std::string givenName;
    std::string familyName;
    std::string email;
    std::optional<std::string> userId; // set when the client has a portal login
    std::vector<std::string> trainerUserIds;
};

struct DemoSession {
    std::string orgId;
    std::string id;
    std::string trainerUserId;
    std::string clientId;
    std::string locationId;
    std::chrono::sys_seconds startsAt;
    std::chrono::sys_seconds endsAt;
    std::string status; // scheduled | completed | cancelled | no_show
};

struct DemoInvoiceLine {
    std::string description;
    std::int64_t quantity = 0;
    std::int64_t unitPriceCents = 0;
    std::int64_t amountCents = 0;
};

struct DemoInvoice {
    std::string orgId;
    std::string id;
    std::optional<std::string> number; // drafts have no number yet
    std::string clientId;
    std::string status; // draft | issued | paid
    std::string currency;
    std::int64_t subtotalCents = 0;
    std::int64_t taxCents = 0;
    std::int64_t totalCents = 0;
    std::optional<std::chrono::sys_days> taxPointDate; // set once issued
    std::vector<DemoInvoiceLine> lines;
};

// A trainer's weekly hours at one location: canonical JSON lists (AvailabilityWire), wall-clock
// times of the location's zone. The id is the pair's derived id (AvailabilityRecordIds.h).
struct DemoAvailability {
    std::string orgId;
    std::string id;
    std::string trainerUserId;
    std::string locationId;
    std::string weeklyRulesJson;
    std::string exceptionsJson;
};

struct DemoDataset {
    std::vector<DemoOrganization> organizations;
    std::vector<DemoLocation> locations;
    std::vector<DemoUser> users;
    std::vector<DemoMembership> memberships;
    std::vector<DemoClient> clients;
    std::vector<DemoSession> sessions;
    std::vector<DemoInvoice> invoices;
    std::vector<DemoAvailability> availability;
};

} // namespace fitflow::service
