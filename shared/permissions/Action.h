#pragma once
// What a user may try to do to a resource. Beyond CRUD, the domain operations that need their
// own permission: issuing and voiding invoices, signing and amending notes, break-glass reads.

#include "shared/codec/EnumNames.h"

#include <array>

namespace fitflow {

enum class Action {
    Read,
    Create,
    Update,
    Delete,
    Assign,         // assign a client to a trainer
    Invite,         // invite a user into a membership
    Issue,          // give an invoice its final number
    Void,           // cancel an issued invoice with a credit note
    Refund,         // record a refund event against a payment
    Sign,           // lock a note as the author's attested record
    Amend,          // add an amendment to a signed note
    Share,          // make a note visible to its client
    Export,         // bulk export (client data portability, accounting, audit)
    Revoke,         // revoke a device
    BreakGlassRead, // platform operator reading client data; always audited
};

inline constexpr std::array<EnumName<Action>, 15> kActionNames{{
    {Action::Read, "read"},
    {Action::Create, "create"},
    {Action::Update, "update"},
    {Action::Delete, "delete"},
    {Action::Assign, "assign"},
    {Action::Invite, "invite"},
    {Action::Issue, "issue"},
    {Action::Void, "void"},
    {Action::Refund, "refund"},
    {Action::Sign, "sign"},
    {Action::Amend, "amend"},
    {Action::Share, "share"},
    {Action::Export, "export"},
    {Action::Revoke, "revoke"},
    {Action::BreakGlassRead, "break_glass_read"},
}};

} // namespace fitflow
