#pragma once
// Value types the Clients page exchanges with ClientsService: what the editor submits, what the
// profile panel shows, and the organizations and locations a client can belong to.

#include "desktop/storage/search/ClientDirectory.h"
#include "desktop/storage/search/ClientHistoryQuery.h"
#include "shared/invoice/InvoiceBalance.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <vector>

namespace fitflow::desktop {

// A new client when `id` is empty. Empty optional texts are stored as null.
struct ClientDraft {
    QString id;
    QString orgId;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString homeLocationId;
    QStringList tags; // as typed; saved in canonical form (trimmed, unique, sorted)
};

struct NamedChoice {
    QString id;
    QString orgId; // a location's organization; the organization's own id otherwise
    QString name;
};

struct ClientChoices {
    std::vector<NamedChoice> organizations;
    std::vector<NamedChoice> locations;
};

// One of the client's invoices or credit notes (money sync's local rows), amounts in cents.
struct ClientInvoiceRow {
    QString id;
    QString number; // empty for a draft
    QString kind;   // "invoice" or "credit_note"
    QString status; // "draft", "issued", "void"
    qint64 totalCents = 0;
    qint64 paidCents = 0;
    qint64 balanceCents = 0; // owed, never below 0
    qint64 creditCents = 0;  // owed back to the client (e.g. paid, then credited)
};

struct ClientProfile {
    ClientSummary client;
    QString organizationName;
    QString homeLocationName;
    std::vector<ClientSessionRow> sessions;
    std::vector<ClientNoteRow> notes;
    std::vector<ClientInvoiceRow> invoices;
    // Over every invoice (shared/invoice/InvoiceBalance.h): what is due and the client's credit.
    invoice::ClientBalance balance;
};

// A refused write: the field it concerns (a FieldValidation path, may be empty) and the words.
struct ClientWriteError {
    QString field;
    QString code;
    QString message;
};

} // namespace fitflow::desktop

Q_DECLARE_METATYPE(fitflow::desktop::ClientProfile)
Q_DECLARE_METATYPE(fitflow::desktop::ClientChoices)
Q_DECLARE_METATYPE(fitflow::desktop::ClientWriteError)
