#include "shared/permissions/PermissionMatrix.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <string>
#include <tuple>

namespace fitflow {
namespace {

// The matrix as the product owner would write it, independently of the implementation table:
// one line per "role | resource | scope | actions". trainer_admin is spelled out in full,
// including what it inherits from its team, so the inheritance rule is checked, not assumed.
constexpr const char* kSpecification = R"(
super_admin   | organization   | anywhere           | read create update delete
super_admin   | location       | anywhere           | read
super_admin   | membership     | anywhere           | read invite
super_admin   | device         | anywhere           | read revoke
super_admin   | audit_event    | anywhere           | read export
super_admin   | client         | anywhere           | break_glass_read
super_admin   | client_contact | anywhere           | break_glass_read
super_admin   | consent        | anywhere           | break_glass_read
super_admin   | session        | anywhere           | break_glass_read
super_admin   | package        | anywhere           | break_glass_read
super_admin   | invoice        | anywhere           | break_glass_read
super_admin   | payment        | anywhere           | break_glass_read

owner         | organization   | organization       | read update export
owner         | location       | organization       | read create update delete
owner         | membership     | organization       | read invite update delete
owner         | client         | organization       | read create update delete assign export
owner         | client_contact | organization       | read update
owner         | consent        | organization       | read
owner         | session        | organization       | read create update
owner         | availability   | organization       | read
owner         | package        | organization       | read create update delete
owner         | invoice        | organization       | read create update issue void export
owner         | payment        | organization       | read create refund
owner         | audit_event    | organization       | read export
owner         | device         | organization       | read revoke

manager       | organization   | organization       | read
manager       | location       | organization       | read
manager       | location       | managed_location   | update
manager       | membership     | organization       | read
manager       | membership     | managed_location   | invite update delete
manager       | client         | managed_location   | read create update assign
manager       | client_contact | managed_location   | read update
manager       | consent        | managed_location   | read
manager       | session        | managed_location   | read create update
manager       | availability   | managed_location   | read
manager       | package        | managed_location   | read create update
manager       | invoice        | managed_location   | read create update issue void
manager       | payment        | managed_location   | read create refund
manager       | audit_event    | managed_location   | read

trainer       | organization   | organization       | read
trainer       | location       | organization       | read
trainer       | membership     | own                | read
trainer       | client         | organization       | create
trainer       | client         | assigned_client    | read update
trainer       | client_contact | assigned_client    | read update
trainer       | consent        | assigned_client    | read create
trainer       | session        | own                | read create update
trainer       | availability   | own                | read create update delete
trainer       | note           | assigned_client    | create
trainer       | note           | own                | read update delete sign amend share
trainer       | package        | assigned_client    | read create update
trainer       | invoice        | own                | read create update issue void
trainer       | payment        | own                | read create refund
trainer       | audit_event    | own                | read
trainer       | device         | own                | read create revoke

trainer_admin | organization   | organization       | read
trainer_admin | location       | organization       | read
trainer_admin | membership     | organization       | read
trainer_admin | membership     | own                | read
trainer_admin | membership     | team               | read
trainer_admin | client         | organization       | create
trainer_admin | client         | assigned_client    | read update
trainer_admin | client         | team               | read update assign
trainer_admin | client_contact | assigned_client    | read update
trainer_admin | client_contact | team               | read update
trainer_admin | consent        | assigned_client    | read create
trainer_admin | consent        | team               | read create
trainer_admin | session        | own                | read create update
trainer_admin | session        | team               | read create update
trainer_admin | availability   | own                | read create update delete
trainer_admin | availability   | team               | read create update delete
trainer_admin | note           | assigned_client    | create
trainer_admin | note           | own                | read update delete sign amend share
trainer_admin | note           | team               | create read update delete amend share
trainer_admin | package        | assigned_client    | read create update
trainer_admin | package        | team               | read create update
trainer_admin | invoice        | own                | read create update issue void
trainer_admin | invoice        | team               | read create update issue void
trainer_admin | payment        | own                | read create refund
trainer_admin | payment        | team               | read create refund
trainer_admin | audit_event    | own                | read
trainer_admin | audit_event    | team               | read
trainer_admin | device         | own                | read create revoke
trainer_admin | device         | team               | read create revoke

client        | organization   | organization       | read
client        | location       | organization       | read
client        | availability   | organization       | read
client        | client         | own                | read export
client        | client_contact | own                | read update
client        | consent        | own                | read create update
client        | session        | own                | read create update
client        | note           | shared_with_client | read
client        | package        | own                | read
client        | invoice        | own                | read
client        | payment        | own                | read create
)";

using Cell = std::tuple<Role, Resource, Scope, Action>;

template <typename Table> auto named(const Table& table, const std::string& name)
{
    const auto value = enumFromName(table, name);
    EXPECT_TRUE(value.has_value()) << "unknown name in specification: " << name;
    return value.value_or(decltype(table.begin()->value){});
}

std::set<Cell> parseSpecification()
{
    std::set<Cell> cells;
    std::istringstream lines(kSpecification);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.empty()) {
            continue;
        }
        std::istringstream fields(line);
        std::string role, resource, scope, bar, action;
        fields >> role >> bar >> resource >> bar >> scope >> bar;
        while (fields >> action) {
            cells.emplace(named(kRoleNames, role), named(kResourceNames, resource),
                          named(kScopeNames, scope), named(kActionNames, action));
        }
    }
    return cells;
}

// The relations each cell is checked under: no fact at all, and each fact on its own.
std::vector<std::pair<Scope, Relation>> singleFactRelations()
{
    std::vector<std::pair<Scope, Relation>> relations{{Scope::Anywhere, Relation{}}};
    for (const auto& scope : kScopeNames) {
        if (scope.value != Scope::Anywhere) {
            relations.emplace_back(scope.value, Relation{scope.value});
        }
    }
    return relations;
}

TEST(PermissionMatrix, everyCellMatchesTheSpecification)
{
    const std::set<Cell> specification = parseSpecification();
    ASSERT_GT(specification.size(), 150u);
    int checked = 0;
    for (const auto& role : kRoleNames) {
        for (const auto& resource : kResourceNames) {
            for (const auto& action : kActionNames) {
                for (const auto& [fact, relation] : singleFactRelations()) {
                    const bool expected =
                        specification.contains(
                            {role.value, resource.value, Scope::Anywhere, action.value}) ||
                        specification.contains({role.value, resource.value, fact, action.value});
                    const Decision decision =
                        decide(role.value, action.value, resource.value, relation);
                    EXPECT_EQ(decision != Decision::Deny, expected)
                        << role.name << " " << action.name << " " << resource.name << " @"
                        << enumToName(kScopeNames, fact);
                    ++checked;
                }
            }
        }
    }
    EXPECT_EQ(checked, 6 * 14 * 15 * 7);
}

TEST(PermissionMatrix, combinedFactsAllowExactlyWhatEachFactAllows)
{
    const auto singles = singleFactRelations();
    for (unsigned mask = 0; mask < (1U << (singles.size() - 1)); ++mask) {
        Relation combined;
        for (std::size_t i = 1; i < singles.size(); ++i) {
            if ((mask & (1U << (i - 1))) != 0) {
                combined = combined.with(singles[i].first);
            }
        }
        for (const auto& role : kRoleNames) {
            for (const auto& resource : kResourceNames) {
                for (const auto& action : kActionNames) {
                    bool anySingle = false;
                    for (const auto& [fact, relation] : singles) {
                        if (combined.holds(fact) &&
                            isAllowed(role.value, action.value, resource.value, relation)) {
                            anySingle = true;
                        }
                    }
                    ASSERT_EQ(isAllowed(role.value, action.value, resource.value, combined),
                              anySingle)
                        << role.name << " " << action.name << " " << resource.name;
                }
            }
        }
    }
}

TEST(PermissionMatrix, ownersAndManagersNeverReadNotesWhateverTheRelation)
{
    const Relation everything{Scope::Organization, Scope::ManagedLocation,
                              Scope::Own,          Scope::AssignedClient,
                              Scope::Team,         Scope::SharedWithClient};
    for (const Role role : {Role::Owner, Role::Manager, Role::SuperAdmin}) {
        for (const auto& action : kActionNames) {
            EXPECT_EQ(decide(role, action.value, Resource::Note, everything), Decision::Deny)
                << action.name;
        }
    }
}

TEST(PermissionMatrix, trainerReadsOnlyTheNotesTheyWrote)
{
    EXPECT_TRUE(isAllowed(Role::Trainer, Action::Read, Resource::Note,
                          {Scope::Organization, Scope::Own, Scope::AssignedClient}));
    // A colleague's note about a client both of them train.
    EXPECT_FALSE(isAllowed(Role::Trainer, Action::Read, Resource::Note,
                           {Scope::Organization, Scope::AssignedClient}));
    EXPECT_TRUE(isAllowed(Role::Trainer, Action::Create, Resource::Note,
                          {Scope::Organization, Scope::AssignedClient}));
    EXPECT_FALSE(isAllowed(Role::Trainer, Action::Create, Resource::Note, {Scope::Organization}));
}

TEST(PermissionMatrix, trainerAdminInheritsTheTeamButDoesNotSignForThem)
{
    const Relation teamNote{Scope::Organization, Scope::Team};
    for (const Action action : {Action::Read, Action::Update, Action::Amend, Action::Share}) {
        EXPECT_TRUE(isAllowed(Role::TrainerAdmin, action, Resource::Note, teamNote));
    }
    EXPECT_FALSE(isAllowed(Role::TrainerAdmin, Action::Sign, Resource::Note, teamNote));
    EXPECT_TRUE(isAllowed(Role::TrainerAdmin, Action::Sign, Resource::Note, {Scope::Own}));
    // A note by a trainer outside the team.
    EXPECT_FALSE(
        isAllowed(Role::TrainerAdmin, Action::Read, Resource::Note, {Scope::Organization}));
    // Inheritance covers exactly what a trainer may do: never issue a client's export.
    EXPECT_FALSE(isAllowed(Role::TrainerAdmin, Action::Export, Resource::Client, teamNote));
}

TEST(PermissionMatrix, clientReadsOnlySharedNotesAndOwnInvoices)
{
    EXPECT_TRUE(isAllowed(Role::Client, Action::Read, Resource::Note,
                          {Scope::Own, Scope::SharedWithClient}));
    EXPECT_FALSE(isAllowed(Role::Client, Action::Read, Resource::Note, {Scope::Own}));
    EXPECT_FALSE(isAllowed(Role::Client, Action::Update, Resource::Note,
                           {Scope::Own, Scope::SharedWithClient}));
    EXPECT_TRUE(isAllowed(Role::Client, Action::Read, Resource::Invoice, {Scope::Own}));
    EXPECT_FALSE(isAllowed(Role::Client, Action::Read, Resource::Invoice, {Scope::Organization}));
    EXPECT_TRUE(isAllowed(Role::Client, Action::Update, Resource::ClientContact, {Scope::Own}));
    EXPECT_FALSE(isAllowed(Role::Client, Action::Update, Resource::Client, {Scope::Own}));
}

TEST(PermissionMatrix, superAdminReachesClientDataOnlyThroughAuditedBreakGlass)
{
    EXPECT_EQ(decide(Role::SuperAdmin, Action::Read, Resource::Client, {}), Decision::Deny);
    EXPECT_EQ(decide(Role::SuperAdmin, Action::BreakGlassRead, Resource::Client, {}),
              Decision::AllowAudited);
    EXPECT_EQ(decide(Role::SuperAdmin, Action::BreakGlassRead, Resource::Note, {}), Decision::Deny);
    EXPECT_EQ(decide(Role::SuperAdmin, Action::Read, Resource::Organization, {}), Decision::Allow);
    // Nobody else has a break-glass path.
    for (const Role role : {Role::Owner, Role::Manager, Role::TrainerAdmin, Role::Trainer}) {
        EXPECT_EQ(decide(role, Action::BreakGlassRead, Resource::Client,
                         {Scope::Organization, Scope::Own}),
                  Decision::Deny);
    }
}

TEST(PermissionMatrix, paymentsAreInsertOnlyForEveryone)
{
    const Relation everything{Scope::Organization, Scope::ManagedLocation, Scope::Own,
                              Scope::AssignedClient, Scope::Team};
    for (const auto& role : kRoleNames) {
        EXPECT_FALSE(isAllowed(role.value, Action::Update, Resource::Payment, everything));
        EXPECT_FALSE(isAllowed(role.value, Action::Delete, Resource::Payment, everything));
    }
}

} // namespace
} // namespace fitflow
