#pragma once
// The Clients page's application service: instant search, profile loading and the client writes
// (through LocalChanges, so each is a row change plus its outbox entry). Every store access runs
// on the store thread via StoreSession::runOnStore; results come back as signals on the GUI
// thread. Search replies that arrive after a newer search started are dropped.

#include "desktop/core/clients/ClientHistoryModel.h"
#include "desktop/core/clients/ClientListModel.h"
#include "desktop/core/clients/ClientRecords.h"

#include <QObject>

namespace fitflow::desktop {

class StoreEvents;
class StoreSession;

class ClientsService : public QObject {
    Q_OBJECT

public:
    static constexpr int kSearchLimit = 500;

    // `events` (may be null) hears "client" after every write.
    ClientsService(StoreSession& session, StoreEvents* events, QObject* parent = nullptr);

    ClientListModel* clients() { return &m_clients; }
    ClientHistoryModel* history() { return &m_history; }
    QString lastSearch() const { return m_lastSearch; }

    // Refills clients() with the clients matching `typed` (all when empty).
    void search(const QString& typed);
    // Searches again with the last text (after a write or a sync).
    void refresh();
    // Keeps only clients carrying `tag` (all when empty) and searches again.
    void setTagFilter(const QString& tag);
    QString tagFilter() const { return m_tagFilter; }
    // Emits tagsLoaded with every tag of a live client.
    void loadTags();
    // Emits profileLoaded (and fills history()) or profileFailed.
    void loadProfile(const QString& clientId);
    void loadChoices();
    void save(const ClientDraft& draft);
    void remove(const QString& clientId);
    // Undoes remove(): emits restored, or removeFailed.
    void restore(const QString& clientId);

signals:
    void searchFinished(int count);
    void tagsLoaded(const QStringList& tags);
    void profileLoaded(const fitflow::desktop::ClientProfile& profile);
    void profileFailed(const QString& message);
    void choicesLoaded(const fitflow::desktop::ClientChoices& choices);
    void saved(const QString& clientId);
    void saveFailed(const fitflow::desktop::ClientWriteError& error);
    void removed(const QString& clientId);
    void removeFailed(const QString& message);
    void restored(const QString& clientId);
    // Any client data changed through this service.
    void clientsChanged();

private:
    void announceWrite();

    StoreSession& m_session;
    StoreEvents* m_events;
    ClientListModel m_clients;
    ClientHistoryModel m_history;
    QString m_lastSearch;
    QString m_tagFilter;
    quint64 m_searchGeneration = 0;
};

} // namespace fitflow::desktop
