#pragma once
// Words for the status bar: the store's state and the server connection's state.

#include "desktop/core/StoreSession.h"
#include "desktop/sync/ServerConnectionMonitor.h"

#include <QCoreApplication>
#include <QString>

namespace fitflow::desktop {

class StatusTexts {
    Q_DECLARE_TR_FUNCTIONS(StatusTexts)

public:
    static QString store(StoreSession::State state);
    static QString server(ServerConnectionMonitor::State state);
};

} // namespace fitflow::desktop
