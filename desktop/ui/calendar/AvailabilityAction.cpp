#include "desktop/ui/calendar/AvailabilityAction.h"

#include "desktop/core/ErrorText.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/calendar/AvailabilityService.h"
#include "desktop/ui/calendar/AvailabilityDialog.h"

#include <QMessageBox>

namespace fitflow::desktop {

AvailabilityAction::AvailabilityAction(AvailabilityService& service, StoreSession& session,
                                       QWidget* parent)
    : QAction(tr("A&vailability…"), parent)
    , m_service(service)
    , m_parentWindow(parent)
{
    setObjectName(QStringLiteral("availabilityAction"));
    setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    setStatusTip(tr("Set your weekly hours and time off at each location"));
    const auto follow = [this](StoreSession::State state) {
        setEnabled(state == StoreSession::State::Unlocked);
    };
    follow(session.state());
    connect(&session, &StoreSession::stateChanged, this, follow);
    connect(this, &QAction::triggered, this, &AvailabilityAction::open);
}

void AvailabilityAction::open()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new AvailabilityDialog(m_service, m_parentWindow);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_service.loadLocations([dialog = m_dialog](auto locations) {
        if (!dialog) {
            return;
        }
        if (!locations) {
            QMessageBox::warning(dialog, AvailabilityAction::tr("Availability"),
                                 ErrorText::forError(locations.error()));
            return;
        }
        dialog->setLocations(std::move(*locations));
    });
    m_dialog->open();
}

} // namespace fitflow::desktop
