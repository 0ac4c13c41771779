#pragma once
// The organizations this store knows (pulled from the server, read-only here) with their
// locations, for the Settings page. Reads run on the store thread.

#include <QList>
#include <QObject>
#include <QString>

namespace fitflow::desktop {

class StoreSession;

struct LocationSummary {
    QString name;
    QString province;
    QString timeZone;
};

struct OrganizationSummary {
    QString id;
    QString name;
    QString kind;
    QList<LocationSummary> locations; // sorted by name
};

class OrganizationDirectory : public QObject {
    Q_OBJECT

public:
    explicit OrganizationDirectory(StoreSession& session, QObject* parent = nullptr);

    // Loads in the background; loaded() follows (empty list when the store is closed).
    void reload();
    const QList<OrganizationSummary>& organizations() const { return m_organizations; }

signals:
    void loaded();

private:
    StoreSession& m_session;
    QList<OrganizationSummary> m_organizations;
};

} // namespace fitflow::desktop
