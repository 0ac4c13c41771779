#pragma once
// The profile's consents and packages: loads them for the selected client into two item
// models, records a consent (always a new versioned record) and adds a package, each through
// LocalChanges (row + outbox in one transaction) on the store thread via runOnStore.

#include "desktop/core/clients/ConsentHistoryModel.h"
#include "desktop/core/clients/PackageListModel.h"

#include <QDate>
#include <QObject>

#include <chrono>

namespace fitflow::desktop {

class StoreEvents;
class StoreSession;

struct ConsentDraft {
    QString clientId;
    QString orgId;
    QString kind; // ConsentHistoryModel::recordableKinds()
    bool granted = false;
    QString policyVersion;
};

struct PackageDraft {
    QString clientId;
    QString orgId;
    QString name;
    int sessionsTotal = 0;
    qint64 priceCents = 0;
    QString currency = QStringLiteral("CAD");
    QDate expiresOn; // invalid: never expires
};

class ClientExtrasService : public QObject {
    Q_OBJECT

public:
    // `events` (may be null) hears "consent" / "package" after each write.
    ClientExtrasService(StoreSession& session, StoreEvents* events, QObject* parent = nullptr);

    ConsentHistoryModel* consents() { return &m_consents; }
    PackageListModel* packages() { return &m_packages; }
    QString clientId() const { return m_clientId; }

    // The window in which a cancellation still takes a credit (the calendar's policy).
    void setLateWindow(std::chrono::minutes window) { m_lateWindow = window; }
    // Refills both models for `clientId`; emits loaded() or loadFailed().
    void load(const QString& clientId);
    void clear();
    void recordConsent(const ConsentDraft& draft);
    void addPackage(const PackageDraft& draft);

signals:
    void loaded();
    void loadFailed(const QString& message);
    void consentRecorded(const QString& consentId);
    void packageAdded(const QString& packageId);
    void writeFailed(const QString& message);

private:
    void afterWrite(const QString& entity);

    StoreSession& m_session;
    StoreEvents* m_events;
    ConsentHistoryModel m_consents;
    PackageListModel m_packages;
    QString m_clientId;
    std::chrono::minutes m_lateWindow{24 * 60};
    quint64 m_loadGeneration = 0;
};

} // namespace fitflow::desktop
