#pragma once
// Saves the signed-in user's own GST/HST and QST numbers (Settings ▸ Profile) on the store thread:
// PATCH /api/v1/me/tax-registrations, then the cached profile (saveTaxRegistrations in
// ProfileJobs), so offline contractor invoices know them. The answer says what the form shows.

#include <QObject>
#include <QString>

namespace fitflow::desktop {

class StoreSession;

class OwnTaxRegistrationsService : public QObject {
    Q_OBJECT

public:
    enum class Outcome { Saved, Offline, Refused, Failed };
    Q_ENUM(Outcome)

    explicit OwnTaxRegistrationsService(StoreSession& session, QObject* parent = nullptr);

    // Normalized numbers; empty clears one. finished() follows.
    void save(const QString& gstHst, const QString& qst);

signals:
    // Offline: not signed in, or the server could not be reached. Refused: the server's
    // invalid_value (`message` says which). Failed: anything else (`message` has the code).
    void finished(fitflow::desktop::OwnTaxRegistrationsService::Outcome outcome,
                  const QString& message);

private:
    StoreSession& m_session;
};

} // namespace fitflow::desktop
