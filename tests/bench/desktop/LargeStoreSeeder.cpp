#include "LargeStoreSeeder.h"

#include "desktop/storage/EntityRepository.h"
#include "desktop/storage/LocalStore.h"
#include "desktop/storage/StoreTransaction.h"
#include "desktop/storage/SyncStateRepository.h"
#include "desktop/storage/SyncedEntity.h"
#include "desktop/storage/UuidV7.h"
#include "shared/sync/Hlc.h"

#include <QDateTime>
#include <QTimeZone>

#include <array>
#include <string>
#include <vector>

namespace fitflow::bench {

namespace {

using desktop::EntityRepository;
using desktop::EntitySpec;

constexpr std::array kFirstNames{"Alex",  "Maria",  "Jean",   "Priya", "Chen",   "Fatima",
                                 "Luc",   "Sophie", "Omar",   "Emma",  "Noah",   "Amélie",
                                 "Kenji", "Zoé",    "Rafael", "Ines",  "Samuel", "Chloé"};
constexpr std::array kLastNames{"Martin", "Tremblay", "Nguyen",  "Singh",  "Roy",
                                "Gagnon", "Wong",     "Côté",    "Smith",  "Bouchard",
                                "Patel",  "Lavoie",   "Fortin",  "Okafor", "Kowalski",
                                "Garcia", "Leblanc",  "Ibrahim", "Morin",  "Chen"};
constexpr const char* kTrainerId = "01900000-0000-7000-8000-0000000be0e1";
constexpr const char* kServerDevice = "01900000-0000-7000-8000-0000000be0d0";
constexpr int kSessionMinutes = 60;
constexpr int kPastDays = 4 * 365;
constexpr int kFutureDays = 365;

// One stamp for every field: the rows look pulled from the server at one moment.
std::string serverStamp()
{
    return sync::Hlc{Instant{std::chrono::milliseconds{1'763'000'000'000}}, 0, kServerDevice}
        .toString();
}

nlohmann::json syncedFields(const nlohmann::json& values, const std::string& stamp)
{
    nlohmann::json fields = nlohmann::json::object();
    for (const auto& [name, value] : values.items()) {
        fields[name] = {{"value", value}, {"stamp", stamp}};
    }
    return {{"fields", fields}, {"deleted", nullptr}, {"undeleted", nullptr}};
}

std::string newId()
{
    return desktop::generateUuidV7().toStdString();
}

Status saveSynced(EntityRepository& entities, const EntitySpec& entity, const std::string& id,
                  const std::string& orgId, const nlohmann::json& values, const std::string& stamp)
{
    auto state = desktop::SyncedRecord::fromJson(syncedFields(values, stamp));
    if (!state) {
        return state.error();
    }
    return entities.saveRecord(entity, {id, orgId, std::move(*state), {}});
}

struct Place {
    std::string orgId;
    std::string locationId;
};

Result<std::vector<Place>> seedPlaces(EntityRepository& entities, int organizations)
{
    const EntitySpec& organization = *desktop::findSyncedEntity("organization");
    const EntitySpec& location = *desktop::findSyncedEntity("location");
    std::vector<Place> places;
    for (int i = 0; i < organizations; ++i) {
        Place place{newId(), newId()};
        const std::string name = "Studio " + std::to_string(i + 1);
        if (auto saved = entities.savePlainRow(
                organization, {place.orgId,
                               place.orgId,
                               {{"name", name}, {"kind", "studio"}, {"province", "ON"}}});
            !saved) {
            return saved.error();
        }
        if (auto saved =
                entities.savePlainRow(location, {place.locationId,
                                                 place.orgId,
                                                 {{"name", name + " Downtown"},
                                                  {"province", "ON"},
                                                  {"time_zone", LargeStoreSeeder::kZone}}});
            !saved) {
            return saved.error();
        }
        places.push_back(std::move(place));
    }
    return places;
}

} // namespace

QString LargeStoreSeeder::firstName(int index)
{
    return QString::fromUtf8(kFirstNames.at(static_cast<std::size_t>(index) % kFirstNames.size()));
}

QString LargeStoreSeeder::lastName(int index)
{
    const std::size_t count = kLastNames.size();
    const auto i = static_cast<std::size_t>(index);
    return QString::fromUtf8(kLastNames.at((i / kFirstNames.size() + i) % count));
}

Status LargeStoreSeeder::create(const QString& path, const QByteArray& passphrase,
                                const LargeStoreShape& shape)
{
    if (shape.clients < 1 || shape.sessions < 0 || shape.organizations < 1) {
        return makeError("invalid_argument", "the store needs a client and an organization");
    }
    auto store = desktop::LocalStore::create(path, passphrase, desktop::KdfSettings::defaults());
    if (!store) {
        return store.error();
    }
    QSqlDatabase db = (*store)->database();
    auto transaction = desktop::StoreTransaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    EntityRepository entities(db);
    auto places = seedPlaces(entities, shape.organizations);
    if (!places) {
        return places.error();
    }
    if (auto saved = desktop::SyncStateRepository(db).saveAccount(
            {"https://127.0.0.1:1", {}, "alex@demo.fitflow.test", kTrainerId, "token"});
        !saved) {
        return saved.error();
    }

    const std::string stamp = serverStamp();
    const EntitySpec& client = *desktop::findSyncedEntity("client");
    std::vector<std::string> clientIds;
    clientIds.reserve(static_cast<std::size_t>(shape.clients));
    for (int i = 0; i < shape.clients; ++i) {
        const Place& place = places->at(static_cast<std::size_t>(i) % places->size());
        const std::string first = firstName(i).toStdString();
        const std::string last = lastName(i).toStdString();
        const std::string id = newId();
        const nlohmann::json values{
            {"first_name", first},
            {"last_name", last},
            {"email", QString::fromStdString(first + "." + last + std::to_string(i))
                              .toLower()
                              .toStdString() +
                          "@example.com"},
            {"phone", "416-555-" + std::to_string(1000 + i % 9000)},
            {"home_location_id", place.locationId}};
        if (auto saved = saveSynced(entities, client, id, place.orgId, values, stamp); !saved) {
            return saved.error();
        }
        clientIds.push_back(id);
    }

    const EntitySpec& session = *desktop::findSyncedEntity("session");
    const QTimeZone zone(kZone);
    const QDate today = QDate::currentDate();
    const int days = kPastDays + kFutureDays;
    for (int i = 0; i < shape.sessions; ++i) {
        const std::size_t clientIndex = static_cast<std::size_t>(i * 7) % clientIds.size();
        const Place& place = places->at(clientIndex % places->size());
        const QDate day = today.addDays(static_cast<qint64>(i) * days / shape.sessions - kPastDays);
        const QDateTime start(day, QTime(7 + (i % 12), (i % 2) * 30), zone);
        const bool past = day < today;
        const nlohmann::json values{
            {"client_id", clientIds.at(clientIndex)},
            {"location_id", place.locationId},
            {"trainer_id", kTrainerId},
            {"starts_at", start.toUTC().toString(Qt::ISODate).toStdString()},
            {"ends_at",
             start.addSecs(kSessionMinutes * 60).toUTC().toString(Qt::ISODate).toStdString()},
            {"status", past ? (i % 17 == 0 ? "cancelled" : "completed") : "scheduled"}};
        if (auto saved = saveSynced(entities, session, newId(), place.orgId, values, stamp);
            !saved) {
            return saved.error();
        }
    }
    return transaction->commit();
}

} // namespace fitflow::bench
