#include "desktop/core/clients/ClientExtrasService.h"

#include "desktop/core/ErrorText.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/sync/LocalChanges.h"
#include "shared/codec/TextFormats.h"

#include <QDateTime>

#include <nlohmann/json.hpp>

namespace fitflow::desktop {

namespace {

struct ClientExtras {
    std::vector<ConsentRow> consents;
    std::vector<PackageRow> packages;
};

fitflow::Error storeClosed()
{
    return makeError("store_closed", "the store is locked");
}

fitflow::Result<ClientExtras> readExtras(LocalStore* store, const QString& clientId)
{
    if (store == nullptr) {
        return storeClosed();
    }
    ClientExtrasQueries queries(store->database());
    auto consents = queries.consents(clientId);
    if (!consents) {
        return consents.error();
    }
    auto packages = queries.packages(clientId);
    if (!packages) {
        return packages.error();
    }
    return ClientExtras{std::move(*consents), std::move(*packages)};
}

std::chrono::year_month_day localToday()
{
    const QDate today = QDate::currentDate();
    return std::chrono::year_month_day{std::chrono::year{today.year()},
                                       std::chrono::month{static_cast<unsigned>(today.month())},
                                       std::chrono::day{static_cast<unsigned>(today.day())}};
}

nlohmann::json consentFields(const ConsentDraft& draft)
{
    const auto now =
        std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
    return {{"client_id", draft.clientId.toStdString()},
            {"kind", draft.kind.toStdString()},
            {"granted", draft.granted},
            {"policy_version", draft.policyVersion.trimmed().toStdString()},
            {"recorded_at", formatUtcInstant(Instant{now})}};
}

nlohmann::json packageFields(const PackageDraft& draft)
{
    return {{"client_id", draft.clientId.toStdString()},
            {"name", draft.name.trimmed().toStdString()},
            {"sessions_total", draft.sessionsTotal},
            {"price_cents", draft.priceCents},
            {"currency", draft.currency.toStdString()},
            {"expires_on", draft.expiresOn.isValid()
                               ? nlohmann::json(draft.expiresOn.toString(Qt::ISODate).toStdString())
                               : nlohmann::json(nullptr)}};
}

fitflow::Result<QString> addRecord(LocalStore* store, const std::string& entity,
                                   const QString& orgId, nlohmann::json fields)
{
    if (store == nullptr) {
        return storeClosed();
    }
    auto added =
        LocalChanges(store->database()).add(entity, orgId.toStdString(), std::move(fields));
    if (!added) {
        return added.error();
    }
    return QString::fromStdString(*added);
}

} // namespace

ClientExtrasService::ClientExtrasService(StoreSession& session, StoreEvents* events,
                                         QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_events(events)
    , m_consents(this)
    , m_packages(this)
{
}

void ClientExtrasService::load(const QString& clientId)
{
    m_clientId = clientId;
    const quint64 generation = ++m_loadGeneration;
    m_session.runOnStore<fitflow::Result<ClientExtras>>(
        this, [clientId](LocalStore* store) { return readExtras(store, clientId); },
        [this, generation](fitflow::Result<ClientExtras> extras) {
            if (generation != m_loadGeneration) {
                return; // another client was selected meanwhile
            }
            if (!extras) {
                m_consents.clear();
                m_packages.clear();
                emit loadFailed(ErrorText::forError(extras.error()));
                return;
            }
            m_consents.setConsents(std::move(extras->consents));
            m_packages.setPackages(std::move(extras->packages), m_lateWindow, localToday());
            emit loaded();
        });
}

void ClientExtrasService::clear()
{
    m_clientId.clear();
    ++m_loadGeneration;
    m_consents.clear();
    m_packages.clear();
}

void ClientExtrasService::recordConsent(const ConsentDraft& draft)
{
    m_session.runOnStore<fitflow::Result<QString>>(
        this,
        [draft](LocalStore* store) {
            return addRecord(store, "consent", draft.orgId, consentFields(draft));
        },
        [this](fitflow::Result<QString> added) {
            if (!added) {
                emit writeFailed(ErrorText::forError(added.error()));
                return;
            }
            emit consentRecorded(*added);
            afterWrite(QStringLiteral("consent"));
        });
}

void ClientExtrasService::addPackage(const PackageDraft& draft)
{
    m_session.runOnStore<fitflow::Result<QString>>(
        this,
        [draft](LocalStore* store) {
            return addRecord(store, "package", draft.orgId, packageFields(draft));
        },
        [this](fitflow::Result<QString> added) {
            if (!added) {
                emit writeFailed(ErrorText::forError(added.error()));
                return;
            }
            emit packageAdded(*added);
            afterWrite(QStringLiteral("package"));
        });
}

void ClientExtrasService::afterWrite(const QString& entity)
{
    if (!m_clientId.isEmpty()) {
        load(m_clientId);
    }
    if (m_events != nullptr) {
        m_events->notifyChanged(entity);
    }
}

} // namespace fitflow::desktop
