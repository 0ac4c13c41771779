#include "desktop/core/clients/ClientsService.h"

#include "desktop/core/ErrorText.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/clients/ClientRestore.h"
#include "desktop/storage/EntityRepository.h"
#include "desktop/sync/LocalChanges.h"
#include "desktop/sync/money/InvoiceQueries.h"
#include "shared/clients/ClientTags.h"

#include <nlohmann/json.hpp>

namespace fitflow::desktop {

namespace {

template <typename T> using StoreResult = fitflow::Result<T>;

fitflow::Error storeClosed()
{
    return makeError("store_closed", "the store is locked");
}

nlohmann::json textOrNull(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(trimmed.toStdString());
}

// The tags as one canonical list (docs/sync-protocol.md, Client extras).
nlohmann::json tagList(const QStringList& typed)
{
    std::vector<std::string> tags;
    for (const QString& tag : typed) {
        tags.push_back(tag.toStdString());
    }
    return clients::canonicalTags(tags);
}

nlohmann::json draftFields(const ClientDraft& draft)
{
    return {{"first_name", draft.firstName.trimmed().toStdString()},
            {"last_name", draft.lastName.trimmed().toStdString()},
            {"email", textOrNull(draft.email)},
            {"phone", textOrNull(draft.phone)},
            {"home_location_id", textOrNull(draft.homeLocationId)},
            {"tags", tagList(draft.tags)}};
}

QString plainName(const std::vector<PlainRow>& rows, const QString& id)
{
    for (const PlainRow& row : rows) {
        if (QString::fromStdString(row.id) == id &&
            row.values.value("name", nlohmann::json()).is_string()) {
            return QString::fromStdString(row.values.at("name").get<std::string>());
        }
    }
    return {};
}

std::vector<NamedChoice> namedChoices(const std::vector<PlainRow>& rows)
{
    std::vector<NamedChoice> choices;
    for (const PlainRow& row : rows) {
        const nlohmann::json& name = row.values.value("name", nlohmann::json());
        choices.push_back({QString::fromStdString(row.id), QString::fromStdString(row.orgId),
                           name.is_string() ? QString::fromStdString(name.get<std::string>())
                                            : QString::fromStdString(row.id)});
    }
    return choices;
}

std::vector<ClientInvoiceRow> invoiceRows(const std::vector<money::LocalInvoice>& invoices)
{
    std::vector<ClientInvoiceRow> rows;
    for (const money::LocalInvoice& invoice : invoices) {
        const nlohmann::json& number = invoice.values.value("number", nlohmann::json());
        const nlohmann::json& totals = invoice.values.value("totals", nlohmann::json::object());
        rows.push_back(
            {QString::fromStdString(invoice.id),
             number.is_string() ? QString::fromStdString(number.get<std::string>()) : QString(),
             QString::fromStdString(invoice.kind()), QString::fromStdString(invoice.status()),
             totals.is_object() ? totals.value("total_cents", qint64{0}) : qint64{0},
             invoice.cents("paid_cents"), invoice.cents("balance_cents"),
             invoice::creditCents(invoice.amounts())});
    }
    return rows;
}

StoreResult<ClientProfile> readProfile(LocalStore* store, const QString& clientId)
{
    if (store == nullptr) {
        return storeClosed();
    }
    auto client = ClientDirectory(store->database()).client(clientId);
    if (!client) {
        return client.error();
    }
    EntityRepository entities(store->database());
    auto organizations = entities.allPlainRows(*findSyncedEntity("organization"));
    auto locations = entities.allPlainRows(*findSyncedEntity("location"));
    ClientHistoryQuery history(store->database());
    auto sessions = history.sessions(clientId);
    auto notes = history.notes(clientId);
    auto invoices = money::InvoiceQueries(store->database())
                        .list({std::string(), std::nullopt,
                               std::optional<std::string>(clientId.toStdString())});
    if (!organizations || !locations || !sessions || !notes || !invoices) {
        return makeError("io_error", "cannot read the client's profile");
    }
    std::vector<invoice::InvoiceAmounts> amounts;
    for (const money::LocalInvoice& invoice : *invoices) {
        amounts.push_back(invoice.amounts());
    }
    return ClientProfile{*client,
                         plainName(*organizations, client->orgId),
                         plainName(*locations, client->homeLocationId),
                         std::move(*sessions),
                         std::move(*notes),
                         invoiceRows(*invoices),
                         invoice::clientBalance(amounts)};
}

StoreResult<QString> writeDraft(LocalStore* store, const ClientDraft& draft)
{
    if (store == nullptr) {
        return storeClosed();
    }
    LocalChanges changes(store->database());
    if (draft.id.isEmpty()) {
        auto added = changes.add("client", draft.orgId.toStdString(), draftFields(draft));
        if (!added) {
            return added.error();
        }
        return QString::fromStdString(*added);
    }
    if (auto updated = changes.update("client", draft.id.toStdString(), draftFields(draft));
        !updated) {
        return updated.error();
    }
    return draft.id;
}

} // namespace

ClientsService::ClientsService(StoreSession& session, StoreEvents* events, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_events(events)
    , m_clients(this)
    , m_history(this)
{
}

void ClientsService::search(const QString& typed)
{
    m_lastSearch = typed;
    const quint64 generation = ++m_searchGeneration;
    m_session.runOnStore<StoreResult<std::vector<ClientSummary>>>(
        this,
        [typed, tag = m_tagFilter](LocalStore* store) -> StoreResult<std::vector<ClientSummary>> {
            if (store == nullptr) {
                return storeClosed();
            }
            return ClientDirectory(store->database()).find(typed, kSearchLimit, tag);
        },
        [this, generation](StoreResult<std::vector<ClientSummary>> found) {
            if (generation != m_searchGeneration) {
                return; // a newer search is on its way
            }
            m_clients.setClients(found ? std::move(*found) : std::vector<ClientSummary>{});
            emit searchFinished(m_clients.rowCount());
        });
}

void ClientsService::refresh()
{
    search(m_lastSearch);
}

void ClientsService::setTagFilter(const QString& tag)
{
    m_tagFilter = tag;
    refresh();
}

void ClientsService::loadTags()
{
    m_session.runOnStore<StoreResult<QStringList>>(
        this,
        [](LocalStore* store) -> StoreResult<QStringList> {
            if (store == nullptr) {
                return storeClosed();
            }
            return ClientDirectory(store->database()).allTags();
        },
        [this](StoreResult<QStringList> tags) { emit tagsLoaded(tags ? *tags : QStringList()); });
}

void ClientsService::loadProfile(const QString& clientId)
{
    m_session.runOnStore<StoreResult<ClientProfile>>(
        this, [clientId](LocalStore* store) { return readProfile(store, clientId); },
        [this](StoreResult<ClientProfile> profile) {
            if (!profile) {
                m_history.clear();
                emit profileFailed(ErrorText::forError(profile.error()));
                return;
            }
            m_history.setHistory(profile->notes, profile->sessions, profile->invoices);
            emit profileLoaded(*profile);
        });
}

void ClientsService::loadChoices()
{
    m_session.runOnStore<StoreResult<ClientChoices>>(
        this,
        [](LocalStore* store) -> StoreResult<ClientChoices> {
            if (store == nullptr) {
                return storeClosed();
            }
            EntityRepository entities(store->database());
            auto organizations = entities.allPlainRows(*findSyncedEntity("organization"));
            auto locations = entities.allPlainRows(*findSyncedEntity("location"));
            if (!organizations || !locations) {
                return makeError("io_error", "cannot read organizations and locations");
            }
            return ClientChoices{namedChoices(*organizations), namedChoices(*locations)};
        },
        [this](StoreResult<ClientChoices> choices) {
            emit choicesLoaded(choices ? *choices : ClientChoices{});
        });
}

void ClientsService::save(const ClientDraft& draft)
{
    m_session.runOnStore<StoreResult<QString>>(
        this, [draft](LocalStore* store) { return writeDraft(store, draft); },
        [this](StoreResult<QString> written) {
            if (!written) {
                const fitflow::Error& error = written.error();
                emit saveFailed({QString::fromStdString(error.path),
                                 QString::fromStdString(error.code), ErrorText::forError(error)});
                return;
            }
            emit saved(*written);
            announceWrite();
        });
}

void ClientsService::remove(const QString& clientId)
{
    m_session.runOnStore<fitflow::Status>(
        this,
        [clientId](LocalStore* store) -> fitflow::Status {
            if (store == nullptr) {
                return storeClosed();
            }
            return LocalChanges(store->database()).remove("client", clientId.toStdString());
        },
        [this, clientId](fitflow::Status removedClient) {
            if (!removedClient) {
                emit removeFailed(ErrorText::forError(removedClient.error()));
                return;
            }
            emit removed(clientId);
            announceWrite();
        });
}

void ClientsService::restore(const QString& clientId)
{
    m_session.runOnStore<fitflow::Status>(
        this,
        [clientId](LocalStore* store) -> fitflow::Status {
            if (store == nullptr) {
                return storeClosed();
            }
            return ClientRestore(store->database()).restore(clientId.toStdString());
        },
        [this, clientId](fitflow::Status restoredClient) {
            if (!restoredClient) {
                emit removeFailed(ErrorText::forError(restoredClient.error()));
                return;
            }
            emit restored(clientId);
            announceWrite();
        });
}

void ClientsService::announceWrite()
{
    emit clientsChanged();
    refresh();
    loadTags();
    if (m_events != nullptr) {
        m_events->notifyChanged(QStringLiteral("client"));
    }
}

} // namespace fitflow::desktop
