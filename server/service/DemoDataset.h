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
    std::string kind;         // "studio" | "practice"
    std::string province;     // two-letter code
    std::string gstHstNumber; // e.g. "123456782RT0001"; empty when not registered
    std::string qstNumber;    // e.g. "1224002901TQ0001"; empty when not registered
};

struct DemoLocation {
    std::string orgId;
    std::string id;
    std::string name;
    std::string province;
    std::string timeZone; // IANA name
    // A made-up street address in AddressRules' canonical form (printed on invoices).
    std::string street; // one or two lines joined by "\n"
    std::string city;
    std::string postalCode; // "H2T 1R2"
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

// A payment received in full for an issued invoice, by e-transfer.
struct DemoPayment {
    std::string id;
    std::int64_t amountCents = 0;
    std::chrono::sys_days receivedOn;
};

// Made like a device's invoice: `draftJson` is what the server stores of an invoice.draft (tax
// point, supplier registrations, place of supply, lines) and `totalsJson` the shared engine's
// totals of it, so the desktop can reprint, credit and report it like any other.
struct DemoInvoice {
    std::string orgId;
    std::string id;
    std::optional<std::string> number; // drafts have no number yet
    std::string clientId;
    std::string locationId;
    std::string trainerUserId;
    std::string status; // draft | issued
    std::string currency;
    std::string draftJson;
    std::string totalsJson;
    std::optional<DemoPayment> payment; // settled in full
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
