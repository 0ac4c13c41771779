// bench_desktop: the desktop targets of issue 6 on a large encrypted store. Creates a store with
// 5,000 clients and 50,000 sessions (or --clients/--sessions), then measures, with the
// production key derivation and the app's own code paths, store unlock to the Dashboard shown
// (several runs) and client search latency over a few hundred queries. Prints numbers and one
// JSON line; never fails on time (exit 1 only when a run could not complete).
//   bench_desktop [--clients N] [--sessions N] [--queries N] [--runs N] [--keep DIR]

#include "DesktopMeasurements.h"
#include "LargeStoreSeeder.h"

#include "desktop/core/StoreSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace fitflow;

namespace {

const QByteArray kPassphrase = "desktop benchmark passphrase";

struct BenchOptions {
    bench::LargeStoreShape shape;
    int queries = 300;
    int runs = 5;
    QString keepDir;
};

BenchOptions parseOptions(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("FitFlow desktop benchmark"));
    parser.addHelpOption();
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("Clients."),
                                     QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption sessions(QStringLiteral("sessions"), QStringLiteral("Sessions."),
                                      QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption queries(QStringLiteral("queries"), QStringLiteral("Searches."),
                                     QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Unlock runs."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Create the store in DIR and keep it."),
                                  QStringLiteral("DIR"));
    parser.addOptions({clients, sessions, queries, runs, keep});
    parser.process(app);
    BenchOptions options;
    options.shape.clients = parser.value(clients).toInt();
    options.shape.sessions = parser.value(sessions).toInt();
    options.queries = parser.value(queries).toInt();
    options.runs = parser.value(runs).toInt();
    options.keepDir = parser.value(keep);
    return options;
}

void printLine(const QString& text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const BenchOptions options = parseOptions(app);
    if (options.shape.clients < 1 || options.shape.sessions < 0 || options.queries < 1 ||
        options.runs < 1) {
        std::fprintf(stderr, "bench_desktop: counts must be positive\n");
        return 2;
    }

    QTemporaryDir scratch;
    const QString folder = options.keepDir.isEmpty() ? scratch.path() : options.keepDir;
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("bench.fitflow"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".key"));

    QElapsedTimer seeding;
    seeding.start();
    if (auto created = bench::LargeStoreSeeder::create(path, kPassphrase, options.shape);
        !created) {
        std::fprintf(stderr, "bench_desktop: seeding failed: %s %s\n", created.error().code.c_str(),
                     created.error().message.c_str());
        return 1;
    }
    printLine(QStringLiteral("store: %1 clients, %2 sessions, %3 MB, seeded in %4 s")
                  .arg(options.shape.clients)
                  .arg(options.shape.sessions)
                  .arg(QFileInfo(path).size() / 1e6, 0, 'f', 1)
                  .arg(seeding.elapsed() / 1000.0, 0, 'f', 1));

    // Every run is a fresh start: a new session on the closed store, as when the app starts.
    QJsonArray opens;
    std::vector<double> totals;
    std::vector<double> unlocks;
    std::unique_ptr<desktop::StoreSession> session;
    for (int run = 0; run < options.runs; ++run) {
        session.reset();
        session = std::make_unique<desktop::StoreSession>(path);
        const bench::OpenTiming timing = bench::measureOpenToDashboard(
            *session, QByteArray(kPassphrase.constData(), kPassphrase.size()));
        if (!timing.ok) {
            std::fprintf(stderr, "bench_desktop: run %d did not show the dashboard\n", run + 1);
            return 1;
        }
        printLine(QStringLiteral("open run %1: unlock %2 ms + dashboard %3 ms = %4 ms")
                      .arg(run + 1)
                      .arg(timing.unlockMs, 0, 'f', 1)
                      .arg(timing.dashboardMs, 0, 'f', 1)
                      .arg(timing.totalMs(), 0, 'f', 1));
        opens.append(QJsonObject{{QStringLiteral("unlock_ms"), timing.unlockMs},
                                 {QStringLiteral("dashboard_ms"), timing.dashboardMs}});
        totals.push_back(timing.totalMs());
        unlocks.push_back(timing.unlockMs);
    }

    const bench::SearchTiming search =
        bench::measureClientSearch(*session, bench::sampleQueries(options.queries));
    if (!search.ok) {
        std::fprintf(stderr, "bench_desktop: a search did not answer\n");
        return 1;
    }
    const double p50 = bench::percentile(search.latenciesMs, 50);
    const double p95 = bench::percentile(search.latenciesMs, 95);
    const double worst = bench::percentile(search.latenciesMs, 100);
    const double openMedian = bench::percentile(totals, 50);
    printLine(QStringLiteral(
                  "open to dashboard: median %1 ms (unlock median %2 ms); target < 1000 ms: %3")
                  .arg(openMedian, 0, 'f', 1)
                  .arg(bench::percentile(unlocks, 50), 0, 'f', 1)
                  .arg(openMedian < 1000 ? QStringLiteral("met") : QStringLiteral("MISSED")));
    printLine(QStringLiteral("client search over %1 queries (%2 rows found): p50 %3 ms, p95 %4 ms, "
                             "max %5 ms; target p95 < 20 ms: %6")
                  .arg(search.latenciesMs.size())
                  .arg(search.matchedRows)
                  .arg(p50, 0, 'f', 2)
                  .arg(p95, 0, 'f', 2)
                  .arg(worst, 0, 'f', 2)
                  .arg(p95 < 20 ? QStringLiteral("met") : QStringLiteral("MISSED")));
    const QJsonObject result{{QStringLiteral("clients"), options.shape.clients},
                             {QStringLiteral("sessions"), options.shape.sessions},
                             {QStringLiteral("open_runs"), opens},
                             {QStringLiteral("open_median_ms"), openMedian},
                             {QStringLiteral("search_queries"), options.queries},
                             {QStringLiteral("search_p50_ms"), p50},
                             {QStringLiteral("search_p95_ms"), p95},
                             {QStringLiteral("search_max_ms"), worst}};
    printLine(QStringLiteral("json: ") +
              QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    return 0;
}
