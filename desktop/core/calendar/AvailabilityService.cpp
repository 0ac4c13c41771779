#include "desktop/core/calendar/AvailabilityService.h"

#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/calendar/AvailabilityBook.h"
#include "desktop/storage/LocalStore.h"
#include "desktop/storage/SyncStateRepository.h"
#include "desktop/storage/calendar/CalendarQueries.h"
#include "desktop/sync/LocalChanges.h"
#include "shared/scheduling/AvailabilityWire.h"

namespace fitflow::desktop {

namespace {

const std::string kEntity = "availability";

fitflow::Result<QString> signedInTrainer(const QSqlDatabase& db)
{
    auto account = SyncStateRepository(db).account();
    if (!account) {
        return account.error();
    }
    return *account ? QString::fromStdString((*account)->userId) : QString();
}

fitflow::Error storeClosed()
{
    return makeError("store_locked", "the store is locked");
}

} // namespace

AvailabilityService::AvailabilityService(StoreSession& session, StoreEvents* events,
                                         QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_events(events)
{
    if (m_events) {
        connect(m_events, &StoreEvents::changed, this, [this](const QString& entity) {
            if (StoreEvents::concerns(entity, QString::fromStdString(kEntity)) ||
                StoreEvents::concerns(entity, QStringLiteral("location"))) {
                reload();
            }
        });
    }
    connect(&m_session, &StoreSession::stateChanged, this, [this](StoreSession::State state) {
        if (state == StoreSession::State::Unlocked) {
            reload();
        } else {
            AvailabilityBook::instance().set({});
        }
    });
}

void AvailabilityService::reload()
{
    if (m_session.state() != StoreSession::State::Unlocked) {
        return;
    }
    using Answer = fitflow::Result<std::vector<StoredAvailability>>;
    m_session.runOnStore<Answer>(
        this,
        [](LocalStore* store) -> Answer {
            if (!store) {
                return storeClosed();
            }
            auto trainer = signedInTrainer(store->database());
            if (!trainer) {
                return trainer.error();
            }
            return AvailabilityQueries(store->database()).ofTrainer(*trainer);
        },
        [](Answer records) {
            AvailabilityBook::instance().set(records ? std::move(*records)
                                                     : std::vector<StoredAvailability>());
        });
}

void AvailabilityService::loadLocations(LocationsReply reply)
{
    using Answer = fitflow::Result<std::vector<BookableLocation>>;
    m_session.runOnStore<Answer>(
        this,
        [](LocalStore* store) -> Answer {
            return store ? CalendarQueries(store->database()).locations() : Answer(storeClosed());
        },
        std::move(reply));
}

void AvailabilityService::save(QString orgId, scheduling::Availability availability,
                               StatusReply reply)
{
    m_session.runOnStore<fitflow::Status>(
        this,
        [orgId, availability = std::move(availability)](LocalStore* store) -> fitflow::Status {
            if (!store) {
                return storeClosed();
            }
            auto trainer = signedInTrainer(store->database());
            if (!trainer) {
                return trainer.error();
            }
            if (trainer->isEmpty()) {
                return makeError("not_signed_in", "sign in once before setting availability");
            }
            const QString location = QString::fromStdString(availability.locationId);
            auto existing = AvailabilityQueries(store->database()).at(*trainer, location);
            if (!existing) {
                return existing.error();
            }
            nlohmann::json fields{
                {"weekly_rules", scheduling::weeklyRulesToJson(availability.weeklyRules)},
                {"exceptions", scheduling::availabilityExceptionsToJson(availability.exceptions)}};
            LocalChanges changes(store->database());
            if (*existing) {
                return changes.update(kEntity, (*existing)->id.toStdString(), std::move(fields));
            }
            fields["trainer_id"] = trainer->toStdString();
            fields["location_id"] = availability.locationId;
            auto added = changes.add(kEntity, orgId.toStdString(), std::move(fields));
            return added ? fitflow::Status() : fitflow::Status(added.error());
        },
        [this, reply = std::move(reply)](fitflow::Status saved) {
            if (saved && m_events) {
                m_events->notifyChanged(QString::fromStdString(kEntity));
            } else if (saved) {
                reload();
            }
            reply(saved);
        });
}

} // namespace fitflow::desktop
