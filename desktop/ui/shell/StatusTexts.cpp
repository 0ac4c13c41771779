#include "desktop/ui/shell/StatusTexts.h"

namespace fitflow::desktop {

QString StatusTexts::store(StoreSession::State state)
{
    switch (state) {
    case StoreSession::State::NoStore:
        return tr("No store yet");
    case StoreSession::State::Locked:
        return tr("Encrypted store locked");
    case StoreSession::State::Opening:
        return tr("Opening the encrypted store…");
    case StoreSession::State::Unlocked:
        return tr("Encrypted store unlocked");
    }
    return {};
}

QString StatusTexts::server(ServerConnectionMonitor::State state)
{
    switch (state) {
    case ServerConnectionMonitor::State::NotConfigured:
        return tr("Server: not configured, working offline");
    case ServerConnectionMonitor::State::Offline:
        return tr("Server: offline, changes stay on this computer");
    case ServerConnectionMonitor::State::Online:
        return tr("Server: online");
    case ServerConnectionMonitor::State::CertificateError:
        return tr("Server: certificate not trusted, not connecting");
    }
    return {};
}

} // namespace fitflow::desktop
