#include "desktop/core/invoices/InvoicesService.h"

#include "desktop/core/ErrorText.h"
#include "desktop/core/JsonText.h"
#include "desktop/core/StoreEvents.h"
#include "desktop/core/StoreSession.h"
#include "desktop/core/account/ProfileJobs.h"
#include "desktop/core/finance/TaxDisplayName.h"
#include "desktop/core/invoices/ContractorPdfParties.h"
#include "desktop/core/invoices/InvoicePdf.h"
#include "desktop/core/invoices/InvoicePdfAddress.h"
#include "desktop/core/invoices/InvoiceRowOf.h"
#include "desktop/core/invoices/NewInvoiceService.h"
#include "desktop/storage/EntityRepository.h"
#include "desktop/storage/search/ClientDirectory.h"
#include "desktop/sync/money/InvoiceOperations.h"
#include "desktop/sync/money/InvoiceQueries.h"

#include <QCoreApplication>

#include <chrono>
#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace fitflow::desktop {

namespace {

// Words for the money operations' error codes (docs/sync-protocol.md, "Money").
class InvoiceErrorText {
    Q_DECLARE_TR_FUNCTIONS(InvoiceErrorText)

public:
    static QString forError(const fitflow::Error& error)
    {
        const QString code = QString::fromStdString(error.code);
        if (code == QLatin1String("invoice_numbers_exhausted")) {
            return tr("No invoice numbers are left on this device: connect once to reserve "
                      "invoice numbers.");
        }
        if (code == QLatin1String("invoice_not_draft")) {
            return tr("This invoice has already been issued.");
        }
        if (code == QLatin1String("invoice_not_issued")) {
            return tr("Only an issued invoice can be paid or credited.");
        }
        if (code == QLatin1String("overpayment")) {
            return tr("The payment is more than the invoice's balance.");
        }
        if (code == QLatin1String("credit_exceeds_original")) {
            return tr("The credit notes would credit more than the invoice.");
        }
        if (code == QLatin1String("refund_exceeds_payment")) {
            return tr("The refund is more than what is left of that payment.");
        }
        if (code == QLatin1String("refund_exceeds_credit")) {
            return tr("The refund is more than the client's credit on this invoice.");
        }
        if (code == QLatin1String("refund_of_refund")) {
            return tr("A refund cannot be refunded.");
        }
        if (code == QLatin1String("invoice_has_payments")) {
            return tr("An invoice with payments cannot be voided: issue a credit note instead.");
        }
        if (code == QLatin1String("invalid_line_index") ||
            code == QLatin1String("empty_credit_note")) {
            return tr("Choose at least one line to credit.");
        }
        return ErrorText::forError(error);
    }
};

struct WriteAnswer {
    bool ok = false;
    QString message;
};

fitflow::Error storeClosed()
{
    return fitflow::makeError("store_closed", "the store is locked");
}

std::chrono::year_month_day toYmd(const QDate& day)
{
    return std::chrono::year_month_day{std::chrono::year{day.year()},
                                       std::chrono::month{static_cast<unsigned>(day.month())},
                                       std::chrono::day{static_cast<unsigned>(day.day())}};
}

// values[key] when it is an object, else {}: a pulled invoice may carry "draft": null (the
// server's demo invoices do), and value() on null throws.
nlohmann::json objectAt(const nlohmann::json& values, const char* key)
{
    const auto found = values.find(key);
    return found != values.end() && found->is_object() ? *found : nlohmann::json::object();
}

class NameLookup {
public:
    explicit NameLookup(const QSqlDatabase& db)
        : m_clients(db)
    {
        auto organizations = EntityRepository(db).allPlainRows(*findSyncedEntity("organization"));
        if (organizations) {
            for (const PlainRow& row : *organizations) {
                m_organizations[row.id] = jsonText(row.values, "name");
                m_registrations[row.id] = {jsonText(row.values, "gst_hst_number"),
                                           jsonText(row.values, "qst_number")};
            }
        }
    }

    QString organization(const std::string& id) const
    {
        const auto found = m_organizations.find(id);
        return found != m_organizations.end() ? found->second : QString();
    }

    // GST/HST and QST registration numbers of an organization (empty when not registered).
    std::pair<QString, QString> registrations(const std::string& id) const
    {
        const auto found = m_registrations.find(id);
        return found != m_registrations.end() ? found->second : std::pair<QString, QString>{};
    }

    QString client(const QString& id)
    {
        auto found = m_clientNames.find(id);
        if (found == m_clientNames.end()) {
            auto client = m_clients.client(id);
            const QString name =
                client ? QStringLiteral("%1 %2").arg(client->firstName, client->lastName).trimmed()
                       : QString();
            found = m_clientNames.emplace(id, name).first;
        }
        return found->second;
    }

private:
    ClientDirectory m_clients;
    std::map<std::string, QString> m_organizations;
    std::map<std::string, std::pair<QString, QString>> m_registrations;
    std::map<QString, QString> m_clientNames;
};

InvoiceRow rowOf(const money::LocalInvoice& invoice, NameLookup& names)
{
    InvoiceRow row = invoiceRowOf(invoice);
    row.organizationName = names.organization(invoice.orgId);
    // A contractor invoice bills the studio itself.
    row.clientName = row.toOrganization ? row.organizationName : names.client(row.clientId);
    return row;
}

// Another trainer's contractor invoice is the studio's payable (the Manager view lists it), not
// one of this user's invoices.
bool isSomeoneElsesContractorInvoice(const InvoiceRow& row, const QString& userId)
{
    return row.toOrganization && !row.trainerId.isEmpty() && row.trainerId != userId;
}

fitflow::Result<InvoicesSnapshot> readSnapshot(LocalStore* store, const QDate& asOf)
{
    if (store == nullptr) {
        return storeClosed();
    }
    const money::InvoiceQueries queries(store->database());
    auto invoices = queries.list();
    if (!invoices) {
        return invoices.error();
    }
    auto payments = money::MoneyRepository(store->database()).payments();
    if (!payments) {
        return payments.error();
    }
    NameLookup names(store->database());
    auto profile = readCachedProfile(store->database());
    const QString userId = profile ? profile->userId : QString();
    InvoicesSnapshot snapshot;
    std::set<std::string> organizations;
    for (const money::LocalInvoice& invoice : *invoices) {
        InvoiceRow row = rowOf(invoice, names);
        attachPayments(row, invoice, *payments);
        if (!isSomeoneElsesContractorInvoice(row, userId)) {
            snapshot.rows.push_back(std::move(row));
        }
        organizations.insert(invoice.orgId);
    }
    // The studios' receivables, and the user's own contractor invoices (their receivables).
    for (const std::string& orgId : organizations) {
        for (auto ageing : {queries.ageing(orgId, toYmd(asOf)),
                            queries.contractorAgeing(orgId, toYmd(asOf), userId.toStdString())}) {
            if (!ageing) {
                return ageing.error();
            }
            snapshot.receivables.current += ageing->current;
            snapshot.receivables.days31to60 += ageing->days31to60;
            snapshot.receivables.days61to90 += ageing->days61to90;
            snapshot.receivables.over90 += ageing->over90;
        }
    }
    return snapshot;
}

// French tax names for a Québec document ("TPS 5 %").
QString taxLabel(const nlohmann::json& tax, bool french)
{
    const QString code = TaxDisplayName::forCode(
        QString::fromStdString(tax.value("code", std::string())),
        french ? TaxDisplayName::Document::French : TaxDisplayName::Document::English);
    QString rate = QString::fromStdString(tax.value("rate_percent", std::string()));
    if (!french) {
        return QStringLiteral("%1 %2%").arg(code, rate);
    }
    return QStringLiteral("%1 %2 %").arg(code, rate.replace(QLatin1Char('.'), QLatin1Char(',')));
}

fitflow::Result<InvoicePdfContent> readPdfContent(LocalStore* store, const std::string& id)
{
    if (store == nullptr) {
        return storeClosed();
    }
    auto invoice = money::InvoiceQueries(store->database()).find(id);
    if (!invoice) {
        return invoice.error();
    }
    NameLookup names(store->database());
    const InvoiceRow row = rowOf(*invoice, names);
    const nlohmann::json& values = invoice->values;
    const nlohmann::json draft = objectAt(values, "draft");
    const nlohmann::json totals = objectAt(values, "totals");
    InvoicePdfContent content;
    content.french = objectAt(draft, "place").value("province", "") == "QC";
    content.supplierName = row.organizationName;
    content.supplierAddress = locationAddressLines(store->database(), row.locationId);
    std::tie(content.gstHstNumber, content.qstNumber) = names.registrations(invoice->orgId);
    content.number = row.number;
    content.date = row.taxPointDate;
    content.clientName = row.clientName;
    for (const nlohmann::json& line : draft.value("lines", nlohmann::json::array())) {
        const std::int64_t quantity = line.value("quantity", std::int64_t{1});
        content.lines.push_back({QString::fromStdString(line.value("description", std::string())),
                                 quantity,
                                 quantity * line.value("unit_price_cents", std::int64_t{0}) -
                                     line.value("discount_cents", std::int64_t{0})});
    }
    content.subtotalCents = totals.value("subtotal_cents", std::int64_t{0});
    for (const nlohmann::json& tax : totals.value("taxes", nlohmann::json::array())) {
        content.taxes.push_back(
            {taxLabel(tax, content.french), tax.value("amount_cents", std::int64_t{0})});
    }
    content.totalCents = row.totalCents;
    if (invoice->isContractorInvoice()) {
        fillContractorParties(store->database(), *invoice, content);
    }
    return content;
}

} // namespace

InvoicesService::InvoicesService(DesktopContext context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_pdfExport(new InvoicePdfExport(this))
{
    connect(m_pdfExport, &InvoicePdfExport::finished, this,
            [this](bool ok, const QString& pathOrError) {
                if (ok) {
                    emit done(tr("Saved %1.").arg(pathOrError));
                } else {
                    emit failed(tr("The PDF could not be written: %1").arg(pathOrError));
                }
            });
    connect(&m_context.events, &StoreEvents::changed, this, [this](const QString& entity) {
        if (concernsInvoices(entity)) {
            reload();
        }
    });
}

bool InvoicesService::concernsInvoices(const QString& entity)
{
    return StoreEvents::concerns(entity, QStringLiteral("invoice")) ||
           StoreEvents::concerns(entity, QStringLiteral("payment")) ||
           StoreEvents::concerns(entity, QStringLiteral("client")) ||
           StoreEvents::concerns(entity, QStringLiteral("organization"));
}

void InvoicesService::setAgeingDate(const QDate& day)
{
    m_ageingDate = day;
}

QDate InvoicesService::ageingDate() const
{
    return m_ageingDate.isValid() ? m_ageingDate : QDate::currentDate();
}

void InvoicesService::reload()
{
    const QDate asOf = ageingDate();
    m_context.session.runOnStore<fitflow::Result<InvoicesSnapshot>>(
        this, [asOf](LocalStore* store) { return readSnapshot(store, asOf); },
        [this](fitflow::Result<InvoicesSnapshot> snapshot) {
            if (snapshot) {
                emit loaded(*snapshot);
            } else {
                emit failed(InvoiceErrorText::forError(snapshot.error()));
            }
        });
}

void InvoicesService::answerWrite(bool ok, const QString& message)
{
    if (ok) {
        m_context.events.notifyChanged(QStringLiteral("invoice"));
        emit done(message);
    } else {
        emit failed(message);
    }
}

void InvoicesService::issue(const QString& invoiceId)
{
    m_context.session.runOnStore<WriteAnswer>(
        this,
        [id = invoiceId.toStdString()](LocalStore* store) {
            if (store == nullptr) {
                return WriteAnswer{false, InvoiceErrorText::forError(storeClosed())};
            }
            // An invoice to a client claiming a registration the organization has no number for
            // is not issued (a contractor invoice's numbers are the trainer's: the server checks).
            if (auto draft = money::InvoiceQueries(store->database()).find(id);
                draft && draft->values.value("recipient", nlohmann::json()) != "organization") {
                if (QString problem = NewInvoiceService::registrationProblem(
                        store, draft->orgId, objectAt(draft->values, "draft"));
                    !problem.isEmpty()) {
                    return WriteAnswer{false, problem};
                }
            }
            auto number = money::InvoiceOperations(store->database()).issue(id);
            if (!number) {
                return WriteAnswer{false, InvoiceErrorText::forError(number.error())};
            }
            return WriteAnswer{
                true,
                InvoicesService::tr("Issued invoice %1.").arg(QString::fromStdString(*number))};
        },
        [this](WriteAnswer answer) { answerWrite(answer.ok, answer.message); });
}

void InvoicesService::recordPayment(const QString& invoiceId, std::int64_t amountCents,
                                    PaymentMethod method, const QDate& receivedOn)
{
    const nlohmann::json payment{{"amount_cents", amountCents},
                                 {"method", method == PaymentMethod::Cash ? "cash" : "e_transfer"},
                                 {"received_on", receivedOn.toString(Qt::ISODate).toStdString()}};
    m_context.session.runOnStore<WriteAnswer>(
        this,
        [id = invoiceId.toStdString(), payment](LocalStore* store) {
            if (store == nullptr) {
                return WriteAnswer{false, InvoiceErrorText::forError(storeClosed())};
            }
            auto recorded = money::InvoiceOperations(store->database()).recordPayment(id, payment);
            if (!recorded) {
                return WriteAnswer{false, InvoiceErrorText::forError(recorded.error())};
            }
            return WriteAnswer{true, InvoicesService::tr("Payment recorded.")};
        },
        [this](WriteAnswer answer) { answerWrite(answer.ok, answer.message); });
}

void InvoicesService::refundPayment(const QString& paymentId, std::int64_t amountCents,
                                    const QDate& refundedOn)
{
    const nlohmann::json refund{{"amount_cents", amountCents},
                                {"refunded_on", refundedOn.toString(Qt::ISODate).toStdString()}};
    m_context.session.runOnStore<WriteAnswer>(
        this,
        [id = paymentId.toStdString(), refund](LocalStore* store) {
            if (store == nullptr) {
                return WriteAnswer{false, InvoiceErrorText::forError(storeClosed())};
            }
            auto refunded = money::InvoiceOperations(store->database()).refundPayment(id, refund);
            if (!refunded) {
                return WriteAnswer{false, InvoiceErrorText::forError(refunded.error())};
            }
            return WriteAnswer{true, InvoicesService::tr("Refund recorded.")};
        },
        [this](WriteAnswer answer) { answerWrite(answer.ok, answer.message); });
}

void InvoicesService::creditNote(const QString& invoiceId,
                                 const std::optional<std::vector<invoice::CreditedLine>>& lines)
{
    m_context.session.runOnStore<WriteAnswer>(
        this,
        [id = invoiceId.toStdString(), lines](LocalStore* store) {
            if (store == nullptr) {
                return WriteAnswer{false, InvoiceErrorText::forError(storeClosed())};
            }
            auto note = money::InvoiceOperations(store->database()).creditNote(id, lines);
            if (!note) {
                return WriteAnswer{false, InvoiceErrorText::forError(note.error())};
            }
            return WriteAnswer{true, InvoicesService::tr("Credit note issued.")};
        },
        [this](WriteAnswer answer) { answerWrite(answer.ok, answer.message); });
}

void InvoicesService::voidInvoice(const QString& invoiceId)
{
    m_context.session.runOnStore<WriteAnswer>(
        this,
        [id = invoiceId.toStdString()](LocalStore* store) {
            if (store == nullptr) {
                return WriteAnswer{false, InvoiceErrorText::forError(storeClosed())};
            }
            if (auto voided = money::InvoiceOperations(store->database()).voidInvoice(id);
                !voided) {
                return WriteAnswer{false, InvoiceErrorText::forError(voided.error())};
            }
            return WriteAnswer{true, InvoicesService::tr("Invoice voided.")};
        },
        [this](WriteAnswer answer) { answerWrite(answer.ok, answer.message); });
}

void InvoicesService::exportPdf(const QString& invoiceId, const QString& path)
{
    m_context.session.runOnStore<fitflow::Result<InvoicePdfContent>>(
        this,
        [id = invoiceId.toStdString()](LocalStore* store) { return readPdfContent(store, id); },
        [this, path](fitflow::Result<InvoicePdfContent> content) {
            if (!content) {
                emit failed(InvoiceErrorText::forError(content.error()));
                return;
            }
            m_pdfExport->start(std::move(*content), path);
        });
}

} // namespace fitflow::desktop
