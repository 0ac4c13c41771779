#pragma once
// Wire JSON of the client-records API. Names follow the domain's JSON (shared/domain,
// shared/invoice): snake_case, ids as uuid text, instants as RFC 3339 UTC, money in cents.

#include "server/service/records/RecordViews.h"

#include <nlohmann/json.hpp>

namespace fitflow::http {

nlohmann::json clientJson(const service::ClientRow& client);
// The client plus assigned_trainer_ids and the latest consent of each kind.
nlohmann::json clientDetailJson(const service::ClientDetail& detail);
nlohmann::json noteJson(const service::NoteRow& note);
nlohmann::json sessionJson(const service::SessionRow& session);
nlohmann::json invoiceJson(const service::InvoiceRow& invoice);
// The invoice plus lines, payments, paid_cents and balance_cents.
nlohmann::json invoiceDetailJson(const service::InvoiceDetail& detail);

} // namespace fitflow::http
