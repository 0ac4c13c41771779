#include "desktop/core/finance/FinanceService.h"

#include "desktop/core/ErrorText.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/finance/FinanceAggregator.h"
#include "desktop/core/finance/FinanceCsv.h"
#include "desktop/storage/SyncStateRepository.h"
#include "desktop/storage/calendar/CalendarQueries.h"
#include "desktop/storage/finance/FinanceQueries.h"

#include <QSaveFile>

namespace fitflow::desktop {

namespace {

struct FinanceAnswer {
    std::vector<FinanceOrganization> organizations;
    FinanceReport report;
};

fitflow::Result<FinanceAnswer> readReport(LocalStore* store, FinancePeriod period,
                                          const QString& orgId)
{
    if (store == nullptr) {
        return makeError("store_closed", "the store is locked");
    }
    auto organizations = CalendarQueries(store->database()).organizations();
    if (!organizations) {
        return organizations.error();
    }
    auto facts = FinanceQueries(store->database()).facts(orgId);
    if (!facts) {
        return facts.error();
    }
    FinanceAnswer answer;
    for (const StudioName& organization : *organizations) {
        answer.organizations.push_back({organization.id, organization.name});
    }
    answer.report = FinanceAggregator::aggregate(*facts, period);
    // The signed-in user's contractor invoices, when they issued any (a trainer).
    auto account = SyncStateRepository(store->database()).account();
    if (!account) {
        return account.error();
    }
    if (*account) {
        auto supplied = FinanceQueries(store->database())
                            .supplierFacts(QString::fromStdString((*account)->userId), orgId);
        if (!supplied) {
            return supplied.error();
        }
        answer.report.supplierRows = FinanceAggregator::aggregate(*supplied, period).rows;
    }
    return answer;
}

} // namespace

FinanceService::FinanceService(DesktopContext context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&m_context.events, &StoreEvents::changed, this, [this](const QString& entity) {
        if (StoreEvents::concerns(entity, QStringLiteral("invoice")) ||
            StoreEvents::concerns(entity, QStringLiteral("payment")) ||
            StoreEvents::concerns(entity, QStringLiteral("organization")) ||
            StoreEvents::concerns(entity, QStringLiteral("location"))) {
            reload();
        }
    });
}

void FinanceService::load(FinancePeriod period, const QString& orgId)
{
    m_period = period;
    m_orgId = orgId;
    reload();
}

void FinanceService::reload()
{
    const int generation = ++m_generation;
    m_context.session.runOnStore<fitflow::Result<FinanceAnswer>>(
        this,
        [period = m_period, orgId = m_orgId](LocalStore* store) {
            return readReport(store, period, orgId);
        },
        [this, generation](fitflow::Result<FinanceAnswer> answer) {
            if (generation != m_generation) {
                return;
            }
            if (!answer) {
                emit failed(ErrorText::forError(answer.error()));
                return;
            }
            m_report = std::move(answer->report);
            emit organizationsLoaded(answer->organizations);
            emit loaded(m_report);
        });
}

bool FinanceService::exportCsv(const QString& path, QString& error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = file.errorString();
        return false;
    }
    const QByteArray csv = FinanceCsv::toCsv(m_report);
    if (file.write(csv) != csv.size() || !file.commit()) {
        error = file.errorString();
        return false;
    }
    return true;
}

} // namespace fitflow::desktop
