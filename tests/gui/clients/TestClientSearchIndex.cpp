// ClientSearchIndex and ClientDirectory against a real encrypted store: prefix and
// accent-insensitive search over names, email and phone, kept in step with client writes
// (LocalChanges and pulled rows through EntityRepository), rebuilt when stale, and fast.

#include "desktop/storage/EntityRepository.h"
#include "desktop/storage/LocalStore.h"
#include "desktop/storage/StoreTransaction.h"
#include "desktop/storage/search/ClientDirectory.h"
#include "desktop/storage/search/ClientSearchIndex.h"
#include "desktop/sync/LocalChanges.h"
#include "shared/sync/Hlc.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <memory>

using namespace fitflow;
using namespace fitflow::desktop;

namespace {

const QByteArray kPassphrase = "client search passphrase";
const std::string kOrg = "01900000-0000-7000-8000-0000000000a1";
constexpr int kManyClients = 2000;
constexpr qint64 kSearchBudgetMs = 50;

qint64 threadCpuMicroseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64{now.tv_sec} * 1'000'000 + now.tv_nsec / 1000;
}

sync::Hlc pulledStamp()
{
    return sync::Hlc{Instant{std::chrono::milliseconds{1'780'000'000'000}}, 0,
                     "01900000-0000-7000-8000-00000000d0d0"};
}

QStringList lastNames(const std::vector<ClientSummary>& clients)
{
    QStringList names;
    for (const ClientSummary& client : clients) {
        names << client.lastName;
    }
    return names;
}

} // namespace

class TestClientSearchIndex : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("search.fitflow"));
        auto created = LocalStore::create(m_path, kPassphrase, KdfSettings::fastForTests());
        QVERIFY(created);
        m_store = std::move(*created);
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void matchExpressionMakesEveryWordAPrefixTerm()
    {
        QCOMPARE(ClientSearchIndex::matchExpression(QStringLiteral("  Ale  MAR ")),
                 QStringLiteral("ale* mar*"));
        QCOMPARE(ClientSearchIndex::matchExpression(QStringLiteral("alex.m@ex")),
                 QStringLiteral("alex* m* ex*"));
        // FTS operators and quotes typed by a user are plain words, never syntax.
        QCOMPARE(ClientSearchIndex::matchExpression(QStringLiteral("\"x\" OR -y*")),
                 QStringLiteral("x* or* y*"));
        QVERIFY(ClientSearchIndex::matchExpression(QStringLiteral(" .-* ")).isEmpty());
    }

    void findsByPrefixAccentEmailAndPhone()
    {
        LocalChanges changes(m_store->database());
        QVERIFY(changes.add("client", kOrg,
                            {{"first_name", "Alexandre"},
                             {"last_name", "Côté"},
                             {"email", "alex.cote@example.ca"},
                             {"phone", "+1 (514) 555-0199"}}));
        QVERIFY(changes.add("client", kOrg, {{"first_name", "Élodie"}, {"last_name", "Müller"}}));
        QVERIFY(changes.add("client", kOrg, {{"first_name", "Sam"}, {"last_name", "Alexis"}}));

        ClientDirectory directory(m_store->database());
        const auto find = [&](const char* typed) {
            auto found = directory.find(QString::fromUtf8(typed), 50);
            return found ? lastNames(*found) : QStringList{QStringLiteral("<error>")};
        };
        QCOMPARE(find("ale"), (QStringList{QStringLiteral("Alexis"), QStringLiteral("Côté")}));
        QCOMPARE(find("cote"), QStringList{QStringLiteral("Côté")});
        QCOMPARE(find("ÉLO"), QStringList{QStringLiteral("Müller")});
        QCOMPARE(find("mull"), QStringList{QStringLiteral("Müller")});
        QCOMPARE(find("alex cot"), QStringList{QStringLiteral("Côté")});
        QCOMPARE(find("example.ca"), QStringList{QStringLiteral("Côté")});
        QCOMPARE(find("514555"), QStringList{QStringLiteral("Côté")});
        QCOMPARE(find("555-0199"), QStringList{QStringLiteral("Côté")});
        QCOMPARE(find("zoe"), QStringList{});
        QCOMPARE(find(""), (QStringList{QStringLiteral("Alexis"), QStringLiteral("Côté"),
                                        QStringLiteral("Müller")}));
    }

    void editsAndDeletesKeepTheIndexInStep()
    {
        LocalChanges changes(m_store->database());
        auto id = changes.add("client", kOrg, {{"first_name", "Nora"}, {"last_name", "Lind"}});
        QVERIFY(id);
        ClientDirectory directory(m_store->database());
        QCOMPARE(directory.find(QStringLiteral("nor"), 10)->size(), size_t{1});

        QVERIFY(changes.update("client", *id, {{"first_name", "Petra"}}));
        QCOMPARE(directory.find(QStringLiteral("nor"), 10)->size(), size_t{0});
        QCOMPARE(directory.find(QStringLiteral("petr lin"), 10)->size(), size_t{1});

        QVERIFY(changes.remove("client", *id));
        QCOMPARE(directory.find(QStringLiteral("petr"), 10)->size(), size_t{0});
        QCOMPARE(directory.find(QString(), 10)->size(), size_t{0});
        QVERIFY(!directory.client(QString::fromStdString(*id)));
    }

    void pulledRowsAndRemovedRowsAreIndexed()
    {
        EntityRepository entities(m_store->database());
        const EntitySpec& client = *findSyncedEntity("client");
        StoredRecord row{"01900000-0000-7000-8000-00000000c001", kOrg, {}, nlohmann::json::array()};
        row.state.apply({sync::RecordOperation::Write,
                         pulledStamp(),
                         {{"first_name", "Quentin"}, {"last_name", "Roy"}}});
        QVERIFY(entities.saveRecord(client, row));
        ClientDirectory directory(m_store->database());
        QCOMPARE(directory.find(QStringLiteral("quent"), 10)->size(), size_t{1});
        QVERIFY(entities.removeRow(client, row.id));
        QCOMPARE(directory.find(QStringLiteral("quent"), 10)->size(), size_t{0});
    }

    void staleIndexIsRebuiltWhenTheStoreOpens()
    {
        QVERIFY(LocalChanges(m_store->database())
                    .add("client", kOrg, {{"first_name", "Ines"}, {"last_name", "Okafor"}}));
        {
            QSqlQuery wipe(m_store->database());
            QVERIFY(wipe.exec(QStringLiteral("DELETE FROM client_search")));
        }
        QCOMPARE(ClientDirectory(m_store->database()).find(QStringLiteral("okaf"), 10)->size(),
                 size_t{0});

        m_store.reset();
        auto reopened = LocalStore::open(m_path, kPassphrase);
        QVERIFY(reopened);
        m_store = std::move(*reopened);
        QCOMPARE(ClientDirectory(m_store->database()).find(QStringLiteral("okaf"), 10)->size(),
                 size_t{1});
    }

    void indexOfAnOlderFormatIsRebuiltWithoutItsDocidMap()
    {
        // A store written by format 3 kept client_search_docs beside the index; opening it
        // rebuilds the index (docid = the client's rowid) and drops the map.
        LocalChanges changes(m_store->database());
        QVERIFY(changes.add("client", kOrg, {{"first_name", "Ines"}, {"last_name", "Okafor"}}));
        {
            QSqlQuery old(m_store->database());
            QVERIFY(old.exec(QStringLiteral("CREATE TABLE client_search_docs ("
                                            " docid INTEGER PRIMARY KEY,"
                                            " client_id TEXT NOT NULL UNIQUE)")));
            QVERIFY(old.exec(QStringLiteral(
                "UPDATE settings SET value = '3' WHERE key = 'client_search_format'")));
            QVERIFY(old.exec(QStringLiteral("UPDATE client_search SET docid = docid + 1000")));
        }
        reopen();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"
                                       " WHERE name = 'client_search_docs'")),
                 0);
        QCOMPARE(entriesAtTheirClientsRowid(), 1);
        QCOMPARE(ClientDirectory(m_store->database()).find(QStringLiteral("okaf"), 10)->size(),
                 size_t{1});
    }

    void entryAwayFromItsClientsRowidIsRebuiltWhenTheStoreOpens()
    {
        // A migration that rebuilds `clients` renumbers its rowids: entries whose docid is not
        // their client's rowid can no longer be replaced or removed, so the index is rebuilt.
        LocalChanges changes(m_store->database());
        auto kept = changes.add("client", kOrg, {{"first_name", "Ines"}, {"last_name", "Okafor"}});
        QVERIFY(kept);
        QVERIFY(changes.add("client", kOrg, {{"first_name", "Sam"}, {"last_name", "Alexis"}}));
        QCOMPARE(entriesAtTheirClientsRowid(), 2);
        {
            QSqlQuery moved(m_store->database());
            QVERIFY(moved.exec(QStringLiteral("UPDATE clients SET rowid = rowid + 1000"
                                              " WHERE last_name = 'Okafor'")));
        }
        QCOMPARE(entriesAtTheirClientsRowid(), 1);
        reopen();
        QCOMPARE(entriesAtTheirClientsRowid(), 2);
        // Replaced and removed by docid again.
        QVERIFY(
            LocalChanges(m_store->database()).update("client", *kept, {{"last_name", "Okonkwo"}}));
        ClientDirectory directory(m_store->database());
        QCOMPARE(directory.find(QStringLiteral("okaf"), 10)->size(), size_t{0});
        QCOMPARE(directory.find(QStringLiteral("okon"), 10)->size(), size_t{1});
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM client_search")), 2);
    }

    void searchingTwoThousandClientsStaysUnderBudget()
    {
        seedManyClients();
        ClientDirectory directory(m_store->database());
        QCOMPARE(directory.find(QString(), kManyClients + 10)->size(), size_t{kManyClients});

        const QStringList queries{QStringLiteral("a"),      QStringLiteral("ma"),
                                  QStringLiteral("client"), QStringLiteral("client 19"),
                                  QStringLiteral("17"),     QStringLiteral("example"),
                                  QStringLiteral("55501"),  QStringLiteral("zz")};
        // Wall time depends on how many builds share the machine's cores; the CPU time the
        // searching thread spends does not, so the budget is checked on it and both are reported.
        std::vector<qint64> wallUs;
        std::vector<qint64> cpuUs;
        for (int round = 0; round < 5; ++round) {
            for (const QString& typed : queries) {
                QElapsedTimer timer;
                timer.start();
                const qint64 cpuBefore = threadCpuMicroseconds();
                auto found = directory.find(typed, 200);
                cpuUs.push_back(threadCpuMicroseconds() - cpuBefore);
                wallUs.push_back(timer.nsecsElapsed() / 1000);
                QVERIFY(found);
            }
        }
        const auto percentile = [](std::vector<qint64> values, int percent) {
            std::sort(values.begin(), values.end());
            return static_cast<long long>(values.at((values.size() - 1) * percent / 100));
        };
        qInfo("client search over %d clients, %zu searches: wall median %lld us, p95 %lld us, "
              "max %lld us; thread CPU median %lld us, p95 %lld us, max %lld us",
              kManyClients, wallUs.size(), percentile(wallUs, 50), percentile(wallUs, 95),
              percentile(wallUs, 100), percentile(cpuUs, 50), percentile(cpuUs, 95),
              percentile(cpuUs, 100));
        QVERIFY2(percentile(cpuUs, 95) < kSearchBudgetMs * 1000,
                 "the 95th percentile client search used 50 ms of CPU or more");

        // Exactly the right rows, not just fast: one client has the address client1999@...
        auto one = directory.find(QStringLiteral("client1999"), 10);
        QVERIFY(one);
        QCOMPARE(one->size(), size_t{1});
        QCOMPARE(one->front().lastName, QStringLiteral("Client 1999"));
    }

private:
    void reopen()
    {
        m_store.reset();
        auto reopened = LocalStore::open(m_path, kPassphrase);
        QVERIFY(reopened);
        m_store = std::move(*reopened);
    }

    int scalar(const QString& sql) const
    {
        QSqlQuery query(m_store->database());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

    // Entries whose docid is their client's rowid (how the index finds an entry).
    int entriesAtTheirClientsRowid() const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM client_search s JOIN clients c"
                                     " ON c.rowid = s.docid AND c.id = s.client_id"));
    }

    // Pulled rows in one transaction, as a first sync writes them.
    void seedManyClients()
    {
        EntityRepository entities(m_store->database());
        const EntitySpec& client = *findSyncedEntity("client");
        auto transaction = StoreTransaction::begin(m_store->database());
        QVERIFY(transaction);
        const QStringList firsts{QStringLiteral("Alex"), QStringLiteral("Marie"),
                                 QStringLiteral("Jean"), QStringLiteral("Amélie")};
        const auto stamp = pulledStamp();
        for (int i = 0; i < kManyClients; ++i) {
            StoredRecord row{QStringLiteral("01900000-0000-7000-8000-%1")
                                 .arg(i, 12, 10, QLatin1Char('0'))
                                 .toStdString(),
                             kOrg,
                             {},
                             nlohmann::json::array()};
            const std::string number = std::to_string(i);
            row.state.apply({sync::RecordOperation::Write,
                             stamp,
                             {{"first_name", firsts.at(i % firsts.size()).toStdString()},
                              {"last_name", "Client " + number},
                              {"email", "client" + number + "@example.com"},
                              {"phone", "514-555-" + std::to_string(1000 + i)}}});
            QVERIFY(entities.saveRecord(client, row));
        }
        QVERIFY(transaction->commit());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<LocalStore> m_store;
};

QTEST_GUILESS_MAIN(TestClientSearchIndex)
#include "TestClientSearchIndex.moc"
