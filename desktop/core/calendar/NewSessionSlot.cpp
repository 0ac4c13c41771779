#include "desktop/core/calendar/NewSessionSlot.h"

#include "desktop/core/calendar/ConflictWarnings.h"
#include "desktop/storage/LocalStore.h"
#include "desktop/storage/SyncStateRepository.h"
#include "desktop/storage/calendar/AvailabilityQueries.h"
#include "desktop/storage/calendar/CalendarQueries.h"
#include "shared/scheduling/FirstAvailableSlot.h"

namespace fitflow::desktop {

namespace {

using Answer = std::optional<NewSessionSlotChoice>;

constexpr std::chrono::days kHorizon{14};

Answer findOnStore(LocalStore* store, const QDateTime& now, std::chrono::minutes length,
                   std::chrono::minutes travelBuffer)
{
    if (!store) {
        return std::nullopt;
    }
    auto account = SyncStateRepository(store->database()).account();
    if (!account || !*account) {
        return std::nullopt;
    }
    const QString trainerId = QString::fromStdString((*account)->userId);
    auto records = AvailabilityQueries(store->database()).ofTrainer(trainerId);
    if (!records || records->empty()) {
        return std::nullopt;
    }
    // A day on either side covers the travel buffer and sessions under way.
    constexpr qint64 kDaySeconds = 24 * 60 * 60;
    auto rows = CalendarQueries(store->database())
                    .sessionsBetween(now.addSecs(-kDaySeconds),
                                     now.addDays(kHorizon.count()).addSecs(kDaySeconds));
    if (!rows) {
        return std::nullopt;
    }
    std::vector<scheduling::Availability> availabilities;
    for (const StoredAvailability& record : *records) {
        availabilities.push_back(record.availability);
    }
    std::vector<scheduling::Session> booked;
    for (const BookedSession& row : *rows) {
        // Only the trainer's own sessions block them; a manager's store holds others' too.
        if (row.trainerId.isEmpty() || row.trainerId == trainerId) {
            booked.push_back(toSchedulingSession(row));
        }
    }
    scheduling::SlotSearch search;
    search.from = toSysSeconds(now);
    search.length = length;
    search.horizon = kHorizon;
    search.rules.travelBuffer = travelBuffer;
    auto slot = scheduling::firstAvailableSlot(availabilities, booked, search);
    if (!slot || !*slot) {
        return std::nullopt;
    }
    return NewSessionSlotChoice{QString::fromStdString((*slot)->locationId),
                                fromSysSeconds((*slot)->time.start)};
}

} // namespace

NewSessionSlot::NewSessionSlot(StoreSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

void NewSessionSlot::find(const QDateTime& now, std::chrono::minutes length,
                          std::chrono::minutes travelBuffer, Reply reply)
{
    m_session.runOnStore<Answer>(
        this,
        [now, length, travelBuffer](LocalStore* store) {
            return findOnStore(store, now, length, travelBuffer);
        },
        std::move(reply));
}

} // namespace fitflow::desktop
