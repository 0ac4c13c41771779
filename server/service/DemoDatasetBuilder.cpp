#include "server/service/DemoDatasetBuilder.h"

#include "server/service/DeterministicRandom.h"

#include <date/date.h>
#include <date/tz.h>

#include <array>
#include <map>

namespace fitflow::service {

namespace {

using std::chrono::sys_seconds;

constexpr std::uint64_t kSeed = 0xF17F10D3;

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

// Tax of `subtotalCents` at `ratePpm` parts per million, rounded half up (RQ: >= 0.5 cent).
std::int64_t taxAt(std::int64_t subtotalCents, std::int64_t ratePpm)
{
    return (subtotalCents * ratePpm + 500'000) / 1'000'000;
}

// GST/HST (+ QST) for a personal-training service supplied in `province` (ecosystem-facts §1).
std::int64_t salesTaxCents(std::int64_t subtotalCents, const std::string& province)
{
    if (province == "ON") {
        return taxAt(subtotalCents, 130'000); // HST 13 %
    }
    if (province == "QC") {
        return taxAt(subtotalCents, 50'000) + taxAt(subtotalCents, 99'750); // GST + QST 9.975 %
    }
    return taxAt(subtotalCents, 50'000); // BC: GST only, personal services are PST-exempt
}

std::string slugOf(const ClientName& name)
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
                slug.push_back('e'); // good enough for the accented letters above (é, è, ô)
            }
        }
    }
    return slug;
}

bool overlaps(const std::vector<DemoSession>& sessions, const std::string& trainerId,
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
    DeterministicRandom random(kSeed);

    // Logins, in logins() order.
    const std::array<const char*, 5> displayNames{"Nora Patel", "Marc Tremblay", "Alex Rivera",
                                                  "Sam Chen", "Casey Morgan"};
    for (std::size_t i = 0; i < logins().size(); ++i) {
        auto hash = hashPassword();
        if (!hash) {
            return hash.error();
        }
        data.users.push_back({m_newId(), logins()[i].email, displayNames[i], std::move(*hash)});
    }
    const std::string& owner = data.users[0].id;
    const std::string& manager = data.users[1].id;
    const std::string& alex = data.users[2].id;
    const std::string& sam = data.users[3].id;
    const std::string& clientUser = data.users[4].id;

    const DemoOrganization northside{m_newId(), "Northside Strength", "studio", "ON"};
    const DemoOrganization practice{m_newId(), "Alex Rivera Coaching", "practice", "BC"};
    data.organizations = {northside, practice};
    const DemoLocation toronto{northside.id, m_newId(), "Toronto", "ON", "America/Toronto"};
    const DemoLocation montreal{northside.id, m_newId(), "Montréal", "QC", "America/Toronto"};
    const DemoLocation vancouver{practice.id, m_newId(), "Vancouver", "BC", "America/Vancouver"};
    data.locations = {toronto, montreal, vancouver};

    data.memberships = {
        {northside.id, m_newId(), owner, "owner", {}},
        {northside.id, m_newId(), manager, "manager", {montreal.id}},
        {northside.id, m_newId(), alex, "trainer", {toronto.id, montreal.id}},
        {northside.id, m_newId(), sam, "trainer", {toronto.id}},
        {practice.id, m_newId(), alex, "owner", {}},
        {practice.id, m_newId(), alex, "trainer", {vancouver.id}},
        {practice.id, m_newId(), clientUser, "client", {}},
    };

    // Clients: where they train and with whom.
    struct Placement {
        const DemoLocation* location;
        std::string trainer;
    };
    std::vector<Placement> placements;
    for (std::size_t i = 0; i < kClientNames.size(); ++i) {
        if (i < 8) {
            placements.push_back({&toronto, i % 2 == 0 ? alex : sam});
        } else if (i < 14) {
            placements.push_back({&montreal, alex});
        } else {
            placements.push_back({&vancouver, alex});
        }
        const auto& name = kClientNames[i];
        DemoClient client{placements.back().location->orgId,
                          m_newId(),
                          name.given,
                          name.family,
                          slugOf(name) + "@example.com",
                          std::nullopt,
                          {placements.back().trainer}};
        if (i == 14) { // Casey Morgan is the client with a portal login
            client.userId = clientUser;
            client.email = "client@demo.fitflow.test";
        }
        data.clients.push_back(std::move(client));
    }

    // Sessions: each client has a usual weekly slot; some weeks are skipped.
    const date::weekday todayWeekday{m_today};
    const std::chrono::sys_days monday = m_today - (todayWeekday - date::Monday);
    const sys_seconds now{m_today};
    for (std::size_t i = 0; i < data.clients.size(); ++i) {
        const DemoClient& client = data.clients[i];
        const Placement& placement = placements[i];
        const date::time_zone* zone = nullptr;
        try {
            zone = date::locate_zone(placement.location->timeZone);
        } catch (const std::exception&) {
            return makeError("invalid_time_zone",
                             "time zone " + placement.location->timeZone + " is not installed");
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
                zone->to_sys(wallClock, date::choose::earliest));
            const sys_seconds end = start + length;
            if (overlaps(data.sessions, placement.trainer, start, end)) {
                continue;
            }
            data.sessions.push_back({client.orgId, m_newId(), placement.trainer, client.id,
                                     placement.location->id, start, end,
                                     end <= now ? pastStatus(random) : "scheduled"});
        }
    }

    // Invoices: one per chosen client for its completed sessions, in each lifecycle state.
    struct InvoicePlan {
        std::size_t clientIndex;
        const char* status;
        int daysAgo;
    };
    constexpr std::array<InvoicePlan, 6> kPlans{{{0, "paid", 21},
                                                 {1, "issued", 7},
                                                 {2, "draft", 0},
                                                 {8, "paid", 14},
                                                 {14, "issued", 3},
                                                 {15, "draft", 0}}};
    std::map<std::string, int> nextNumber;
    const int year = static_cast<int>(date::year_month_day{m_today}.year());
    for (const auto& plan : kPlans) {
        const DemoClient& client = data.clients[plan.clientIndex];
        const DemoLocation& location = *placements[plan.clientIndex].location;
        std::int64_t completed = 0;
        for (const auto& s : data.sessions) {
            completed += (s.clientId == client.id && s.status == "completed") ? 1 : 0;
        }
        const bool isNorthside = client.orgId == northside.id;
        DemoInvoice invoice;
        invoice.orgId = client.orgId;
        invoice.id = m_newId();
        invoice.clientId = client.id;
        invoice.status = plan.status;
        invoice.currency = "CAD";
        const std::int64_t sessionPrice = isNorthside ? 9'500 : 11'000;
        invoice.lines.push_back({"Personal training session (60 min)",
                                 std::max<std::int64_t>(completed, 1), sessionPrice, 0});
        if (plan.clientIndex % 2 == 0) {
            invoice.lines.push_back({"Program design", 1, 7'500, 0});
        }
        for (auto& line : invoice.lines) {
            line.amountCents = line.quantity * line.unitPriceCents;
            invoice.subtotalCents += line.amountCents;
        }
        invoice.taxCents = salesTaxCents(invoice.subtotalCents, location.province);
        invoice.totalCents = invoice.subtotalCents + invoice.taxCents;
        if (invoice.status != "draft") {
            const int sequence = ++nextNumber[invoice.orgId];
            const std::string prefix = isNorthside ? "NS-" : "ARC-";
            std::string digits = std::to_string(sequence);
            digits.insert(0, 4 - std::min<std::size_t>(4, digits.size()), '0');
            invoice.number = prefix + std::to_string(year) + "-" + digits;
            invoice.taxPointDate = m_today - date::days{plan.daysAgo};
        }
        data.invoices.push_back(std::move(invoice));
    }
    return data;
}

} // namespace fitflow::service
