// The Manager view's pure parts: the profile read from the server's JSON, which organizations a
// user administers (and whether the permission matrix lets them record payments), utilisation
// counts per trainer for a week and its month, and every item model under
// QAbstractItemModelTester with its trainer filter.

#include "desktop/core/account/AccountProfile.h"
#include "desktop/core/manager/ManagedOrganization.h"
#include "desktop/core/manager/OrganizationInvoiceModel.h"
#include "desktop/core/manager/PaymentListModel.h"
#include "desktop/core/manager/TrainerUtilisation.h"
#include "desktop/core/manager/TrainerWeekModel.h"
#include "desktop/core/manager/UtilisationModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace fitflow::desktop;

namespace {

const QString kAlex = QStringLiteral("trainer-alex");
const QString kSam = QStringLiteral("trainer-sam");

BookedSession session(const QString& trainer, const QDateTime& startLocal, int minutes,
                      const char* status)
{
    BookedSession s;
    s.id = QStringLiteral("%1-%2").arg(trainer, startLocal.toString(Qt::ISODate));
    s.trainerId = trainer;
    s.clientName = QStringLiteral("Élodie Tremblay");
    s.locationName = QStringLiteral("Plateau");
    s.status = QString::fromLatin1(status);
    s.start = startLocal.toUTC();
    s.end = startLocal.addSecs(60LL * minutes).toUTC();
    return s;
}

QDateTime local(int month, int day, int hour)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0));
}

const QList<TrainerColumn> kTrainers{{kAlex, QStringLiteral("Alex Rivera")},
                                     {kSam, QStringLiteral("Sam Chen")}};

} // namespace

class TestManagerModels : public QObject {
    Q_OBJECT

private slots:
    void profileReadsMembershipsAndMemberNames()
    {
        const auto json = nlohmann::json::parse(R"({
            "user": {"id": "u1", "email": "m@x.test", "display_name": "Morgan"},
            "memberships": [
              {"organization_id": "o1", "organization_name": "Studio", "role": "manager",
               "location_ids": ["l1"]},
              {"organization_id": "o1", "organization_name": "Studio", "role": "trainer",
               "location_ids": ["l1", "l2"]},
              {"organization_id": "o2", "organization_name": "Practice", "role": "trainer",
               "location_ids": []},
              {"organization_id": "", "role": "owner"}],
            "members": {"o1": [{"user_id": "u2", "display_name": "Alex"},
                               {"user_id": "u3", "display_name": "", "email": "sam@x.test"}]},
            "fetched_at": "2026-11-25T12:00:00.000Z"})");
        const AccountProfile profile = AccountProfile::fromJson(json);
        QCOMPARE(profile.displayName, QStringLiteral("Morgan"));
        QCOMPARE(profile.memberships.size(), 3); // the one without an organization is dropped
        QCOMPARE(profile.rolesIn(QStringLiteral("o1")),
                 QStringList({QStringLiteral("manager"), QStringLiteral("trainer")}));
        QCOMPARE(profile.nameOf(QStringLiteral("u2")), QStringLiteral("Alex"));
        QCOMPARE(profile.nameOf(QStringLiteral("u3")), QStringLiteral("sam@x.test"));
        QCOMPARE(profile.nameOf(QStringLiteral("u1")), QStringLiteral("Morgan (you)"));
        QVERIFY(
            profile.nameOf(QStringLiteral("unknown-user")).contains(QStringLiteral("unknown-")));
        QCOMPARE(profile.fetchedAt, QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));

        const QList<ManagedOrganization> managed = managedOrganizations(profile);
        QCOMPARE(managed.size(), 1); // only trainer in o2
        QCOMPARE(managed.front().orgId, QStringLiteral("o1"));
        QCOMPARE(managed.front().locationIds, QStringList({QStringLiteral("l1")}));
        QVERIFY(managed.front().mayRecordPayments);

        QVERIFY(AccountProfile::fromJson(nlohmann::json::array()).memberships.isEmpty());
        QVERIFY(!AccountProfile::fromJson(nlohmann::json::object()).isKnown());
    }

    void ownerSeesEveryLocationAndTrainerAdminMayNotRecordPayments()
    {
        AccountProfile profile;
        profile.memberships = {
            {QStringLiteral("o1"),
             QStringLiteral("B Studio"),
             QStringLiteral("manager"),
             {QStringLiteral("l1")}},
            {QStringLiteral("o1"), QStringLiteral("B Studio"), QStringLiteral("owner"), {}},
            {QStringLiteral("o2"),
             QStringLiteral("A Team"),
             QStringLiteral("trainer_admin"),
             {QStringLiteral("l9")}},
        };
        const QList<ManagedOrganization> managed = managedOrganizations(profile);
        QCOMPARE(managed.size(), 2);
        QCOMPARE(managed.at(0).orgName, QStringLiteral("A Team")); // sorted by name
        QVERIFY(managed.at(0).locationIds.isEmpty());
        QVERIFY(!managed.at(0).mayRecordPayments);
        QCOMPARE(managed.at(1).locationIds, QStringList()); // owner opens every location
        QVERIFY(managed.at(1).mayRecordPayments);
    }

    void utilisationCountsWeekAndMonth()
    {
        const QDate monday(2026, 11, 23);
        const std::vector<BookedSession> sessions{
            session(kAlex, local(11, 24, 9), 60, "completed"),
            session(kAlex, local(11, 25, 9), 45, "no_show"),
            session(kAlex, local(11, 26, 9), 60, "cancelled"),
            session(kAlex, local(11, 27, 9), 30, "scheduled"),
            session(kAlex, local(11, 3, 9), 60, "completed"),  // same month, other week
            session(kAlex, local(12, 1, 9), 60, "completed"),  // next month, outside both
            session(kSam, local(11, 29, 23), 60, "completed"), // Sunday night: still the week
            session(kSam, local(11, 30, 0), 60, "completed"),  // next Monday: month only
        };
        const auto rows = computeUtilisation(kTrainers, sessions, weekOf(monday), monthOf(monday));
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].week.bookedMinutes, 135); // 60 + 45 + 30, not the cancelled one
        QCOMPARE(rows[0].week.completed, 1);
        QCOMPARE(rows[0].week.noShows, 1);
        QCOMPARE(rows[0].week.cancelled, 1);
        QCOMPARE(rows[0].month.bookedMinutes, 195);
        QCOMPARE(rows[0].month.completed, 2);
        QCOMPARE(rows[1].week.completed, 1);
        QCOMPARE(rows[1].month.completed, 2);
        QCOMPARE(UtilisationModel::hoursText(135), QStringLiteral("2 h 15 min"));
        QCOMPARE(UtilisationModel::hoursText(120), QStringLiteral("2 h"));

        UtilisationModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(rows);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, UtilisationModel::WeekBooked).data().toString(),
                 QStringLiteral("2 h 15 min"));
        QCOMPARE(model.index(0, UtilisationModel::MonthCompleted)
                     .data(UtilisationModel::kValueRole)
                     .toLongLong(),
                 2);
        model.setTrainerFilter(kSam);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, UtilisationModel::Trainer).data().toString(),
                 QStringLiteral("Sam Chen"));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void weekModelHasOneColumnPerTrainerAndADayPerRow()
    {
        const QDate monday(2026, 11, 23);
        TrainerWeekModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setSchedule(monday, kTrainers,
                          {session(kAlex, local(11, 24, 9), 60, "completed"),
                           session(kAlex, local(11, 24, 11), 60, "scheduled"),
                           session(kSam, local(11, 25, 10), 60, "no_show")});
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Sam Chen"));
        const QModelIndex tuesdayAlex = model.index(1, 0);
        QCOMPARE(tuesdayAlex.data(TrainerWeekModel::kSessionCountRole).toInt(), 2);
        const QString text = tuesdayAlex.data().toString();
        QVERIFY2(text.contains(QStringLiteral("Élodie Tremblay · Plateau (completed)")),
                 qPrintable(text));
        QCOMPARE(text.count(QLatin1Char('\n')), 1);
        QVERIFY(model.index(2, 1).data().toString().contains(QStringLiteral("(no-show)")));
        QCOMPARE(model.index(0, 0).data(TrainerWeekModel::kSessionCountRole).toInt(), 0);
        QCOMPARE(model.index(0, 0).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("No sessions"));

        model.setTrainerFilter(kSam);
        QCOMPARE(model.columnCount(), 1);
        QCOMPARE(model.index(2, 0).data(TrainerWeekModel::kTrainerIdRole).toString(), kSam);
        model.setTrainerFilter(QString());
        QCOMPARE(model.columnCount(), 2);
    }

    void invoiceModelsSplitStudioAndTrainerInvoicesWithBalances()
    {
        OrganizationInvoice studio{QStringLiteral("i1"),
                                   QStringLiteral("invoice"),
                                   QStringLiteral("issued"),
                                   QStringLiteral("INV-2026-000001"),
                                   QStringLiteral("Élodie Tremblay"),
                                   QString(),
                                   QStringLiteral("2026-11-20"),
                                   11498,
                                   1498,
                                   10000,
                                   QString(),
                                   false};
        OrganizationInvoice alex = studio;
        alex.id = QStringLiteral("i2");
        alex.trainerId = kAlex;
        alex.paidCents = 0;
        alex.balanceCents = 11498;
        alex.clientName.clear();
        alex.locationName = QStringLiteral("Northside Plateau");
        alex.toOrganization = true; // Alex's contractor invoice to the studio
        OrganizationInvoice sam = alex;
        sam.id = QStringLiteral("i3");
        sam.trainerId = kSam;
        sam.status = QStringLiteral("draft");
        sam.number.clear();
        OrganizationInvoice billedBySam = studio; // an invoice to a client that Sam billed
        billedBySam.id = QStringLiteral("i4");
        billedBySam.trainerId = kSam;
        const QHash<QString, QString> names{{kAlex, QStringLiteral("Alex Rivera")}};

        OrganizationInvoiceModel studioModel(OrganizationInvoiceModel::View::Studio);
        QAbstractItemModelTester studioTester(
            &studioModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        studioModel.setInvoices({studio, alex, sam, billedBySam}, names);
        QCOMPARE(studioModel.rowCount(), 2); // invoices to clients, whoever billed them
        QCOMPARE(studioModel.index(0, OrganizationInvoiceModel::BilledBy).data().toString(),
                 QStringLiteral("Studio"));
        QCOMPARE(studioModel.index(0, OrganizationInvoiceModel::Balance).data().toString(),
                 QStringLiteral("$100.00"));
        QCOMPARE(studioModel.outstandingCents(), 20000); // the contractor invoices are payables

        OrganizationInvoiceModel trainerModel(OrganizationInvoiceModel::View::ContractorInvoices);
        QAbstractItemModelTester trainerTester(
            &trainerModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        trainerModel.setInvoices({studio, alex, sam, billedBySam}, names);
        QCOMPARE(trainerModel.rowCount(), 2);
        QCOMPARE(
            trainerModel.headerData(OrganizationInvoiceModel::Client, Qt::Horizontal).toString(),
            QStringLiteral("Location"));
        QCOMPARE(trainerModel.index(0, OrganizationInvoiceModel::Client).data().toString(),
                 QStringLiteral("Northside Plateau"));
        QCOMPARE(trainerModel.index(0, OrganizationInvoiceModel::BilledBy).data().toString(),
                 QStringLiteral("Alex Rivera"));
        QCOMPARE(trainerModel.index(1, OrganizationInvoiceModel::Number).data().toString(),
                 QStringLiteral("(not issued)"));
        QCOMPARE(trainerModel.outstandingCents(), 11498); // the draft is not receivable
        trainerModel.setTrainerFilter(kSam);
        QCOMPARE(trainerModel.rowCount(), 1);
        QCOMPARE(trainerModel.index(0, 0).data(OrganizationInvoiceModel::kIdRole).toString(),
                 QStringLiteral("i3"));
        QCOMPARE(trainerModel.outstandingCents(), 0);

        PaymentListModel payments;
        QAbstractItemModelTester paymentTester(
            &payments, QAbstractItemModelTester::FailureReportingMode::QtTest);
        payments.setPayments({{QStringLiteral("p1"), QStringLiteral("i1"),
                               QStringLiteral("INV-2026-000001"), QStringLiteral("Élodie Tremblay"),
                               QStringLiteral("e_transfer"), QStringLiteral("2026-11-21"), 1498}});
        QCOMPARE(payments.rowCount(), 1);
        QCOMPARE(payments.index(0, PaymentListModel::Method).data().toString(),
                 QStringLiteral("E-transfer"));
        QCOMPARE(payments.index(0, PaymentListModel::Amount).data().toString(),
                 QStringLiteral("$14.98"));
        // A refund (payment.refund) is money given back, not a payment received.
        payments.setPayments({{QStringLiteral("p2"), QStringLiteral("i1"),
                               QStringLiteral("INV-2026-000001"), QStringLiteral("Élodie Tremblay"),
                               QStringLiteral("refund"), QStringLiteral("2026-11-25"), 500}});
        QCOMPARE(payments.index(0, PaymentListModel::Method).data().toString(),
                 QStringLiteral("Refund"));
        QCOMPARE(payments.index(0, PaymentListModel::Amount).data().toString(),
                 QStringLiteral("-$5.00"));
    }
};

QTEST_GUILESS_MAIN(TestManagerModels)
#include "TestManagerModels.moc"
