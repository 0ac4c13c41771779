#include "desktop/core/manager/ManagerService.h"

#include "desktop/core/ErrorText.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/manager/TrainerUtilisation.h"
#include "desktop/storage/calendar/CalendarQueries.h"
#include "desktop/sync/money/InvoiceOperations.h"

#include <algorithm>

namespace fitflow::desktop {

namespace {

struct LoadAnswer {
    ManagerSnapshot snapshot;
    QString error;
};

struct WriteAnswer {
    bool ok = false;
    QString message;
};

bool inScope(const BookedSession& session, const ManagedOrganization& organization)
{
    return session.orgId == organization.orgId &&
           (organization.locationIds.isEmpty() ||
            organization.locationIds.contains(session.locationId));
}

QList<TrainerColumn> trainersOf(const std::vector<BookedSession>& sessions,
                                const AccountProfile& profile)
{
    QList<TrainerColumn> trainers;
    for (const BookedSession& session : sessions) {
        const bool known = std::any_of(trainers.begin(), trainers.end(), [&](const auto& t) {
            return t.userId == session.trainerId;
        });
        if (!known && !session.trainerId.isEmpty()) {
            trainers.append({session.trainerId, profile.nameOf(session.trainerId)});
        }
    }
    std::sort(trainers.begin(), trainers.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return trainers;
}

LoadAnswer readSnapshot(const QSqlDatabase& db, const ManagedOrganization& organization,
                        const QDate& monday, const AccountProfile& profile)
{
    LoadAnswer answer;
    ManagerSnapshot& snapshot = answer.snapshot;
    snapshot.orgId = organization.orgId;
    snapshot.weekStart = monday;
    const UtcPeriod week = weekOf(monday);
    const UtcPeriod month = monthOf(monday);
    auto sessions = CalendarQueries(db).sessionsBetween(std::min(week.start, month.start),
                                                        std::max(week.end, month.end));
    if (!sessions) {
        answer.error = ErrorText::forError(sessions.error());
        return answer;
    }
    std::erase_if(*sessions, [&](const auto& session) { return !inScope(session, organization); });
    snapshot.trainers = trainersOf(*sessions, profile);
    snapshot.utilisation = computeUtilisation(snapshot.trainers, *sessions, week, month);
    for (const BookedSession& session : *sessions) {
        if (week.contains(session.start)) {
            snapshot.weekSessions.push_back(session);
        }
    }
    const ManagerMoneyQueries money(db);
    auto invoices = money.invoices(organization.orgId);
    auto payments = money.payments(organization.orgId);
    if (!invoices || !payments) {
        answer.error = ErrorText::forError(!invoices ? invoices.error() : payments.error());
        return answer;
    }
    snapshot.invoices = std::move(*invoices);
    snapshot.payments = std::move(*payments);
    return answer;
}

bool concernsManagerView(const QString& entity)
{
    return StoreEvents::concerns(entity, QStringLiteral("session")) ||
           StoreEvents::concerns(entity, QStringLiteral("invoice")) ||
           StoreEvents::concerns(entity, QStringLiteral("payment")) ||
           StoreEvents::concerns(entity, QStringLiteral("client"));
}

} // namespace

ManagerService::ManagerService(DesktopContext context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&m_context.events, &StoreEvents::changed, this, [this](const QString& entity) {
        if (concernsManagerView(entity)) {
            reload();
        }
    });
}

QDate ManagerService::mondayOf(const QDate& day)
{
    return day.addDays(1 - day.dayOfWeek());
}

void ManagerService::load(const ManagedOrganization& organization, const QDate& day,
                          const AccountProfile& profile)
{
    m_organization = organization;
    m_profile = profile;
    m_weekStart = mondayOf(day);
    reload();
}

void ManagerService::reload()
{
    if (m_organization.orgId.isEmpty() || !m_weekStart.isValid()) {
        return;
    }
    const int generation = ++m_generation;
    m_context.session.runOnStore<LoadAnswer>(
        this,
        [organization = m_organization, monday = m_weekStart,
         profile = m_profile](LocalStore* store) {
            if (!store) {
                return LoadAnswer{{}, ManagerService::tr("The store is locked.")};
            }
            return readSnapshot(store->database(), organization, monday, profile);
        },
        [this, generation](LoadAnswer answer) {
            if (generation != m_generation) {
                return;
            }
            if (!answer.error.isEmpty()) {
                emit failed(answer.error);
                return;
            }
            emit loaded(answer.snapshot);
        });
}

void ManagerService::recordPayment(const QString& invoiceId, std::int64_t amountCents,
                                   bool eTransfer, const QDate& receivedOn)
{
    if (!m_organization.mayRecordPayments) {
        emit failed(tr("Your role may not record payments for this organization."));
        return;
    }
    const nlohmann::json payment{{"amount_cents", amountCents},
                                 {"method", eTransfer ? "e_transfer" : "cash"},
                                 {"received_on", receivedOn.toString(Qt::ISODate).toStdString()}};
    m_context.session.runOnStore<WriteAnswer>(
        this,
        [id = invoiceId.toStdString(), payment](LocalStore* store) {
            if (!store) {
                return WriteAnswer{false, ManagerService::tr("The store is locked.")};
            }
            auto recorded = money::InvoiceOperations(store->database()).recordPayment(id, payment);
            if (!recorded) {
                return WriteAnswer{false, ErrorText::forError(recorded.error())};
            }
            return WriteAnswer{true, ManagerService::tr("Payment recorded.")};
        },
        [this](WriteAnswer answer) {
            if (!answer.ok) {
                emit failed(answer.message);
                return;
            }
            emit done(answer.message);
            m_context.events.notifyChanged(QStringLiteral("payment"));
            m_context.events.notifyChanged(QStringLiteral("invoice"));
        });
}

} // namespace fitflow::desktop
