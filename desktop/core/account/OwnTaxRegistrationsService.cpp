#include "desktop/core/account/OwnTaxRegistrationsService.h"

#include "desktop/core/StoreSession.h"
#include "desktop/core/account/ProfileJobs.h"

namespace fitflow::desktop {

namespace {

struct SaveAnswer {
    OwnTaxRegistrationsService::Outcome outcome = OwnTaxRegistrationsService::Outcome::Failed;
    QString message;
};

OwnTaxRegistrationsService::Outcome outcomeOf(const std::string& code)
{
    using Outcome = OwnTaxRegistrationsService::Outcome;
    if (code == "not_signed_in" || code == "network_error" || code == "tls_error" ||
        code == "timeout" || code == "server_unavailable") {
        return Outcome::Offline;
    }
    return code == "invalid_value" ? Outcome::Refused : Outcome::Failed;
}

} // namespace

OwnTaxRegistrationsService::OwnTaxRegistrationsService(StoreSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

void OwnTaxRegistrationsService::save(const QString& gstHst, const QString& qst)
{
    m_session.runOnStore<SaveAnswer>(
        this,
        [gstHst, qst](LocalStore* store) {
            if (!store) {
                return SaveAnswer{Outcome::Failed, QStringLiteral("store_closed")};
            }
            auto saved = saveTaxRegistrations(store->database(), gstHst, qst);
            if (!saved) {
                const fitflow::Error& error = saved.error();
                return SaveAnswer{outcomeOf(error.code), QStringLiteral("%1 (%2)").arg(
                                                             QString::fromStdString(error.message),
                                                             QString::fromStdString(error.code))};
            }
            return SaveAnswer{Outcome::Saved, {}};
        },
        [this](SaveAnswer answer) { emit finished(answer.outcome, answer.message); });
}

} // namespace fitflow::desktop
