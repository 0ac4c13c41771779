#pragma once
// The roles a membership can hold (design §3). Names are the wire and database spelling.

#include "shared/codec/EnumNames.h"

#include <array>

namespace fitflow {

enum class Role { SuperAdmin, Owner, Manager, TrainerAdmin, Trainer, Client };

inline constexpr std::array<EnumName<Role>, 6> kRoleNames{{
    {Role::SuperAdmin, "super_admin"},
    {Role::Owner, "owner"},
    {Role::Manager, "manager"},
    {Role::TrainerAdmin, "trainer_admin"},
    {Role::Trainer, "trainer"},
    {Role::Client, "client"},
}};

} // namespace fitflow
