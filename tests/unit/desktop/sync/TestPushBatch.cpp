// Push batches against a real store: the contract's size limits, and a 200 answer that drops
// acknowledged entries, keeps rejections and lets the server's state replace a rejected change.

#include "tests/unit/desktop/sync/SyncTestStore.h"

#include "desktop/storage/OutboxRepository.h"
#include "desktop/storage/SyncIssueRepository.h"
#include "desktop/storage/SyncStateRepository.h"
#include "desktop/sync/LocalChanges.h"
#include "desktop/sync/PushBatch.h"

#include <QTest>

using namespace fitflow;
using namespace fitflow::desktop;
using fitflow::test::kOrgA;

class TestPushBatch : public QObject {
    Q_OBJECT

private slots:
    void batchesRespectTheByteLimitAndIdOrder()
    {
        std::vector<OutboxEntry> entries;
        for (qint64 id = 1; id <= 10; ++id) {
            entries.push_back({id,
                               kOrgA,
                               "client",
                               "01900000-0000-7000-8000-0000000000c1",
                               {{"change",
                                 {{"operation", "write"},
                                  {"stamp", "x"},
                                  {"fields", {{"first_name", std::string(1000, 'a')}}}}}}});
        }
        const PushBatch small = PushBatch::fromEntries(entries, 3800);
        QCOMPARE(small.size(), std::size_t{3});
        QCOMPARE(small.firstId(), qint64{1});
        QVERIFY(small.body(1).dump().size() <= 3800);
        const nlohmann::json mutations = small.body(1)["mutations"];
        QCOMPARE_JSON(mutations[2]["id"], nlohmann::json(3));
        QCOMPARE_JSON(mutations[0]["entity_id"],
                      nlohmann::json("01900000-0000-7000-8000-0000000000c1"));
        QVERIFY(mutations[0].contains("change"));
        // A single entry larger than the limit still goes alone (the server answers 413).
        QCOMPARE(PushBatch::fromEntries(entries, 10).size(), std::size_t{1});
    }

    void acknowledgementDropsEntriesAndKeepsRejections()
    {
        test::SyncTestStore store;
        QVERIFY(store.ok());
        LocalChanges changes(store.db(), store.clock());
        auto kept = changes.add("client", kOrgA, {{"first_name", "A"}, {"last_name", "B"}});
        auto refused = changes.add("client", kOrgA, {{"first_name", "C"}, {"last_name", "D"}});
        auto later = changes.add("client", kOrgA, {{"first_name", "E"}, {"last_name", "F"}});
        QVERIFY(kept && refused && later);
        QVERIFY(SyncStateRepository(store.db()).saveCursor(kOrgA, {"c", false}));

        OutboxRepository outbox(store.db());
        auto pending = outbox.oldest(2);
        QVERIFY(pending);
        const PushBatch batch = PushBatch::fromEntries(*pending, 256 * 1024);
        const nlohmann::json answer{
            {"acknowledged_through", 2},
            {"rejections", nlohmann::json::array({{{"mutation_id", 2},
                                                   {"code", "validation_failed"},
                                                   {"message", "no"},
                                                   {"field", "email"}}})}};
        auto acknowledged = batch.acknowledge(store.db(), answer);
        QVERIFY2(acknowledged, acknowledged ? "" : acknowledged.error().message.c_str());
        QCOMPARE(acknowledged->acknowledged, 2);
        QCOMPARE(acknowledged->rejected, 1);
        QCOMPARE(*outbox.pendingCount(), qint64{1});

        auto rejections = SyncIssueRepository(store.db()).rejections();
        QVERIFY(rejections && rejections->size() == 1);
        QCOMPARE(rejections->front().entityId, *refused);
        QCOMPARE(rejections->front().code, std::string("validation_failed"));
        QCOMPARE(rejections->front().field, std::string("email"));
        // The refused record is dropped and the organization will be pulled afresh.
        QCOMPARE(store.scalar(QStringLiteral("SELECT count(*) FROM clients")).toInt(), 2);
        QVERIFY(!SyncStateRepository(store.db()).cursor(kOrgA).value());

        // An answer that acknowledges nothing of the batch is refused (no endless resend).
        auto rest = outbox.oldest(10);
        QVERIFY(rest);
        const PushBatch next = PushBatch::fromEntries(*rest, 256 * 1024);
        QVERIFY(!next.acknowledge(store.db(), {{"acknowledged_through", 2}}));
        QCOMPARE(*outbox.pendingCount(), qint64{1});
    }
};

QTEST_GUILESS_MAIN(TestPushBatch)
#include "TestPushBatch.moc"
