#include "server/service/DemoDatasetBuilder.h"

#include "server/service/AvailabilityRecordIds.h"
#include "server/service/DeterministicRandom.h"
#include "shared/invoice/InvoiceTotalsCalculator.h"
#include "shared/invoice/InvoiceTotalsJson.h"
#include "shared/scheduling/AvailabilityWire.h"
#include "shared/tax/TaxComputation.h"
#include "shared/tax/TaxEngine.h"
#include "shared/tax/TaxTable.h"

#include <date/date.h>
#include <date/tz.h>

#include <array>
#include <map>

#include <nlohmann/json.hpp>

namespace fitflow::service {

namespace {

using std::chrono::sys_seconds;

constexpr std::uint64_t kSeed = 0xF17F10D3;

// Indexes into DemoDataset::users (logins() order) and ::locations.
enum UserIndex : std::size_t { kOwner, kManager, kAlex, kSam, kClientUser };
enum LocationIndex : std::size_t { kToronto, kMontreal, kVancouver };

constexpr std::size_t kPortalClient = 14; // Casey Morgan, the client with a login

struct ClientName {
    const char* given;
    const char* family;
};

// Twenty clients: 8 at Toronto, 6 at Montréal, 6 in Alex's Vancouver practice.
constexpr std::array<ClientName, 20> kClientNames{{
    {"Priya", "Sharma"},  {"Liam", "O'Connor"},  {"Mei", "Wong"},       {"Noah", "Campbell"},
    {"Aisha", "Mohamed"}, {"Ethan", "Kowalski"}, {"Sofia", "Rossi"},    {"Jordan", "Blake"},
    {"Camille", "Roy"},   {"Félix", "Gagnon"},   {"Léa", "Bouchard"},   {"Mathis", "Côté"},
    {"Chloé", "Lavoie"},  {"Olivier", "Morin"},  {"Casey", "Morgan"},   {"Harper", "Singh"},
    {"Kai", "Nakamura"},  {"Maya", "Thompson"},  {"Owen", "MacDonald"}, {"Zoe", "Fraser"},
}};

struct InvoicePlan {
    std::size_t client;
    const char* status; // draft | issued
    bool paid;          // an issued invoice settled in full three days after its tax point
    int daysAgo;        // tax point, for issued invoices
};

constexpr std::array<InvoicePlan, 6> kInvoicePlans{{{0, "issued", true, 21},
                                                    {1, "issued", false, 7},
                                                    {2, "draft", false, 0},
                                                    {8, "issued", true, 14},
                                                    {kPortalClient, "issued", false, 3},
                                                    {15, "draft", false, 0}}};

// Registration numbers with valid check digits (shared/tax/RegistrationNumberCheck.h): the
// studio is registered for GST/HST and QST (it has a Montréal location), Alex's practice in BC
// for GST/HST only.
constexpr const char* kStudioGstHst = "123456782RT0001";
constexpr const char* kStudioQst = "1224002901TQ0001";
constexpr const char* kPracticeGstHst = "847291036RT0001";

std::string isoDate(std::chrono::sys_days day)
{
    return date::format("%F", day);
}

// "camille.roy" from {"Camille", "Roy"}; accented letters become 'e' (good enough for é, è, ô).
std::string emailLocalPart(const ClientName& name)
{
    std::string slug;
    for (const char* part : {name.given, name.family}) {
        if (!slug.empty()) {
            slug.push_back('.');
        }
        for (const char* c = part; *c != '\0'; ++c) {
            const auto byte = static_cast<unsigned char>(*c);
            if (byte >= 'A' && byte <= 'Z') {
                slug.push_back(static_cast<char>(byte - 'A' + 'a'));
            } else if (byte >= 'a' && byte <= 'z') {
                slug.push_back(static_cast<char>(byte));
            } else if (byte >= 0xC0) {
                slug.push_back('e');
            }
        }
    }
    return slug;
}

bool trainerIsBusy(const std::vector<DemoSession>& sessions, const std::string& trainerId,
                   sys_seconds start, sys_seconds end)
{
    for (const auto& s : sessions) {
        if (s.trainerUserId == trainerId && s.startsAt < end && start < s.endsAt) {
            return true;
        }
    }
    return false;
}

std::string pastStatus(DeterministicRandom& random)
{
    const auto roll = random.below(100);
    if (roll < 82) {
        return "completed";
    }
    return roll < 92 ? "cancelled" : "no_show";
}

Result<const date::time_zone*> zoneNamed(const std::string& name)
{
    try {
        return date::locate_zone(name);
    } catch (const std::exception&) {
        return makeError("invalid_time_zone", "time zone " + name + " is not installed");
    }
}

// The wall-clock hours around a session on its local day: from the hour before it starts to
// the hour after it ends, on whole hours within the day.
scheduling::WeeklyRule hoursAround(const DemoSession& session, const date::time_zone& zone)
{
    using std::chrono::hours;
    using std::chrono::minutes;
    const auto localStart = zone.to_local(session.startsAt);
    const auto localDay = date::floor<date::days>(localStart);
    const auto fromMidnight = [&](date::local_seconds instant) {
        return std::chrono::duration_cast<minutes>(instant - localDay);
    };
    const minutes start = std::max<minutes>(
        minutes{0}, std::chrono::floor<hours>(fromMidnight(localStart)) - hours{1});
    const minutes end = std::min<minutes>(
        hours{24},
        std::chrono::ceil<hours>(fromMidnight(zone.to_local(session.endsAt))) + hours{1});
    return scheduling::WeeklyRule{date::weekday{localDay}, scheduling::LocalSpan{start, end}};
}

std::string invoiceNumber(const std::string& prefix, int year, int sequence)
{
    std::string digits = std::to_string(sequence);
    digits.insert(0, 4 - std::min<std::size_t>(4, digits.size()), '0');
    return prefix + "-" + std::to_string(year) + "-" + digits;
}

} // namespace

DemoDatasetBuilder::DemoDatasetBuilder(IdSource newId, std::chrono::sys_days today)
    : m_newId(std::move(newId))
    , m_today(today)
{
}

const std::vector<DemoLogin>& DemoDatasetBuilder::logins()
{
    static const std::vector<DemoLogin> kLogins{
        {"owner@demo.fitflow.test", "owner of Northside Strength"},
        {"manager@demo.fitflow.test", "manager of Northside Strength Montréal"},
        {"alex@demo.fitflow.test",
         "trainer at Northside Toronto and Montréal, owner of Alex Rivera Coaching (Vancouver)"},
        {"sam@demo.fitflow.test", "trainer at Northside Toronto"},
        {"client@demo.fitflow.test", "client of Alex (portal)"},
    };
    return kLogins;
}

Result<DemoDataset> DemoDatasetBuilder::build(const PasswordHashSource& hashPassword) const
{
    DemoDataset data;
    if (const Status people = addPeopleAndPlaces(data, hashPassword); !people) {
        return people.error();
    }
    const std::vector<Placement> placements = addClients(data);
    if (const Status sessions = addSessions(data, placements); !sessions) {
        return sessions.error();
    }
    if (const Status invoices = addInvoices(data, placements); !invoices) {
        return invoices.error();
    }
    if (const Status availability = addAvailability(data); !availability) {
        return availability.error();
    }
    return data;
}

Status DemoDatasetBuilder::addPeopleAndPlaces(DemoDataset& data,
                                              const PasswordHashSource& hashPassword) const
{
    const std::array<const char*, 5> displayNames{"Nora Patel", "Marc Tremblay", "Alex Rivera",
                                                  "Sam Chen", "Casey Morgan"};
    for (std::size_t i = 0; i < logins().size(); ++i) {
        auto hash = hashPassword();
        if (!hash) {
            return hash.error();
        }
        data.users.push_back({m_newId(), logins()[i].email, displayNames[i], std::move(*hash)});
    }

    const DemoOrganization northside{m_newId(), "Northside Strength", "studio",
                                     "ON",      kStudioGstHst,        kStudioQst};
    const DemoOrganization practice{m_newId(), "Alex Rivera Coaching", "practice",
                                    "BC",      kPracticeGstHst,        ""};
    data.organizations = {northside, practice};
    data.locations = {
        {northside.id, m_newId(), "Toronto", "ON", "America/Toronto", "212 Ossington Ave",
         "Toronto", "M6J 2Z7"},
        {northside.id, m_newId(), "Montréal", "QC", "America/Toronto", "4521 boul. Saint-Laurent",
         "Montréal", "H2T 1R2"},
        {practice.id, m_newId(), "Vancouver", "BC", "America/Vancouver", "1650 W 2nd Ave\nUnit 3",
         "Vancouver", "V6J 1H4"},
    };
    const auto user = [&](UserIndex index) { return data.users[index].id; };
    const auto location = [&](LocationIndex index) { return data.locations[index].id; };
    data.memberships = {
        {northside.id, m_newId(), user(kOwner), "owner", {}},
        {northside.id, m_newId(), user(kManager), "manager", {location(kMontreal)}},
        {northside.id,
         m_newId(),
         user(kAlex),
         "trainer",
         {location(kToronto), location(kMontreal)}},
        {northside.id, m_newId(), user(kSam), "trainer", {location(kToronto)}},
        {practice.id, m_newId(), user(kAlex), "owner", {}},
        {practice.id, m_newId(), user(kAlex), "trainer", {location(kVancouver)}},
        {practice.id, m_newId(), user(kClientUser), "client", {}},
    };
    return {};
}

std::vector<DemoDatasetBuilder::Placement> DemoDatasetBuilder::addClients(DemoDataset& data) const
{
    std::vector<Placement> placements;
    for (std::size_t i = 0; i < kClientNames.size(); ++i) {
        if (i < 8) {
            placements.push_back({kToronto, i % 2 == 0 ? kAlex : kSam});
        } else if (i < 14) {
            placements.push_back({kMontreal, kAlex});
        } else {
            placements.push_back({kVancouver, kAlex});
        }
        const auto& name = kClientNames[i];
        DemoClient client{data.locations[placements.back().location].orgId,
                          m_newId(),
                          name.given,
                          name.family,
                          emailLocalPart(name) + "@example.com",
                          std::nullopt,
                          {data.users[placements.back().trainer].id}};
        if (i == kPortalClient) {
            client.userId = data.users[kClientUser].id;
            client.email = data.users[kClientUser].email;
        }
        data.clients.push_back(std::move(client));
    }
    return placements;
}

// Each client has a usual weekly slot in the local time of their location; some weeks are
// skipped, and a slot that would double-book the trainer (across organizations) is dropped.
Status DemoDatasetBuilder::addSessions(DemoDataset& data,
                                       const std::vector<Placement>& placements) const
{
    DeterministicRandom random(kSeed);
    const std::chrono::sys_days monday = m_today - (date::weekday{m_today} - date::Monday);
    const sys_seconds now{m_today};
    for (std::size_t i = 0; i < data.clients.size(); ++i) {
        const DemoClient& client = data.clients[i];
        const DemoLocation& location = data.locations[placements[i].location];
        const std::string& trainer = data.users[placements[i].trainer].id;
        const auto zone = zoneNamed(location.timeZone);
        if (!zone) {
            return zone.error();
        }
        const auto dayOfWeek = static_cast<int>(random.below(6));   // Monday..Saturday
        const auto hour = std::chrono::hours{6 + random.below(14)}; // 06:00..19:00
        const auto minutes = std::chrono::minutes{random.chance(50) ? 0 : 30};
        const auto length = std::chrono::minutes{random.chance(75) ? 60 : 45};
        for (int week = -kWeeksEachSide; week < kWeeksEachSide; ++week) {
            if (random.chance(15)) {
                continue;
            }
            const std::chrono::sys_days day = monday + date::days{7 * week + dayOfWeek};
            const date::local_seconds wallClock{std::chrono::duration_cast<std::chrono::seconds>(
                day.time_since_epoch() + hour + minutes)};
            const sys_seconds start = std::chrono::floor<std::chrono::seconds>(
                (*zone)->to_sys(wallClock, date::choose::earliest));
            const sys_seconds end = start + length;
            if (trainerIsBusy(data.sessions, trainer, start, end)) {
                continue;
            }
            data.sessions.push_back({client.orgId, m_newId(), trainer, client.id, location.id,
                                     start, end, end <= now ? pastStatus(random) : "scheduled"});
        }
    }
    return {};
}

// One invoice per planned client, for its completed sessions, in each lifecycle state.
Status DemoDatasetBuilder::addInvoices(DemoDataset& data,
                                       const std::vector<Placement>& placements) const
{
    const auto taxTable = tax::TaxTable::bundledCanada();
    if (!taxTable) {
        return taxTable.error();
    }
    std::map<std::string, int> lastNumber; // per organization
    const int year = static_cast<int>(date::year_month_day{m_today}.year());
    for (const auto& plan : kInvoicePlans) {
        const DemoClient& client = data.clients[plan.client];
        const DemoLocation& location = data.locations[placements[plan.client].location];
        std::int64_t completed = 0;
        for (const auto& s : data.sessions) {
            completed += (s.clientId == client.id && s.status == "completed") ? 1 : 0;
        }
        const bool isStudio = location.orgId == data.organizations.front().id;
        const DemoOrganization& supplier = data.organizations[isStudio ? 0 : 1];
        DemoInvoice invoice;
        invoice.orgId = client.orgId;
        invoice.id = m_newId();
        invoice.clientId = client.id;
        invoice.locationId = location.id;
        invoice.trainerUserId = data.users[placements[plan.client].trainer].id;
        invoice.status = plan.status;
        invoice.currency = "CAD";
        invoice.lines.push_back({"Personal training session (60 min)",
                                 std::max<std::int64_t>(completed, 1), isStudio ? 9'500 : 11'000,
                                 0});
        if (plan.client % 2 == 0) {
            invoice.lines.push_back({"Program design", 1, 7'500, 0});
        }
        nlohmann::json lines = nlohmann::json::array();
        for (auto& line : invoice.lines) {
            line.amountCents = line.quantity * line.unitPriceCents;
            lines.push_back({{"description", line.description},
                             {"quantity", line.quantity},
                             {"unit_price_cents", line.unitPriceCents},
                             {"discount_cents", 0},
                             {"category", "service"},
                             {"tax_included", false}});
        }
        // A draft is taxed as if issued today; it gets its tax point when issued.
        const std::chrono::sys_days taxPoint = m_today - date::days{plan.daysAgo};
        // What the server stores of an invoice.draft (its client and location are columns).
        const nlohmann::json draft{
            {"tax_point_date", isoDate(taxPoint)},
            {"supplier",
             {{"gst_hst_registered", !supplier.gstHstNumber.empty()},
              {"qst_registered", !supplier.qstNumber.empty()},
              {"pst_registered", nlohmann::json::array()}}},
            {"place", {{"kind", "in_person"}, {"province", location.province}}},
            {"lines", lines}};
        // The same engine as a device's invoice.draft, so the amounts are the ones it would get.
        const auto decoded = invoice::invoiceDraftFromJson(draft);
        if (!decoded) {
            return decoded.error();
        }
        const auto totals = invoice::computeInvoiceTotals(*decoded, *taxTable);
        if (!totals) {
            return totals.error();
        }
        invoice.draftJson = draft.dump();
        invoice.totalsJson = invoice::invoiceTotalsToJson(*totals).dump();
        invoice.subtotalCents = totals->subtotal.cents();
        invoice.taxCents = totals->taxTotal.cents();
        invoice.totalCents = totals->total.cents();
        if (invoice.status != "draft") {
            invoice.number =
                invoiceNumber(isStudio ? "NS" : "ARC", year, ++lastNumber[invoice.orgId]);
            invoice.taxPointDate = taxPoint;
        }
        if (plan.paid) {
            invoice.payment = DemoPayment{m_newId(), invoice.totalCents, taxPoint + date::days{3}};
        }
        data.invoices.push_back(std::move(invoice));
    }
    return {};
}

// Alex's weekly hours at each of his locations: one span per weekday he trains there, from the
// hour before his earliest session of that weekday to the hour after his latest, so every demo
// session lies inside and each studio has its own days and hours.
Status DemoDatasetBuilder::addAvailability(DemoDataset& data) const
{
    const std::string& alex = data.users[kAlex].id;
    for (const DemoLocation& location : data.locations) {
        const auto zone = zoneNamed(location.timeZone);
        if (!zone) {
            return zone.error();
        }
        std::map<unsigned, scheduling::WeeklyRule> byWeekday; // ISO weekday -> its one span
        for (const DemoSession& session : data.sessions) {
            if (session.trainerUserId != alex || session.locationId != location.id) {
                continue;
            }
            const scheduling::WeeklyRule around = hoursAround(session, **zone);
            const auto [found, inserted] =
                byWeekday.try_emplace(around.weekday.iso_encoding(), around);
            if (!inserted) {
                found->second.span.start = std::min(found->second.span.start, around.span.start);
                found->second.span.end = std::max(found->second.span.end, around.span.end);
            }
        }
        if (byWeekday.empty()) {
            continue;
        }
        std::vector<scheduling::WeeklyRule> rules;
        for (const auto& [weekday, rule] : byWeekday) {
            rules.push_back(rule);
        }
        data.availability.push_back(
            {location.orgId, availabilityRecordId(location.orgId, alex, location.id), alex,
             location.id, scheduling::weeklyRulesToJson(rules).dump(), "[]"});
    }
    return {};
}

} // namespace fitflow::service
