#pragma once
// The main window's "Manager view" action (Ctrl+Alt+M, in the View menu): visible and enabled
// only while the signed-in user has an owner, manager or trainer_admin membership (from the
// cached profile, refreshed from the server when signed in); opens ManagerPage in a window of
// its own, created on first use and raised afterwards.

#include "desktop/core/DesktopContext.h"

#include <QAction>
#include <QPointer>

namespace fitflow::desktop {

class ManagerPage;
class ProfileService;

class ManagerWindowAction : public QAction {
    Q_OBJECT

public:
    ManagerWindowAction(DesktopContext context, QWidget* parent);

    // The open Manager view, or null before the action was first triggered.
    ManagerPage* page() const;
    ProfileService& profile() { return *m_profile; }

private:
    void open();
    void followProfile();

    DesktopContext m_context;
    QWidget* m_parentWindow = nullptr;
    ProfileService* m_profile = nullptr; // child
    QPointer<ManagerPage> m_page;
};

} // namespace fitflow::desktop
