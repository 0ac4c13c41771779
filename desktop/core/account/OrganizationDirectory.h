#pragma once
// The organizations this store knows (pulled from the server, read-only here) with their
// locations, the user's roles there (from the cached profile) and the invoice numbers this
// device holds for each (blocks the server reserved for it, so invoices can be issued offline),
// for the Settings page. Reads run on the store thread.

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace fitflow::desktop {

class StoreSession;

struct LocationSummary {
    QString name;
    QString province;
    QString timeZone;
    QString address; // "4521 boul. Saint-Laurent, Montréal QC  H2T 1R2"; empty when unknown
};

struct OrganizationSummary {
    QString id;
    QString name;
    QString kind;
    QList<LocationSummary> locations; // sorted by name
    QStringList roles;                // the user's roles (wire names); empty when not known
    QString invoiceNumberRanges;      // e.g. "1001-1100, 2001-2050"; empty when none held
    qint64 invoiceNumbersLeft = 0;    // held numbers not used yet
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
