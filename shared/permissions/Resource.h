#pragma once
// The kinds of records permissions are decided on. `ClientContact` (email, phone, address) is
// separate from `Client` because clients may edit their own contact details and nothing else.

#include "shared/codec/EnumNames.h"

#include <array>

namespace fitflow {

enum class Resource {
    Organization,
    Location,
    Membership,
    Client,
    ClientContact,
    Consent,
    Session,
    Availability,
    Note,
    Package,
    Invoice,
    Payment,
    AuditEvent,
    Device,
};

inline constexpr std::array<EnumName<Resource>, 14> kResourceNames{{
    {Resource::Organization, "organization"},
    {Resource::Location, "location"},
    {Resource::Membership, "membership"},
    {Resource::Client, "client"},
    {Resource::ClientContact, "client_contact"},
    {Resource::Consent, "consent"},
    {Resource::Session, "session"},
    {Resource::Availability, "availability"},
    {Resource::Note, "note"},
    {Resource::Package, "package"},
    {Resource::Invoice, "invoice"},
    {Resource::Payment, "payment"},
    {Resource::AuditEvent, "audit_event"},
    {Resource::Device, "device"},
}};

} // namespace fitflow
