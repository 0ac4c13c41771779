#pragma once
// ClientsTestStore (an encrypted store with Northside Studios and its Plateau and Annex
// locations) seeded as a studio's device would hold it after a sync: a cached profile (a manager
// of Plateau, or a trainer only), clients, sessions of two trainers at Plateau and one of a third
// trainer at Annex, a note with secret text, a studio invoice, an invoice a trainer billed, a
// trainer's contractor invoice to the studio, and a payment. Sessions lie in the week of Monday
// 2026-11-23.

#include "../clients/ClientsTestStore.h"
#include "desktop/storage/manager/ProfileCache.h"
#include "desktop/sync/LocalChanges.h"
#include "desktop/sync/money/MoneyPullApplier.h"

namespace fitflow::desktop::testing {

inline const std::string kManagerId = "01900000-0000-7000-8000-00000000c001";
inline const std::string kAlexId = "01900000-0000-7000-8000-00000000c002";
inline const std::string kSamId = "01900000-0000-7000-8000-00000000c003";
inline const std::string kAnnexTrainerId = "01900000-0000-7000-8000-00000000c004";
inline const std::string kStudioInvoiceId = "01900000-0000-7000-8000-00000000e001";
inline const std::string kTrainerInvoiceId = "01900000-0000-7000-8000-00000000e002";
inline const std::string kPaymentId = "01900000-0000-7000-8000-00000000f001";
inline const std::string kContractorInvoiceId = "01900000-0000-7000-8000-00000000e003";
inline const char* const kSecretNoteText = "Confidential: shoulder surgery in 2019";

// The profile GET /api/v1/me (+ members) would give: `role` at Northside, limited to Plateau.
inline nlohmann::json profileJson(const std::string& role)
{
    const std::string self = role == "trainer" ? kAlexId : kManagerId;
    return {{"user",
             {{"id", self},
              {"email", role == "trainer" ? "alex@demo.fitflow.test" : "manager@demo.fitflow.test"},
              {"display_name", role == "trainer" ? "Alex Rivera" : "Morgan Manager"}}},
            {"memberships",
             {{{"organization_id", kTestOrgId},
               {"organization_name", "Northside Studios"},
               {"role", role},
               {"location_ids", {kTestLocationId}}}}},
            {"members",
             {{kTestOrgId,
               {{{"user_id", kAlexId}, {"display_name", "Alex Rivera"}},
                {{"user_id", kSamId}, {"display_name", "Sam Chen"}},
                {{"user_id", kAnnexTrainerId}, {"display_name", "Annie Annex"}}}}}},
            {"fetched_at", "2026-11-25T12:00:00.000Z"}};
}

inline nlohmann::json invoiceValues(const std::string& clientId, const std::string& trainerId,
                                    const std::string& number, std::int64_t paidCents)
{
    constexpr std::int64_t kTotal = 11498;
    return {{"kind", "invoice"},
            {"status", "issued"},
            {"number", number},
            {"sequence_number", 7},
            {"client_id", clientId},
            {"location_id", kTestLocationId},
            {"trainer_id", trainerId.empty() ? nlohmann::json(nullptr) : nlohmann::json(trainerId)},
            {"original_invoice_id", nullptr},
            {"currency", "CAD"},
            {"draft",
             {{"tax_point_date", "2026-11-20"},
              {"supplier",
               {{"gst_hst_registered", true},
                {"qst_registered", true},
                {"pst_registered", nlohmann::json::array()}}},
              {"place", {{"kind", "in_person"}, {"province", "QC"}}},
              {"lines",
               {{{"description", "Training session"},
                 {"quantity", 1},
                 {"unit_price_cents", 10000},
                 {"discount_cents", 0},
                 {"category", "service"},
                 {"tax_included", false}}}}}},
            {"totals", {{"subtotal_cents", 10000}, {"total_cents", kTotal}}},
            {"paid_cents", paidCents},
            {"credited_cents", 0},
            {"balance_cents", kTotal - paidCents}};
}

// Alex's contractor invoice to the studio for work at Plateau, as the owner's or manager's pull
// brings it: no client, the server's snapshot of Alex's registration numbers, nothing paid.
inline nlohmann::json contractorInvoiceValues()
{
    nlohmann::json values = invoiceValues("", kAlexId, "INV-2026-000009", 0);
    values["recipient"] = "organization";
    values["client_id"] = nullptr;
    values["supplier_registration_numbers"] = {{"gst_hst", "123456782RT0001"},
                                               {"qst", "1224002901TQ0001"}};
    return values;
}

// Seeds everything above with the profile of `role`; false on any failure.
inline bool seedStudio(ClientsTestStore& store, const std::string& role)
{
    return store.onStore<bool>([role](LocalStore* db) {
        QSqlDatabase database = db->database();
        if (!ProfileCache(database).save(profileJson(role))) {
            return false;
        }
        LocalChanges changes(database);
        auto client = changes.add("client", kTestOrgId,
                                  {{"first_name", "Élodie"},
                                   {"last_name", "Tremblay"},
                                   {"home_location_id", kTestLocationId}});
        auto other = changes.add("client", kTestOrgId,
                                 {{"first_name", "Marc"},
                                  {"last_name", "Gagnon"},
                                  {"home_location_id", kTestLocationId}});
        if (!client || !other) {
            return false;
        }
        struct Planned {
            std::string client, location, trainer, start, end, status;
        };
        const Planned sessions[] = {
            {*client, kTestLocationId, kAlexId, "2026-11-24T14:00:00Z", "2026-11-24T15:00:00Z",
             "completed"},
            {*other, kTestLocationId, kAlexId, "2026-11-26T15:00:00Z", "2026-11-26T15:45:00Z",
             "cancelled"},
            {*other, kTestLocationId, kSamId, "2026-11-25T16:00:00Z", "2026-11-25T17:00:00Z",
             "no_show"},
            {*client, kTestLocationId, kSamId, "2026-11-27T13:00:00Z", "2026-11-27T14:30:00Z",
             "scheduled"},
            // The manager does not run Annex: this one must not show.
            {*client, kOtherLocationId, kAnnexTrainerId, "2026-11-24T14:00:00Z",
             "2026-11-24T15:00:00Z", "scheduled"},
        };
        for (const Planned& s : sessions) {
            if (!changes.add("session", kTestOrgId,
                             {{"client_id", s.client},
                              {"location_id", s.location},
                              {"trainer_id", s.trainer},
                              {"starts_at", s.start},
                              {"ends_at", s.end},
                              {"status", s.status}})) {
                return false;
            }
        }
        if (!changes.add("note", kTestOrgId,
                         {{"client_id", *client}, {"format", "free"}, {"text", kSecretNoteText}})) {
            return false;
        }
        money::MoneyPullApplier money(database);
        return money
                   .apply(kTestOrgId,
                          {{"entity", "invoice"},
                           {"id", kStudioInvoiceId},
                           {"version", 1},
                           {"values", invoiceValues(*client, "", "INV-2026-000007", 0)}})
                   .ok() &&
               money
                   .apply(kTestOrgId,
                          {{"entity", "invoice"},
                           {"id", kTrainerInvoiceId},
                           {"version", 2},
                           {"values", invoiceValues(*other, kAlexId, "INV-2026-000008", 4000)}})
                   .ok() &&
               money
                   .apply(kTestOrgId, {{"entity", "invoice"},
                                       {"id", kContractorInvoiceId},
                                       {"version", 4},
                                       {"values", contractorInvoiceValues()}})
                   .ok() &&
               money
                   .apply(kTestOrgId, {{"entity", "payment"},
                                       {"id", kPaymentId},
                                       {"version", 3},
                                       {"values",
                                        {{"invoice_id", kTrainerInvoiceId},
                                         {"method", "cash"},
                                         {"amount_cents", 4000},
                                         {"received_on", "2026-11-21"},
                                         {"recorded_by", kManagerId}}}})
                   .ok();
    });
}

} // namespace fitflow::desktop::testing
