#include "DesktopMeasurements.h"

#include "LargeStoreSeeder.h"

#include "desktop/core/AppSettings.h"
#include "desktop/core/DesktopContext.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/clients/ClientsService.h"
#include "desktop/sync/ServerConnectionMonitor.h"
#include "desktop/ui/dashboard/DashboardPage.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <random>

namespace fitflow::bench {

namespace {

constexpr int kWaitLimitMs = 120000;

// Runs the event loop until `finished` is emitted by `sender` (true) or the limit passes.
template <typename Sender, typename Signal> bool waitForSignal(Sender* sender, Signal finished)
{
    QEventLoop loop;
    bool arrived = false;
    QObject::connect(sender, finished, &loop, [&] {
        arrived = true;
        loop.quit();
    });
    QTimer::singleShot(kWaitLimitMs, &loop, &QEventLoop::quit);
    loop.exec();
    return arrived;
}

double elapsedMs(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

OpenTiming measureOpenToDashboard(desktop::StoreSession& session, const QByteArray& passphrase)
{
    using desktop::StoreSession;
    OpenTiming timing;
    QTemporaryDir settingsDir;
    desktop::AppSettings settings(settingsDir.filePath(QStringLiteral("FitFlow.ini")));
    desktop::ServerConnectionMonitor monitor(desktop::ServerEndpoint{});
    desktop::StoreEvents events;

    QElapsedTimer timer;
    timer.start();
    QEventLoop unlocking;
    QObject::connect(&session, &StoreSession::stateChanged, &unlocking, [&](StoreSession::State s) {
        if (s == StoreSession::State::Unlocked || s == StoreSession::State::Locked) {
            unlocking.quit();
        }
    });
    QObject::connect(&session, &StoreSession::openFailed, &unlocking,
                     [&unlocking](const QString& code, const QString& message) {
                         qWarning("unlock failed: %s %s", qPrintable(code), qPrintable(message));
                         unlocking.quit();
                     });
    QTimer::singleShot(kWaitLimitMs, &unlocking, &QEventLoop::quit);
    session.unlock(passphrase);
    unlocking.exec();
    timing.unlockMs = elapsedMs(timer);
    if (session.state() != StoreSession::State::Unlocked) {
        return timing;
    }

    timer.restart();
    desktop::DashboardPage page(
        {.session = session, .events = events, .settings = settings, .monitor = monitor});
    page.resize(1000, 700);
    QTimer::singleShot(0, &page, [&page] { page.show(); });
    timing.ok = waitForSignal(&page, &desktop::DashboardPage::reloaded);
    timing.dashboardMs = elapsedMs(timer);
    return timing;
}

SearchTiming measureClientSearch(desktop::StoreSession& session, const QStringList& queries)
{
    SearchTiming timing;
    desktop::ClientsService service(session, nullptr);
    // One search to warm the statement cache and the page cache, as the page does on first show.
    service.search(QString());
    if (!waitForSignal(&service, &desktop::ClientsService::searchFinished)) {
        return timing;
    }
    for (const QString& query : queries) {
        QElapsedTimer timer;
        QEventLoop loop;
        int found = -1;
        QObject::connect(&service, &desktop::ClientsService::searchFinished, &loop, [&](int count) {
            found = count;
            loop.quit();
        });
        QTimer::singleShot(kWaitLimitMs, &loop, &QEventLoop::quit);
        timer.start();
        service.search(query);
        loop.exec();
        if (found < 0) {
            return timing;
        }
        timing.latenciesMs.push_back(elapsedMs(timer));
        timing.matchedRows += found;
    }
    timing.ok = true;
    return timing;
}

QStringList sampleQueries(int count)
{
    std::mt19937 random(20261126);
    std::uniform_int_distribution<int> anyClient(0, 4999);
    std::uniform_int_distribution<int> kind(0, 5);
    QStringList queries;
    while (queries.size() < count) {
        const int client = anyClient(random);
        const QString first = LargeStoreSeeder::firstName(client);
        const QString last = LargeStoreSeeder::lastName(client);
        switch (kind(random)) {
        case 0:
            queries.append(first.left(1 + client % 2)); // "a", "al": the widest prefixes
            break;
        case 1:
            queries.append(last.left(3 + client % 3));
            break;
        case 2:
            queries.append(first + u' ' + last);
            break;
        case 3:
            queries.append(first.left(2) + u' ' + last.left(2));
            break;
        case 4:
            queries.append(QStringLiteral("%1.%2").arg(first, last).toLower().left(8));
            break;
        default:
            queries.append(QStringLiteral("555-%1").arg(1000 + client % 9000));
            break;
        }
    }
    return queries;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto rank =
        static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(values.size())));
    return values.at(std::clamp<std::size_t>(rank, 1, values.size()) - 1);
}

} // namespace fitflow::bench
