#pragma once
// Where the calendar's New session starts by default: the first free slot of the signed-in
// trainer's availability from now on (scheduling::firstAvailableSlot over their availability at
// every location and their sessions at every organization, read on the store thread). No
// availability, or no room within two weeks: no slot, and the caller keeps its own default.

#include "desktop/core/StoreSession.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace fitflow::desktop {

struct NewSessionSlotChoice {
    QString locationId;
    QDateTime start; // UTC
};

class NewSessionSlot : public QObject {
    Q_OBJECT

public:
    using Reply = std::function<void(std::optional<NewSessionSlotChoice>)>;

    explicit NewSessionSlot(StoreSession& session, QObject* parent = nullptr);

    // Finds the slot for a session of `length` from `now` (UTC), keeping `travelBuffer` between
    // locations; `reply` runs on the GUI thread (nullopt also when the store cannot be read).
    void find(const QDateTime& now, std::chrono::minutes length, std::chrono::minutes travelBuffer,
              Reply reply);

private:
    StoreSession& m_session;
};

} // namespace fitflow::desktop
