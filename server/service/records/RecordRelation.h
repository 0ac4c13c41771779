#pragma once
// Relates a record to the acting user, so the permission matrix can decide on it: the service's
// own check, made before the database's row-level security policies check again.

#include "server/service/records/RecordViews.h"
#include "server/service/tenancy/Actor.h"
#include "shared/permissions/Relation.h"

namespace fitflow::service {

Relation relationToClient(const Actor& actor, const ClientFacts& client);
Relation relationToNote(const Actor& actor, const NoteRow& note);
Relation relationToSession(const Actor& actor, const SessionRow& session);
Relation relationToInvoice(const Actor& actor, const InvoiceRow& invoice);

} // namespace fitflow::service
