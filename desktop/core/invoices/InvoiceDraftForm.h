#pragma once
// A new invoice as the dialog holds it (typed money, chosen location) turned into the draft
// InvoiceOperations::draft takes, with its totals computed live by the SHARED tax engine
// (desktop/sync/money's decodeDraft + draftTotals, exactly what the server recomputes) and a
// sentence saying where the supply is taxed and why. Money is parsed to integer cents
// (MoneyInput); nothing here uses floating point.

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <vector>

namespace fitflow::desktop {

struct DraftLineInput {
    QString description;
    int quantity = 1;
    QString unitPrice;                            // typed money
    QString discount;                             // typed money; empty = none
    QString category = QStringLiteral("service"); // "service", "goods", "exempt"
    QString sessionId; // the session this line bills, if any (line_links)
    QString packageId; // or the package
};

struct DraftFormInput {
    // A contractor invoice: the trainer bills the studio (no client, no links); the location is
    // where the services were supplied and is required.
    bool toOrganization = false;
    QString clientId;
    QString locationId;
    QString locationName;
    QString province; // the location's province code ("QC"): in person, taxed where it is held
    QDate taxPointDate;
    bool gstHstRegistered = true;
    bool qstRegistered = true;
    std::vector<DraftLineInput> lines;
};

struct TaxPreview {
    QString label; // "GST 5%", "QST 9.975%"
    std::int64_t cents = 0;
};

struct DraftPreview {
    QString problem;      // empty when the draft can be saved
    nlohmann::json draft; // for InvoiceOperations::draft when valid, with its line_links
    std::int64_t subtotalCents = 0;
    std::vector<TaxPreview> taxes;
    std::int64_t totalCents = 0;
    QString placeSentence; // "Taxed in Québec: session held at Montréal"
    bool valid() const { return problem.isEmpty(); }
};

class InvoiceDraftForm {
    Q_DECLARE_TR_FUNCTIONS(InvoiceDraftForm)

public:
    static DraftPreview preview(const DraftFormInput& input);
    // "Québec", "Ontario", ... for a province code; the code itself when unknown.
    static QString provinceName(const QString& code);
};

} // namespace fitflow::desktop
