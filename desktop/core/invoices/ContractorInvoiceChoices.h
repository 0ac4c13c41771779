#pragma once
// What a trainer's contractor invoice to a studio can be made of, read on the store thread: the
// organizations where the cached profile makes the user a trainer or trainer admin, the
// locations their membership covers (with the province that decides the taxes), the user's own
// registration numbers as a supplier, and the completed sessions the user ran at those
// locations (each as the line it becomes; no client names: the studio is billed, not a client).

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace fitflow::desktop {

struct ContractorOrganization {
    QString id;
    QString name;
};

struct ContractorLocation {
    QString id;
    QString orgId;
    QString name;
    QString province;
};

struct ContractorSession {
    QString id;
    QString locationId;
    QDate localDate;     // the day in the location's time zone
    QString description; // "Training session 2026-11-24 09:00, Northside Plateau"
};

struct ContractorInvoiceChoices {
    QString userId;
    QString gstHstNumber; // the user's own numbers; empty when not registered
    QString qstNumber;
    std::vector<ContractorOrganization> organizations;
    std::vector<ContractorLocation> locations;
    std::vector<ContractorSession> sessions; // ordered by start

    bool canInvoiceAStudio() const { return !organizations.empty(); }
    // The sessions at `locationId` whose local day lies in [from, to].
    std::vector<ContractorSession> sessionsAt(const QString& locationId, const QDate& from,
                                              const QDate& to) const;
};

class ContractorInvoiceChoicesReader {
    Q_DECLARE_TR_FUNCTIONS(ContractorInvoiceChoicesReader)

public:
    // Empty choices when the profile makes the user no studio's trainer (or cannot be read).
    static ContractorInvoiceChoices read(const QSqlDatabase& db);
    // True for the roles that invoice a studio as a contractor: trainer, trainer_admin.
    static bool invoicesStudioAsContractor(const QString& role);
};

} // namespace fitflow::desktop
