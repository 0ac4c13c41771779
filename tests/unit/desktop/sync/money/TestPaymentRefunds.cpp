// InvoiceOperations::refundPayment on a real encrypted store (local step 16): a refund of a cash
// payment out of the client's credit is written with its outbox entry (`payment.refund`) and
// lowers the credit; a refund beyond the payment or the credit, of a refund, or of a card payment
// writes nothing; a pulled refund row keeps the payment it refunds.

#include "../SyncTestStore.h"
#include "desktop/storage/OutboxRepository.h"
#include "desktop/storage/money/MoneyRepository.h"
#include "desktop/sync/money/InvoiceOperations.h"
#include "desktop/sync/money/InvoiceQueries.h"
#include "desktop/sync/money/MoneyPullApplier.h"
#include "tests/support/QuebecSampleInvoice.h"

#include <QTest>

using fitflow::desktop::OutboxRepository;
using fitflow::desktop::money::InvoiceOperations;
using fitflow::desktop::money::InvoiceQueries;
using fitflow::desktop::money::MoneyPullApplier;
using fitflow::desktop::money::MoneyRepository;
using fitflow::test::kOrgA;
using fitflow::test::SyncTestStore;

namespace {

const std::string kClient = "01900000-0000-7000-8000-0000000000c1";
const std::string kBlock = "01900000-0000-7000-8000-0000000000d1";
constexpr qint64 kTotal = 19546; // two $85 sessions in Québec with GST and QST

// An issued $195.46 invoice paid in full by `method`, then credited in full: the client's credit
// is the whole total. Returns {invoice id, payment id}.
std::pair<std::string, std::string> paidThenCredited(const SyncTestStore& store,
                                                     const char* method = "cash")
{
    const auto received = MoneyPullApplier(store.db())
                              .apply(kOrgA, {{"entity", "number_block"},
                                             {"id", kBlock},
                                             {"version", 1},
                                             {"values", {{"first", 1001}, {"count", 10}}}});
    if (!received) {
        return {};
    }
    InvoiceOperations operations(store.db());
    auto invoice =
        operations.draft(kOrgA, fitflow::test::quebecSampleDraft({.clientId = kClient,
                                                                  .taxPointDate = "2026-03-15",
                                                                  .quantity = 2,
                                                                  .unitPriceCents = 8500}));
    if (!invoice || !operations.issue(*invoice)) {
        return {};
    }
    auto payment = operations.recordPayment(
        *invoice, {{"amount_cents", kTotal}, {"method", method}, {"received_on", "2026-03-20"}});
    if (!payment || !operations.creditNote(*invoice)) {
        return {};
    }
    return {*invoice, *payment};
}

nlohmann::json refundOf(qint64 cents)
{
    return {{"amount_cents", cents}, {"refunded_on", "2026-03-25"}};
}

qint64 outboxCount(const SyncTestStore& store)
{
    return *OutboxRepository(store.db()).pendingCount();
}

qint64 creditOf(const SyncTestStore& store, const std::string& invoiceId)
{
    auto invoice = InvoiceQueries(store.db()).find(invoiceId);
    return invoice ? fitflow::invoice::creditCents(invoice->amounts()) : -1;
}

} // namespace

class TestPaymentRefunds : public QObject {
    Q_OBJECT

private slots:
    void aRefundOfTheCreditIsWrittenAndQueuedTogether()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        const auto [invoiceId, paymentId] = paidThenCredited(store);
        QVERIFY(!paymentId.empty());
        QCOMPARE(creditOf(store, invoiceId), kTotal);
        const qint64 queued = outboxCount(store);

        auto refund = InvoiceOperations(store.db()).refundPayment(paymentId, refundOf(10000));
        QVERIFY2(refund, refund ? "" : refund.error().message.c_str());
        QCOMPARE(outboxCount(store), queued + 1);
        QCOMPARE(creditOf(store, invoiceId), kTotal - 10000);
        auto invoice = InvoiceQueries(store.db()).find(invoiceId);
        QVERIFY(invoice);
        QCOMPARE(invoice->cents("refunded_cents"), qint64{10000});
        QCOMPARE(invoice->cents("paid_cents"), kTotal);
        QCOMPARE(invoice->cents("balance_cents"), qint64{0});

        auto stored = MoneyRepository(store.db()).findPayment(*refund);
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->values["refunds_payment_id"].get<std::string>(), paymentId);
        QCOMPARE((*stored)->values["method"].get<std::string>(), std::string("refund"));
        QCOMPARE((*stored)->values["received_on"].get<std::string>(), std::string("2026-03-25"));

        auto pending = OutboxRepository(store.db()).oldest(20);
        QVERIFY(pending);
        const nlohmann::json op = pending->back().payload["op"];
        QCOMPARE(pending->back().entity, std::string("payment"));
        QCOMPARE(pending->back().entityId, *refund);
        const nlohmann::json expected{{"type", "payment.refund"},
                                      {"payment_id", paymentId},
                                      {"amount_cents", 10000},
                                      {"refunded_on", "2026-03-25"}};
        QVERIFY2(op == expected, op.dump().c_str());
    }

    void refundsThatCannotApplyWriteNothing()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        const auto [invoiceId, paymentId] = paidThenCredited(store);
        QVERIFY(!paymentId.empty());
        InvoiceOperations operations(store.db());
        auto first = operations.refundPayment(paymentId, refundOf(15000));
        QVERIFY(first);
        const qint64 queued = outboxCount(store);
        const auto refused = [&](const std::string& payment, qint64 cents) {
            auto refund = operations.refundPayment(payment, refundOf(cents));
            return refund ? std::string("applied") : refund.error().code;
        };
        QCOMPARE(refused(paymentId, kTotal - 15000 + 1), std::string("refund_exceeds_payment"));
        QCOMPARE(refused(*first, 1), std::string("refund_of_refund"));
        QCOMPARE(refused("01900000-0000-7000-8000-0000000000ff", 1), std::string("not_found"));
        QCOMPARE(refused(paymentId, 0), std::string("out_of_range"));
        QCOMPARE(outboxCount(store), queued);
        QCOMPARE(creditOf(store, invoiceId), kTotal - 15000);
    }

    void theCreditCapsARefundAndCardPaymentsAreNotRefundedByHand()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        const auto [invoiceId, paymentId] = paidThenCredited(store, "card");
        QVERIFY(!paymentId.empty());
        InvoiceOperations operations(store.db());
        auto card = operations.refundPayment(paymentId, refundOf(100));
        QVERIFY(!card);
        QCOMPARE(card.error().code, std::string("invalid_value"));

        // Paid exactly, never credited: nothing is owed back, so nothing can be refunded.
        auto second =
            operations.draft(kOrgA, fitflow::test::quebecSampleDraft({.clientId = kClient,
                                                                      .taxPointDate = "2026-03-16",
                                                                      .quantity = 1,
                                                                      .unitPriceCents = 5000}));
        QVERIFY(second && operations.issue(*second));
        const auto total =
            InvoiceQueries(store.db()).find(*second)->values["totals"]["total_cents"];
        auto cash = operations.recordPayment(
            *second, {{"amount_cents", total}, {"method", "cash"}, {"received_on", "2026-03-20"}});
        QVERIFY(cash);
        auto noCredit = operations.refundPayment(*cash, refundOf(1));
        QVERIFY(!noCredit);
        QCOMPARE(noCredit.error().code, std::string("refund_exceeds_credit"));
    }

    void aPulledRefundKeepsThePaymentItRefunds()
    {
        SyncTestStore store;
        QVERIFY(store.ok());
        const std::string refund = "01900000-0000-7000-8000-0000000000e1";
        const std::string payment = "01900000-0000-7000-8000-0000000000e0";
        QVERIFY(MoneyPullApplier(store.db())
                    .apply(kOrgA, {{"entity", "payment"},
                                   {"id", refund},
                                   {"version", 5},
                                   {"values",
                                    {{"invoice_id", "01900000-0000-7000-8000-0000000000a1"},
                                     {"method", "refund"},
                                     {"amount_cents", 2500},
                                     {"received_on", "2026-03-25"},
                                     {"recorded_by", nullptr},
                                     {"refunds_payment_id", payment}}}}));
        auto stored = MoneyRepository(store.db()).findPayment(refund);
        QVERIFY(stored && *stored);
        QVERIFY((*stored)->isRefund());
        QCOMPARE((*stored)->values["refunds_payment_id"].get<std::string>(), payment);
    }
};

QTEST_GUILESS_MAIN(TestPaymentRefunds)
#include "TestPaymentRefunds.moc"
