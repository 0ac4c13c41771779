// fitflow-desktop: the composition root. It picks the concrete store location, settings, server
// endpoint and language, wires them together and hands control to AppController.

#include "desktop/core/AppSettings.h"
#include "desktop/core/StoreLocation.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/Translations.h"
#include "desktop/sync/ServerConnectionMonitor.h"
#include "desktop/ui/shell/AppController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTranslator>

int main(int argc, char* argv[])
{
    using namespace fitflow::desktop;

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QLatin1String(AppSettings::kOrganizationName));
    QApplication::setApplicationName(QLatin1String(AppSettings::kApplicationName));
    QApplication::setApplicationVersion(QStringLiteral(FITFLOW_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("ca.fitflow.FitFlow"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ca.fitflow.FitFlow.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("FitFlow desktop. Environment: FITFLOW_STORE, FITFLOW_SERVER_URL, "
                       "FITFLOW_CA_CERT, FITFLOW_LANG."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    AppSettings settings;
    QTranslator translator;
    Translations::install(app, translator, Translations::localeFor(settings.language()));

    StoreSession session(StoreLocation::databasePath());
    ServerConnectionMonitor monitor(
        ServerEndpoint{settings.serverUrl(), settings.caCertificatePath()});
    AppController controller(session, monitor, settings);
    QObject::connect(&controller, &AppController::quitRequested, &app, &QApplication::quit,
                     Qt::QueuedConnection);

    controller.start();
    monitor.start();
    return QApplication::exec();
}
