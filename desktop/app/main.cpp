// fitflow-desktop: the composition root. It picks the concrete store location, settings, server
// endpoint and language, wires them together and hands control to AppController.

#include "desktop/core/AppSettings.h"
#include "desktop/core/DesktopContext.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreLocation.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/StoreSessionSyncJob.h"
#include "desktop/core/SyncRunner.h"
#include "desktop/core/Translations.h"
#include "desktop/core/account/AccountService.h"
#include "desktop/core/security/IdleLock.h"
#include "desktop/sync/ServerConnectionMonitor.h"
#include "desktop/ui/shell/AppController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTranslator>

namespace {

void setApplicationIdentity()
{
    using fitflow::desktop::AppSettings;
    QCoreApplication::setOrganizationName(QLatin1String(AppSettings::kOrganizationName));
    QCoreApplication::setApplicationName(QLatin1String(AppSettings::kApplicationName));
    QCoreApplication::setApplicationVersion(QStringLiteral(FITFLOW_VERSION));
}

// --help, --version and bad options are answered before the GUI starts, so they work without a
// display (a QApplication aborts when it cannot connect to one). Exits on those; returns otherwise.
void handleCommandLine(int argc, char* argv[])
{
    QCoreApplication console(argc, argv);
    setApplicationIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("FitFlow desktop. Environment: FITFLOW_STORE, FITFLOW_SERVER_URL, "
                       "FITFLOW_CA_CERT, FITFLOW_LANG."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(console);
}

} // namespace

int main(int argc, char* argv[])
{
    using namespace fitflow::desktop;

    handleCommandLine(argc, argv);

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setDesktopFileName(QStringLiteral("ca.fitflow.FitFlow"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ca.fitflow.FitFlow.svg")));

    AppSettings settings;
    QTranslator translator;
    Translations::install(app, translator, Translations::localeFor(settings.language()));

    StoreSession session(StoreLocation::databasePath());
    ServerConnectionMonitor monitor(
        ServerEndpoint{settings.serverUrl(), settings.caCertificatePath()});
    StoreEvents events;
    AccountService account(session);
    SyncRunner sync(session, events);
    IdleLock idleLock(session);
    // Background sync on the store's own connection; destroyed (and stopped) before the session.
    SyncScheduler scheduler([&session] { return std::make_unique<StoreSessionSyncJob>(session); });
    // The monitor watches the server in the settings; until one is set there rounds are tried
    // and back off on their own. Once Settings gives it an address, rounds follow it.
    bool followingMonitor = false;
    auto followMonitorOnceConfigured = [&monitor, &scheduler, &followingMonitor] {
        if (!followingMonitor && monitor.endpoint().isConfigured()) {
            scheduler.followMonitor(&monitor);
            followingMonitor = true;
        }
    };
    followMonitorOnceConfigured();
    QObject::connect(&monitor, &ServerConnectionMonitor::endpointChanged, &scheduler,
                     followMonitorOnceConfigured);
    sync.useScheduler(&scheduler);
    AppController controller(DesktopContext{.session = session,
                                            .events = events,
                                            .settings = settings,
                                            .monitor = monitor,
                                            .account = &account,
                                            .sync = &sync,
                                            .idleLock = &idleLock});
    controller.setTranslator(&translator);
    QObject::connect(&controller, &AppController::quitRequested, &app, &QApplication::quit,
                     Qt::QueuedConnection);

    controller.start();
    monitor.start();
    scheduler.start();
    return QApplication::exec();
}
