#include "server/service/DemoDatasetBuilder.h"

#include "server/service/AvailabilityRecordIds.h"
#include "shared/domain/AddressRules.h"
#include "shared/invoice/InvoiceTotalsJson.h"
#include "shared/scheduling/Availability.h"
#include "shared/scheduling/AvailabilityWire.h"
#include "shared/tax/RegistrationNumberCheck.h"

#include <date/date.h>
#include <date/tz.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

using fitflow::Result;
using fitflow::service::DemoDataset;
using fitflow::service::DemoDatasetBuilder;

namespace {

using namespace std::chrono_literals;

// A Wednesday, so the window spans four weeks back and four ahead of Monday 2026-11-23.
const std::chrono::sys_days kToday{date::sys_days{date::year{2026} / 11 / 25}};

DemoDataset buildDataset(std::chrono::sys_days today = kToday)
{
    int counter = 0;
    const DemoDatasetBuilder builder([&counter] { return "id-" + std::to_string(++counter); },
                                     today);
    auto dataset =
        builder.build([]() -> Result<std::string> { return std::string("$argon2id$x"); });
    EXPECT_TRUE(dataset.ok());
    return std::move(dataset).value();
}

const std::string& userId(const DemoDataset& data, const std::string& email)
{
    const auto found = std::find_if(data.users.begin(), data.users.end(),
                                    [&](const auto& user) { return user.email == email; });
    EXPECT_NE(found, data.users.end()) << email;
    return found->id;
}

std::string orgIdNamed(const DemoDataset& data, const std::string& name)
{
    for (const auto& org : data.organizations) {
        if (org.name == name) {
            return org.id;
        }
    }
    ADD_FAILURE() << "no organization " << name;
    return {};
}

std::set<std::string> locationNames(const DemoDataset& data, const std::vector<std::string>& ids)
{
    std::set<std::string> names;
    for (const auto& location : data.locations) {
        if (std::find(ids.begin(), ids.end(), location.id) != ids.end()) {
            names.insert(location.name);
        }
    }
    return names;
}

// Roles of `email` in organization `orgId`, with the locations each is limited to.
std::map<std::string, std::set<std::string>>
rolesOf(const DemoDataset& data, const std::string& email, const std::string& orgId)
{
    std::map<std::string, std::set<std::string>> roles;
    for (const auto& membership : data.memberships) {
        if (membership.userId == userId(data, email) && membership.orgId == orgId) {
            roles[membership.role] = locationNames(data, membership.locationIds);
        }
    }
    return roles;
}

} // namespace

TEST(DemoDatasetBuilder, HasTheOrganizationsAndLocationsOfTheBrief)
{
    const DemoDataset data = buildDataset();
    ASSERT_EQ(data.organizations.size(), 2U);
    const std::string northside = orgIdNamed(data, "Northside Strength");
    std::map<std::string, std::pair<std::string, std::string>> locations;
    for (const auto& location : data.locations) {
        locations[location.name] = {location.province, location.timeZone};
    }
    EXPECT_EQ(locations["Toronto"],
              std::make_pair(std::string("ON"), std::string("America/Toronto")));
    EXPECT_EQ(locations["Montréal"],
              std::make_pair(std::string("QC"), std::string("America/Toronto")));
    EXPECT_EQ(locations["Vancouver"],
              std::make_pair(std::string("BC"), std::string("America/Vancouver")));
    for (const auto& org : data.organizations) {
        EXPECT_EQ(org.kind, org.id == northside ? "studio" : "practice");
    }
}

// Invoices print the location's address (migration 0023): each demo location has a complete one,
// already in the canonical form the shared rules give (the database's CHECKs demand it).
TEST(DemoDatasetBuilder, EveryLocationHasACanonicalStreetAddress)
{
    const DemoDataset data = buildDataset();
    for (const auto& location : data.locations) {
        const auto street = fitflow::normalizeStreet(location.street);
        const auto city = fitflow::normalizeCity(location.city);
        const auto postalCode = fitflow::normalizePostalCode(location.postalCode);
        ASSERT_TRUE(street && city && postalCode) << location.name;
        EXPECT_EQ(*street, location.street);
        EXPECT_EQ(*city, location.city);
        EXPECT_EQ(*postalCode, location.postalCode);
    }
}

TEST(DemoDatasetBuilder, GivesEachLoginItsRoles)
{
    const DemoDataset data = buildDataset();
    const std::string northside = orgIdNamed(data, "Northside Strength");
    const std::string practice = orgIdNamed(data, "Alex Rivera Coaching");
    using Roles = std::map<std::string, std::set<std::string>>;
    EXPECT_EQ(rolesOf(data, "owner@demo.fitflow.test", northside), (Roles{{"owner", {}}}));
    EXPECT_EQ(rolesOf(data, "manager@demo.fitflow.test", northside),
              (Roles{{"manager", {"Montréal"}}}));
    EXPECT_EQ(rolesOf(data, "alex@demo.fitflow.test", northside),
              (Roles{{"trainer", {"Toronto", "Montréal"}}}));
    EXPECT_EQ(rolesOf(data, "alex@demo.fitflow.test", practice).count("owner"), 1U);
    EXPECT_EQ(rolesOf(data, "sam@demo.fitflow.test", northside), (Roles{{"trainer", {"Toronto"}}}));
    EXPECT_TRUE(rolesOf(data, "owner@demo.fitflow.test", practice).empty());
    EXPECT_TRUE(rolesOf(data, "sam@demo.fitflow.test", practice).empty());
}

TEST(DemoDatasetBuilder, ClientLoginIsLinkedToAClientOfAlex)
{
    const DemoDataset data = buildDataset();
    const std::string& clientUser = userId(data, "client@demo.fitflow.test");
    const auto linked =
        std::find_if(data.clients.begin(), data.clients.end(),
                     [&](const auto& client) { return client.userId == clientUser; });
    ASSERT_NE(linked, data.clients.end());
    EXPECT_EQ(linked->trainerUserIds,
              std::vector<std::string>{userId(data, "alex@demo.fitflow.test")});
    EXPECT_GE(data.clients.size(), 18U);
    EXPECT_LE(data.clients.size(), 22U);
}

TEST(DemoDatasetBuilder, SessionsAreWithinFourWeeksAtDaytimeLocalHoursWithoutOverlap)
{
    const DemoDataset data = buildDataset();
    ASSERT_GT(data.sessions.size(), 60U);
    const std::chrono::sys_seconds now{kToday};
    std::map<std::string, const fitflow::service::DemoLocation*> locationById;
    for (const auto& location : data.locations) {
        locationById[location.id] = &location;
    }
    bool anyPast = false;
    bool anyFuture = false;
    for (const auto& session : data.sessions) {
        EXPECT_GT(session.startsAt, now - date::days{4 * 7 + 3});
        EXPECT_LT(session.startsAt, now + date::days{4 * 7});
        EXPECT_GT(session.endsAt, session.startsAt);
        const auto* location = locationById.at(session.locationId);
        EXPECT_EQ(location->orgId, session.orgId) << "session at another organization's location";
        const auto local = date::make_zoned(location->timeZone, session.startsAt).get_local_time();
        const auto hour = date::make_time(local - date::floor<date::days>(local)).hours().count();
        EXPECT_GE(hour, 6);
        EXPECT_LE(hour, 20);
        if (session.endsAt <= now) {
            anyPast = true;
            EXPECT_NE(session.status, "scheduled");
        } else {
            anyFuture = true;
            EXPECT_EQ(session.status, "scheduled");
        }
        for (const auto& other : data.sessions) {
            if (&other != &session && other.trainerUserId == session.trainerUserId) {
                EXPECT_FALSE(other.startsAt < session.endsAt && session.startsAt < other.endsAt)
                    << "a trainer is booked twice at once";
            }
        }
    }
    EXPECT_TRUE(anyPast);
    EXPECT_TRUE(anyFuture);
}

TEST(DemoDatasetBuilder, InvoicesAddUpAndFollowTheirLifecycle)
{
    const DemoDataset data = buildDataset();
    std::set<std::string> statuses;
    std::set<std::string> numbers;
    int paid = 0;
    for (const auto& invoice : data.invoices) {
        statuses.insert(invoice.status);
        std::int64_t subtotal = 0;
        for (const auto& line : invoice.lines) {
            EXPECT_EQ(line.amountCents, line.quantity * line.unitPriceCents);
            subtotal += line.amountCents;
        }
        EXPECT_EQ(invoice.subtotalCents, subtotal);
        EXPECT_EQ(invoice.totalCents, invoice.subtotalCents + invoice.taxCents);
        EXPECT_EQ(invoice.currency, "CAD");
        EXPECT_EQ(invoice.status == "draft", !invoice.number.has_value());
        EXPECT_EQ(invoice.status == "draft", !invoice.taxPointDate.has_value());
        if (invoice.number) {
            EXPECT_TRUE(numbers.insert(*invoice.number).second) << "duplicate " << *invoice.number;
        }
        // Made like a device's invoice: its draft decodes and the shared engine's totals of it
        // are the stored amounts, so a credit note or a reprint works on it.
        const auto draft =
            fitflow::invoice::invoiceDraftFromJson(nlohmann::json::parse(invoice.draftJson));
        ASSERT_TRUE(draft) << draft.error().message << " " << invoice.draftJson;
        const auto totals = nlohmann::json::parse(invoice.totalsJson);
        EXPECT_EQ(totals.value("total_cents", std::int64_t{-1}), invoice.totalCents);
        EXPECT_FALSE(totals.value("taxes", nlohmann::json::array()).empty()) << invoice.totalsJson;
        EXPECT_FALSE(invoice.locationId.empty());
        EXPECT_FALSE(invoice.trainerUserId.empty());
        if (invoice.payment) {
            ++paid;
            EXPECT_EQ(invoice.status, "issued");
            EXPECT_EQ(invoice.payment->amountCents, invoice.totalCents);
            EXPECT_GT(invoice.payment->receivedOn, *invoice.taxPointDate);
        }
    }
    EXPECT_EQ(statuses, (std::set<std::string>{"draft", "issued"}));
    EXPECT_EQ(paid, 2);
    // Both suppliers charge tax, so both have the numbers that lets them (valid check digits).
    for (const auto& organization : data.organizations) {
        EXPECT_TRUE(fitflow::tax::checkGstHstNumber(organization.gstHstNumber).empty())
            << organization.name;
        if (!organization.qstNumber.empty()) {
            EXPECT_TRUE(fitflow::tax::checkQstNumber(organization.qstNumber).empty())
                << organization.name;
        }
    }
}

TEST(DemoDatasetBuilder, ChargesTheTaxOfTheProvinceWhereTrainingHappens)
{
    const DemoDataset data = buildDataset();
    std::map<std::string, std::string> provinceOfClient;
    for (const auto& session : data.sessions) {
        for (const auto& location : data.locations) {
            if (location.id == session.locationId) {
                provinceOfClient[session.clientId] = location.province;
            }
        }
    }
    std::set<std::string> provincesSeen;
    for (const auto& invoice : data.invoices) {
        const std::string province = provinceOfClient.at(invoice.clientId);
        provincesSeen.insert(province);
        // Rates per 100,000: ON HST 13 %, QC GST 5 % + QST 9.975 %, BC GST 5 % (no PST).
        // Each tax is rounded on its own, so allow a cent per tax.
        const std::int64_t rate = province == "ON" ? 13'000 : province == "QC" ? 14'975 : 5'000;
        const std::int64_t expected = invoice.subtotalCents * rate / 100'000;
        EXPECT_NEAR(static_cast<double>(invoice.taxCents), static_cast<double>(expected), 2.0)
            << province << " subtotal " << invoice.subtotalCents;
    }
    EXPECT_EQ(provincesSeen, (std::set<std::string>{"BC", "ON", "QC"}));
}

TEST(DemoDatasetBuilder, IsReproducibleForOneDay)
{
    const DemoDataset first = buildDataset();
    const DemoDataset second = buildDataset();
    ASSERT_EQ(first.sessions.size(), second.sessions.size());
    for (std::size_t i = 0; i < first.sessions.size(); ++i) {
        EXPECT_EQ(first.sessions[i].startsAt, second.sessions[i].startsAt);
        EXPECT_EQ(first.sessions[i].status, second.sessions[i].status);
    }
}

TEST(DemoDatasetBuilder, HashesOnePasswordPerLoginAndStopsOnError)
{
    int calls = 0;
    const DemoDatasetBuilder builder([] { return std::string("id"); }, kToday);
    const auto ok = builder.build([&]() -> Result<std::string> {
        ++calls;
        return std::string("$argon2id$h");
    });
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(calls, static_cast<int>(DemoDatasetBuilder::logins().size()));

    const auto failed = builder.build(
        []() -> Result<std::string> { return fitflow::makeError("out_of_memory", "no memory"); });
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, "out_of_memory");
}

TEST(DemoDatasetBuilder, AlexHasWeeklyHoursAtEachLocationCoveringHisSessions)
{
    const DemoDataset data = buildDataset();
    const std::string& alex = userId(data, "alex@demo.fitflow.test");
    std::map<std::string, fitflow::scheduling::Availability> byLocation;
    std::set<std::string> distinctRules;
    for (const auto& record : data.availability) {
        EXPECT_EQ(record.trainerUserId, alex) << "only Alex has availability";
        EXPECT_EQ(record.id,
                  fitflow::service::availabilityRecordId(record.orgId, alex, record.locationId));
        EXPECT_EQ(record.exceptionsJson, "[]");
        const auto rules =
            fitflow::scheduling::weeklyRulesFromJson(nlohmann::json::parse(record.weeklyRulesJson));
        ASSERT_TRUE(rules.ok()) << record.weeklyRulesJson;
        EXPECT_FALSE(rules->empty());
        // Canonical, as a device would write it.
        EXPECT_EQ(fitflow::scheduling::weeklyRulesToJson(*rules).dump(), record.weeklyRulesJson);
        distinctRules.insert(record.weeklyRulesJson);
        for (const auto& location : data.locations) {
            if (location.id == record.locationId) {
                EXPECT_EQ(location.orgId, record.orgId);
                byLocation[location.name] = {alex, location.id, location.timeZone, *rules, {}};
            }
        }
    }
    EXPECT_EQ(byLocation.size(), 3U) << "Toronto, Montréal and Vancouver, once each";
    EXPECT_EQ(distinctRules.size(), 3U) << "each studio has its own hours";
    std::size_t checked = 0;
    for (const auto& session : data.sessions) {
        if (session.trainerUserId != alex) {
            continue;
        }
        for (const auto& [name, availability] : byLocation) {
            if (availability.locationId == session.locationId) {
                const auto inside = fitflow::scheduling::isAvailable(
                    availability, {session.startsAt, session.endsAt});
                ASSERT_TRUE(inside.ok());
                EXPECT_TRUE(*inside) << "a demo session of Alex outside his hours at " << name;
                ++checked;
            }
        }
    }
    EXPECT_GT(checked, 30U);
}
