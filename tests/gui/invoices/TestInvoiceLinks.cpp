// Invoice lines linked to what they bill, over a real encrypted store driven by object name:
// a late cancellation on the Calendar page drafts the fee invoice (one line linked to the
// session, HST from the shared engine, an `invoice.draft` in the outbox) and its box opens the
// draft in one click, while Waive fee cancels without one; the New invoice dialog offers
// completed sessions and packages, links the lines it makes from them and never offers them
// again (a voided invoice frees them; an old unlinked line still counts by its description);
// "Invoice package…" on the Clients page opens the dialog with the package's line.

#include "../GuiTestSupport.h"
#include "../calendar/CalendarTestStore.h"
#include "desktop/core/calendar/CalendarPreferences.h"
#include "desktop/core/calendar/SessionListModel.h"
#include "desktop/core/clients/ClientsService.h"
#include "desktop/storage/OutboxRepository.h"
#include "desktop/ui/calendar/CalendarPage.h"
#include "desktop/ui/calendar/CalendarView.h"
#include "desktop/ui/clients/ClientsPage.h"
#include "desktop/ui/invoices/NewInvoiceDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace fitflow::desktop;
using namespace fitflow::desktop::testing;

namespace {

constexpr int kWaitMs = 15000;

struct StoredInvoice {
    std::string id;
    nlohmann::json values;
};

std::vector<StoredInvoice> storedInvoices(CalendarTestStore& store)
{
    QObject receiver;
    std::optional<std::vector<StoredInvoice>> answer;
    store.session().runOnStore<std::vector<StoredInvoice>>(
        &receiver,
        [](LocalStore* db) {
            std::vector<StoredInvoice> rows;
            if (auto invoices = money::MoneyRepository(db->database()).invoices()) {
                for (const auto& invoice : *invoices) {
                    rows.push_back({invoice.id, invoice.values});
                }
            }
            return rows;
        },
        [&answer](std::vector<StoredInvoice> rows) { answer = std::move(rows); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kWaitMs)) {
        qWarning("a store job did not answer in time");
    }
    return answer.value_or(std::vector<StoredInvoice>{});
}

// The `op` of every money entry of the outbox.
std::vector<nlohmann::json> outboxOps(CalendarTestStore& store)
{
    QObject receiver;
    std::optional<std::vector<nlohmann::json>> answer;
    store.session().runOnStore<std::vector<nlohmann::json>>(
        &receiver,
        [](LocalStore* db) {
            std::vector<nlohmann::json> ops;
            if (auto entries = OutboxRepository(db->database()).oldest(1000)) {
                for (const auto& entry : *entries) {
                    if (entry.payload.contains("op")) {
                        ops.push_back(entry.payload["op"]);
                    }
                }
            }
            return ops;
        },
        [&answer](std::vector<nlohmann::json> ops) { answer = std::move(ops); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kWaitMs)) {
        qWarning("a store job did not answer in time");
    }
    return answer.value_or(std::vector<nlohmann::json>{});
}

bool onStore(CalendarTestStore& store, std::function<bool(LocalStore*)> job)
{
    QObject receiver;
    std::optional<bool> answer;
    store.session().runOnStore<bool>(&receiver, std::move(job),
                                     [&answer](bool done) { answer = done; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kWaitMs)) {
        qWarning("a store job did not answer in time");
    }
    return answer.value_or(false);
}

NewInvoiceDialog* openInvoiceDialog(QWidget* parent)
{
    NewInvoiceDialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = parent->findChild<NewInvoiceDialog*>(QStringLiteral("newInvoiceDialog"));
            return dialog != nullptr && dialog->isVisible();
        },
        kWaitMs);
    return shown ? dialog : nullptr;
}

QStringList offered(const NewInvoiceDialog& dialog)
{
    QStringList items;
    const auto* list = child<QListWidget>(&dialog, QStringLiteral("invoiceSessionsList"));
    for (int row = 0; row < list->count(); ++row) {
        items << list->item(row)->text();
    }
    return items;
}

} // namespace

class TestInvoiceLinks : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_store = std::make_unique<CalendarTestStore>();
        QVERIFY(m_store->seeded());
    }
    void cleanup() { m_store.reset(); }

    void lateCancellationDraftsTheFeeInvoiceOrWaivesIt()
    {
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(2 * 60 * 60);
        const QString charged = m_store->addSession(kOrgNorth, m_store->northClient(),
                                                    kLocationNorth, soon, soon.addSecs(3600));
        const QString waived =
            m_store->addSession(kOrgNorth, m_store->northClient(), kLocationNorth,
                                soon.addSecs(2 * 3600), soon.addSecs(3 * 3600));
        QVERIFY(!charged.isEmpty() && !waived.isEmpty());
        QVERIFY(m_store->open());

        CalendarPage page(m_store->context());
        CalendarPreferences preferences;
        preferences.cancellation.lateWindow = std::chrono::hours{24};
        preferences.cancellation.lateFeeCents = 2500;
        page.setPreferences(preferences);
        page.setTimeZone(torontoZone());
        page.resize(1000, 700);
        page.showDay(soon.toTimeZone(torontoZone()).date(), CalendarSpan::Day);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.model().session(waived) != nullptr, kWaitMs);
        auto* cancel = page.findChild<QAction*>(QStringLiteral("calendarCancelAction"));
        QVERIFY(cancel);

        // Cancel and charge: a draft fee invoice, linked to the session, one click away.
        page.view().selectSession(charged);
        cancel->trigger();
        QMessageBox* box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = page.findChild<QMessageBox*>(QStringLiteral("cancelSessionBox"))) != nullptr,
            kWaitMs);
        QVERIFY2(box->text().contains(QLatin1String("draft invoice")), qPrintable(box->text()));
        QVERIFY(!box->text().contains(QLatin1String("not available")));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QMessageBox* feeBox = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (feeBox = page.findChild<QMessageBox*>(QStringLiteral("lateFeeInvoiceBox"))) != nullptr,
            kWaitMs);
        // Ontario: HST 13% of $25.00.
        QVERIFY2(feeBox->text().contains(QLatin1String("$28.25")), qPrintable(feeBox->text()));
        QVERIFY2(feeBox->text().contains(QLatin1String("Ada Lovelace")),
                 qPrintable(feeBox->text()));
        QCOMPARE(m_store->sessionField(charged, QStringLiteral("status")),
                 QStringLiteral("cancelled"));

        auto invoices = storedInvoices(*m_store);
        QCOMPARE(invoices.size(), std::size_t(1));
        const nlohmann::json& fee = invoices[0].values;
        QVERIFY(fee["status"] == "draft");
        QVERIFY(fee["client_id"] == m_store->northClient().toStdString());
        QVERIFY(fee["totals"]["total_cents"] == 2825);
        const std::string line = fee["draft"]["lines"][0]["description"];
        const std::string when = soon.toTimeZone(torontoZone())
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                     .toStdString();
        QCOMPARE(line, "Late cancellation fee — " + when + ", Downtown");
        QVERIFY(fee["line_links"] == nlohmann::json::parse(R"([{"line": 0, "session_id": ")" +
                                                           charged.toStdString() + R"("}])"));
        bool queued = false;
        for (const auto& op : outboxOps(*m_store)) {
            queued =
                queued || (op["type"] == "invoice.draft" && op["line_links"] == fee["line_links"]);
        }
        QVERIFY(queued);

        // One click opens the draft in the invoice dialog with the fee line.
        QTest::mouseClick(child<QPushButton>(feeBox, QStringLiteral("openFeeDraftButton")),
                          Qt::LeftButton);
        NewInvoiceDialog* dialog = openInvoiceDialog(&page);
        QVERIFY(dialog);
        QCOMPARE(dialog->editedDraftId(), QString::fromStdString(invoices[0].id));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->preview().totalCents, 2825, kWaitMs);
        QVERIFY(dialog->preview().draft["line_links"] == fee["line_links"]);
        dialog->reject();

        // Waive fee: the session is cancelled, no invoice is made. (The first box is gone.)
        QTRY_VERIFY_WITH_TIMEOUT(
            page.findChild<QMessageBox*>(QStringLiteral("cancelSessionBox")) == nullptr, kWaitMs);
        page.view().selectSession(waived);
        cancel->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = page.findChild<QMessageBox*>(QStringLiteral("cancelSessionBox"))) != nullptr,
            kWaitMs);
        QTest::mouseClick(child<QPushButton>(box, QStringLiteral("waiveFeeButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_store->sessionField(waived, QStringLiteral("status")),
                                  QStringLiteral("cancelled"), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&page, QStringLiteral("calendarMessageLabel"))
                                     ->text()
                                     .contains(QLatin1String("waived")),
                                 kWaitMs);
        QCOMPARE(storedInvoices(*m_store).size(), std::size_t(1));
    }

    void billedSessionsAndPackagesAreOfferedOnce()
    {
        const QDateTime past = torontoTime(QDate(2026, 3, 4), 9);
        const QString first = m_store->addSession(kOrgNorth, m_store->northClient(), kLocationNorth,
                                                  past, past.addSecs(3600), "completed");
        const QString second =
            m_store->addSession(kOrgNorth, m_store->northClient(), kLocationNorth, past.addDays(1),
                                past.addDays(1).addSecs(3600), "completed");
        const QString legacy =
            m_store->addSession(kOrgNorth, m_store->northClient(), kLocationNorth, past.addDays(2),
                                past.addDays(2).addSecs(3600), "completed");
        const QString package =
            m_store->addPackage(kOrgNorth, m_store->northClient(), "Ten sessions", 10);
        QVERIFY(!first.isEmpty() && !second.isEmpty() && !legacy.isEmpty() && !package.isEmpty());
        QVERIFY(m_store->open());
        // Pulled rows: a voided invoice that billed `second` (so it is free again), and an old
        // issued one whose unlinked line names `legacy` by its start and location.
        const auto pulled = [&](const std::string& id, const char* status,
                                const std::string& description, nlohmann::json links) {
            const nlohmann::json values{
                {"kind", "invoice"},
                {"status", status},
                {"client_id", m_store->northClient().toStdString()},
                {"draft",
                 {{"tax_point_date", "2026-03-10"},
                  {"lines", {{{"description", description}, {"quantity", 1}}}}}},
                {"totals", {{"total_cents", 8500}}},
                {"line_links", std::move(links)}};
            return onStore(*m_store, [id, values](LocalStore* db) {
                return money::MoneyRepository(db->database())
                    .saveInvoice({id, kOrgNorth, values})
                    .ok();
            });
        };
        QVERIFY(pulled("01900000-0000-7000-8000-00000000f001", "void", "Session",
                       {{{"line", 0}, {"session_id", second.toStdString()}}}));
        QVERIFY(pulled("01900000-0000-7000-8000-00000000f002", "issued",
                       "Training session 2026-03-06 09:00, Downtown", nlohmann::json::array()));

        m_store->settings().setDefaultSessionPriceCents(8500);
        QWidget parent;
        auto* dialog = new NewInvoiceDialog(m_store->context(), &parent);
        QTRY_VERIFY_WITH_TIMEOUT(offered(*dialog).size() == 3, kWaitMs);
        QStringList items = offered(*dialog);
        QVERIFY2(items.contains(QLatin1String("Training session 2026-03-04 09:00, Downtown")),
                 qPrintable(items.join(QLatin1Char('|'))));
        QVERIFY(items.contains(QLatin1String("Training session 2026-03-05 09:00, Downtown")));
        QVERIFY(items.contains(QStringLiteral("Ten sessions — 10 credits")));

        // Check the first session and the package: two linked lines.
        auto* list = child<QListWidget>(dialog, QStringLiteral("invoiceSessionsList"));
        for (int row = 0; row < list->count(); ++row) {
            const bool wanted = !list->item(row)->text().contains(QLatin1String("03-05"));
            list->item(row)->setCheckState(wanted ? Qt::Checked : Qt::Unchecked);
        }
        dialog->addCheckedSessions();
        auto* location = child<QComboBox>(dialog, QStringLiteral("invoiceLocationCombo"));
        location->setCurrentIndex(location->findData(QString::fromStdString(kLocationNorth)));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->preview().valid(), kWaitMs);
        const nlohmann::json links = dialog->preview().draft["line_links"];
        QCOMPARE(links.size(), std::size_t(2));
        QVERIFY(links[0]["session_id"] == first.toStdString());
        QVERIFY(links[1]["package_id"] == package.toStdString());
        QVERIFY(dialog->preview().draft["lines"][1]["unit_price_cents"] == 100000);
        QSignalSpy saved(dialog, &NewInvoiceDialog::invoiceSaved);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveDraftButton")),
                          Qt::LeftButton);
        QVERIFY(saved.wait(kWaitMs));

        // Billed now: only the session freed by the void is offered.
        auto* again = new NewInvoiceDialog(m_store->context(), &parent);
        QTRY_VERIFY_WITH_TIMEOUT(offered(*again).size() == 1, kWaitMs);
        QCOMPARE(offered(*again).front(),
                 QStringLiteral("Training session 2026-03-05 09:00, Downtown"));
        // Invoicing the billed package again says so.
        again->invoicePackage(package);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(again, QStringLiteral("invoiceProblemLabel"))
                                     ->text()
                                     .contains(QLatin1String("invoiced already")),
                                 kWaitMs);
    }

    void invoicePackageFromTheClientsPage()
    {
        const QString package =
            m_store->addPackage(kOrgNorth, m_store->northClient(), "Five sessions", 5);
        QVERIFY(!package.isEmpty());
        QVERIFY(m_store->open());
        ClientsPage page(m_store->context());
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* clients = child<QTableView>(&page, QStringLiteral("clientTable"));
        QTRY_VERIFY_WITH_TIMEOUT(clients->model()->rowCount() >= 1, kWaitMs);
        for (int row = 0; row < clients->model()->rowCount(); ++row) {
            if (clients->model()->index(row, 0).data().toString().contains(
                    QLatin1String("Lovelace"))) {
                clients->selectRow(row);
            }
        }
        auto* packages = child<QTableView>(&page, QStringLiteral("clientPackageTable"));
        QTRY_VERIFY_WITH_TIMEOUT(packages->model()->rowCount() == 1, kWaitMs);
        auto* action = page.findChild<QAction*>(QStringLiteral("invoicePackageAction"));
        QVERIFY(action && action->isEnabled());
        QVERIFY(!action->shortcut().isEmpty());
        action->trigger();
        NewInvoiceDialog* dialog = openInvoiceDialog(&page);
        QVERIFY(dialog);
        auto* lines = child<QTableWidget>(dialog, QStringLiteral("invoiceLinesTable"));
        QTRY_VERIFY_WITH_TIMEOUT(lines->rowCount() == 1 &&
                                     lines->item(0, NewInvoiceDialog::Description)
                                         ->text()
                                         .startsWith(QStringLiteral("Five sessions — 5")),
                                 kWaitMs);
        QCOMPARE(dialog->formInput().clientId, m_store->northClient());
        QCOMPARE(dialog->formInput().lines.front().packageId, package);
        QCOMPARE(dialog->formInput().lines.front().unitPrice, QStringLiteral("$500.00"));
        dialog->reject();
    }

private:
    std::unique_ptr<CalendarTestStore> m_store;
};

QTEST_MAIN(TestInvoiceLinks)
#include "TestInvoiceLinks.moc"
