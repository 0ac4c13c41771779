#include "desktop/core/invoices/ContractorPdfParties.h"

#include "desktop/core/JsonText.h"
#include "desktop/core/account/ProfileJobs.h"
#include "desktop/core/invoices/InvoiceDraftForm.h"
#include "desktop/core/invoices/InvoicePdfAddress.h"
#include "desktop/storage/EntityRepository.h"

namespace fitflow::desktop {

namespace {

nlohmann::json plainValues(const QSqlDatabase& db, const char* entity, const QString& id)
{
    auto rows = EntityRepository(db).allPlainRows(*findSyncedEntity(entity));
    if (rows) {
        for (const PlainRow& row : *rows) {
            if (QString::fromStdString(row.id) == id) {
                return row.values;
            }
        }
    }
    return nlohmann::json::object();
}

} // namespace

void fillContractorParties(const QSqlDatabase& db, const money::LocalInvoice& invoice,
                           InvoicePdfContent& content)
{
    content.toOrganization = true;
    content.supplierAddress.clear(); // the trainer's: not on record
    const nlohmann::json& values = invoice.values;
    auto cached = readCachedProfile(db);
    const AccountProfile profile = cached ? *cached : AccountProfile{};
    const QString trainerId = jsonText(values, "trainer_id");
    const bool ours = trainerId.isEmpty() || trainerId == profile.userId;
    if (ours) {
        content.supplierName =
            profile.email.isEmpty()
                ? profile.displayName
                : QStringLiteral("%1, %2").arg(profile.displayName, profile.email);
    } else {
        const QString email = profile.memberEmails.value(trainerId);
        const QString name = profile.nameOf(trainerId);
        content.supplierName =
            email.isEmpty() || email == name ? name : QStringLiteral("%1, %2").arg(name, email);
    }
    const auto snapshot = values.find("supplier_registration_numbers");
    if (snapshot != values.end() && snapshot->is_object()) {
        content.gstHstNumber = jsonText(*snapshot, "gst_hst");
        content.qstNumber = jsonText(*snapshot, "qst");
    } else if (ours) {
        content.gstHstNumber = profile.gstHstNumber;
        content.qstNumber = profile.qstNumber;
    } else {
        content.gstHstNumber.clear();
        content.qstNumber.clear();
    }
    const nlohmann::json organization =
        plainValues(db, "organization", QString::fromStdString(invoice.orgId));
    content.clientName = jsonText(organization, "name");
    content.recipientGstHstNumber = jsonText(organization, "gst_hst_number");
    content.recipientQstNumber = jsonText(organization, "qst_number");
    const QString locationId = jsonText(values, "location_id");
    const nlohmann::json location = plainValues(db, "location", locationId);
    content.recipientStreetLines = locationAddressLines(db, locationId);
    const QString province = InvoiceDraftForm::provinceName(jsonText(location, "province"));
    content.recipientAddress =
        province.isEmpty() ? jsonText(location, "name")
                           : QStringLiteral("%1, %2").arg(jsonText(location, "name"), province);
}

} // namespace fitflow::desktop
