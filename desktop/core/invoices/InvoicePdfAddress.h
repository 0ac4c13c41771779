#pragma once
// The street address an invoice PDF prints under the studio's name: that of the location where
// the service was supplied (the invoice's location_id, the same location the tax engine's place
// of supply uses), as pulled from the server (migration 0023), laid out by the shared rule
// (shared/domain/AddressRules.h). Settings ▸ Organizations and locations shows the same
// lines. Read on the store thread.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace fitflow::desktop {

// "4521 boul. Saint-Laurent", "Montréal QC  H2T 1S6"; empty when the location is unknown or has
// no street, city or postal code on record (the PDF then prints no empty lines).
QStringList locationAddressLines(const QSqlDatabase& db, const QString& locationId);
// The same lines from a pulled location row's values (street, city, province, postal_code).
QStringList addressLinesOf(const nlohmann::json& locationValues);

} // namespace fitflow::desktop
