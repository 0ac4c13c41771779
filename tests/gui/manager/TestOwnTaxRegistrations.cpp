// Settings ▸ Profile: the user's own GST/HST and QST numbers, over a real encrypted store driven
// by object name. The cached numbers show offline; a wrong shape is said inline and blocks Save,
// a doubtful check digit only warns; saving while not signed in says so and keeps the typed text.

#include "../GuiTestSupport.h"
#include "ManagerTestStore.h"
#include "desktop/core/account/OwnTaxRegistrationsService.h"
#include "desktop/core/account/TaxRegistrationInput.h"
#include "desktop/ui/settings/SettingsPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace fitflow::desktop;
using fitflow::desktop::testing::child;

namespace {

constexpr int kWaitMs = 15000;

bool cacheTrainerWithNumbers(testing::ClientsTestStore& store)
{
    return store.onStore<bool>([](LocalStore* db) {
        nlohmann::json profile = testing::profileJson("trainer");
        profile["tax_registrations"] = {{"gst_hst_number", "123456782RT0001"},
                                        {"qst_number", nullptr}};
        return bool(ProfileCache(db->database()).save(profile));
    });
}

} // namespace

class TestOwnTaxRegistrations : public QObject {
    Q_OBJECT

private slots:
    void numbersAreNormalizedAndChecked()
    {
        using Kind = TaxRegistrationInput::Kind;
        const auto good =
            TaxRegistrationInput::check(Kind::GstHst, QStringLiteral("12345 6782-rt0001"));
        QCOMPARE(good.normalized, QStringLiteral("123456782RT0001"));
        QVERIFY(good.message.isEmpty());
        QVERIFY(!good.blocking);
        const auto doubtful =
            TaxRegistrationInput::check(Kind::GstHst, QStringLiteral("123456789RT0001"));
        QVERIFY(!doubtful.blocking);
        QVERIFY(!doubtful.message.isEmpty());
        QVERIFY(
            TaxRegistrationInput::check(Kind::GstHst, QStringLiteral("123456782TQ0001")).blocking);
        QVERIFY(TaxRegistrationInput::check(Kind::Qst, QStringLiteral("123456782RT0001")).blocking);
        QVERIFY(
            !TaxRegistrationInput::check(Kind::Qst, QStringLiteral("1224002901TQ0001")).blocking);
        const auto cleared = TaxRegistrationInput::check(Kind::Qst, QStringLiteral("  "));
        QVERIFY(cleared.normalized.isEmpty() && !cleared.blocking);
    }

    void theProfileShowsTheCachedNumbersAndChecksTyping()
    {
        testing::ClientsTestStore store;
        QVERIFY(store.open());
        QVERIFY(cacheTrainerWithNumbers(store));
        SettingsPage page(store.context());
        page.show();
        auto* gstHst = child<QLineEdit>(&page, QStringLiteral("profileGstHstEdit"));
        auto* qst = child<QLineEdit>(&page, QStringLiteral("profileQstEdit"));
        auto* gstHstProblem = child<QLabel>(&page, QStringLiteral("profileGstHstProblemLabel"));
        auto* save = child<QPushButton>(&page, QStringLiteral("profileSaveTaxRegistrationsButton"));
        auto* state = child<QLabel>(&page, QStringLiteral("profileTaxRegistrationsStateLabel"));
        QVERIFY(gstHst && qst && gstHstProblem && save && state);
        QVERIFY(!gstHst->accessibleName().isEmpty() && !qst->accessibleName().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(gstHst->text(), QStringLiteral("123456782RT0001"), kWaitMs);
        QVERIFY(qst->text().isEmpty());
        QVERIFY(save->isEnabled());

        gstHst->clear();
        QTest::keyClicks(gstHst, QStringLiteral("12345RT1"));
        QVERIFY(gstHstProblem->isVisible());
        QVERIFY(gstHstProblem->text().contains(QStringLiteral("123456789RT0001")));
        QVERIFY(!save->isEnabled());

        gstHst->clear();
        QTest::keyClicks(gstHst, QStringLiteral("123456789RT0001")); // bad check digit: a warning
        QVERIFY(gstHstProblem->isVisible());
        QVERIFY(save->isEnabled());

        QTest::keyClicks(qst, QStringLiteral("1224002901TQ0001"));
        auto* service = page.findChild<OwnTaxRegistrationsService*>();
        QVERIFY(service);
        QSignalSpy saved(service, &OwnTaxRegistrationsService::finished);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kWaitMs);
        QCOMPARE(saved.at(0).at(0).value<OwnTaxRegistrationsService::Outcome>(),
                 OwnTaxRegistrationsService::Outcome::Offline);
        QVERIFY(state->text().contains(QStringLiteral("offline")));
        QCOMPARE(gstHst->text(), QStringLiteral("123456789RT0001")); // what was typed stays
        QCOMPARE(qst->text(), QStringLiteral("1224002901TQ0001"));
    }
};

QTEST_MAIN(TestOwnTaxRegistrations)
#include "TestOwnTaxRegistrations.moc"
