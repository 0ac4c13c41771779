#pragma once
// Calendar ▸ Availability… (Ctrl+Alt+A): opens AvailabilityDialog with the device's locations,
// read on the store thread. Disabled while the store is locked.

#include "desktop/ui/calendar/AvailabilityDialog.h"

#include <QAction>
#include <QPointer>

namespace fitflow::desktop {

class AvailabilityService;
class StoreSession;

class AvailabilityAction : public QAction {
    Q_OBJECT

public:
    AvailabilityAction(AvailabilityService& service, StoreSession& session, QWidget* parent);

    // The open dialog, or null (also used by tests).
    AvailabilityDialog* dialog() const { return m_dialog; }

private:
    void open();

    AvailabilityService& m_service;
    QWidget* m_parentWindow = nullptr;
    QPointer<AvailabilityDialog> m_dialog;
};

} // namespace fitflow::desktop
