#include "desktop/storage/money/MoneyRepository.h"

#include "desktop/storage/SqlStatement.h"

namespace fitflow::desktop::money {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QVariant jsonText(const nlohmann::json& values, const char* key)
{
    const auto found = values.find(key);
    if (found == values.end() || found->is_null()) {
        return {};
    }
    return found->is_string() ? text(found->get<std::string>()) : text(found->dump());
}

fitflow::Result<nlohmann::json> parseStored(const QVariant& stored)
{
    auto parsed = nlohmann::json::parse(stored.toString().toStdString(), nullptr, false);
    if (parsed.is_discarded()) {
        return makeError("store_corrupt", "a stored money row is not valid JSON");
    }
    return parsed;
}

// The session or package billed by line `index` (0-based) in `links`, as (session, package).
std::pair<QVariant, QVariant> linkOf(const nlohmann::json& links, int index)
{
    if (!links.is_array()) {
        return {};
    }
    for (const nlohmann::json& link : links) {
        if (link.is_object() && link.value("line", -1) == index) {
            return {jsonText(link, "session_id"), jsonText(link, "package_id")};
        }
    }
    return {};
}

fitflow::Status replaceLines(const QSqlDatabase& db, const std::string& invoiceId,
                             const nlohmann::json& draft,
                             const nlohmann::json& links = nlohmann::json())
{
    if (auto removed = execSql(db,
                               QStringLiteral("DELETE FROM money_invoice_lines "
                                              "WHERE invoice_id = ?"),
                               {text(invoiceId)});
        !removed) {
        return removed.error();
    }
    if (!draft.is_object() || !draft.contains("lines") || !draft["lines"].is_array()) {
        return {};
    }
    int lineNo = 0;
    for (const nlohmann::json& line : draft["lines"]) {
        const auto [sessionId, packageId] = linkOf(links, lineNo);
        auto inserted = execSql(
            db,
            QStringLiteral("INSERT INTO money_invoice_lines (invoice_id, line_no, description,"
                           " quantity, unit_price_cents, discount_cents, category, tax_included,"
                           " session_id, package_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {text(invoiceId), ++lineNo, text(line.value("description", std::string())),
             QVariant::fromValue(line.value("quantity", qint64{1})),
             QVariant::fromValue(line.value("unit_price_cents", qint64{0})),
             QVariant::fromValue(line.value("discount_cents", qint64{0})),
             text(line.value("category", std::string("service"))),
             line.value("tax_included", false) ? 1 : 0, sessionId, packageId});
        if (!inserted) {
            return inserted.error();
        }
    }
    return {};
}

QVariant lineLinksText(const nlohmann::json& links)
{
    return links.is_array() && !links.empty() ? QVariant(text(links.dump())) : QVariant();
}

// The server's snapshot of the supplier's numbers; null while a draft or a client invoice.
QVariant supplierNumbersText(const nlohmann::json& values)
{
    const auto found = values.find("supplier_registration_numbers");
    return found != values.end() && found->is_object() ? QVariant(text(found->dump())) : QVariant();
}

QString organizationFilter(const std::string& orgId)
{
    return orgId.empty() ? QString() : QStringLiteral(" WHERE org_id = ?");
}

QVariantList organizationValues(const std::string& orgId)
{
    return orgId.empty() ? QVariantList() : QVariantList{text(orgId)};
}

} // namespace

invoice::InvoiceAmounts invoiceAmountsOf(const nlohmann::json& values)
{
    const auto cents = [&](const char* key) { return values.value(key, std::int64_t{0}); };
    const auto totals = values.find("totals");
    return invoice::InvoiceAmounts{values.value("kind", std::string()) == "invoice" &&
                                       values.value("status", std::string()) == "issued",
                                   totals != values.end() && totals->is_object()
                                       ? totals->value("total_cents", std::int64_t{0})
                                       : 0,
                                   cents("credited_cents"), cents("paid_cents"),
                                   cents("refunded_cents")};
}

invoice::RefundablePayment refundablePaymentOf(const LocalPayment& payment,
                                               const std::vector<LocalPayment>& invoicePayments)
{
    const std::string method = payment.values.value("method", std::string());
    invoice::RefundablePayment refundable{payment.isRefund(),
                                          method == "cash" || method == "e_transfer",
                                          payment.values.value("amount_cents", std::int64_t{0}), 0};
    for (const LocalPayment& other : invoicePayments) {
        if (other.isRefund() && other.values["refunds_payment_id"] == payment.id) {
            refundable.refundedCents += other.values.value("amount_cents", std::int64_t{0});
        }
    }
    return refundable;
}

MoneyRepository::MoneyRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

fitflow::Status MoneyRepository::saveInvoice(const LocalInvoice& invoice)
{
    const nlohmann::json& v = invoice.values;
    const nlohmann::json draft = v.value("draft", nlohmann::json());
    const nlohmann::json totals = v.value("totals", nlohmann::json::object());
    const nlohmann::json links = v.value("line_links", nlohmann::json::array());
    QVariant taxPointDate;
    if (draft.is_object() && draft.contains("tax_point_date")) {
        taxPointDate = jsonText(draft, "tax_point_date");
    } else if (v.contains("tax_point_date")) {
        // An invoice issued without a draft (server demo data) still has its tax point.
        taxPointDate = jsonText(v, "tax_point_date");
    }
    auto saved =
        execSql(m_db,
                QStringLiteral(
                    "INSERT OR REPLACE INTO money_invoices (id, org_id, kind, status, number,"
                    " sequence_number, client_id, location_id, trainer_id,"
                    " original_invoice_id, currency, tax_point_date, draft, totals,"
                    " total_cents, paid_cents, credited_cents, balance_cents, line_links,"
                    " recipient, supplier_registration_numbers, refunded_cents)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {text(invoice.id),
                 text(invoice.orgId),
                 text(invoice.kind()),
                 text(invoice.status()),
                 jsonText(v, "number"),
                 jsonText(v, "sequence_number"),
                 jsonText(v, "client_id"),
                 jsonText(v, "location_id"),
                 jsonText(v, "trainer_id"),
                 jsonText(v, "original_invoice_id"),
                 text(v.value("currency", std::string("CAD"))),
                 taxPointDate,
                 draft.is_null() ? QVariant() : QVariant(text(draft.dump())),
                 text(totals.dump()),
                 QVariant::fromValue(totals.value("total_cents", qint64{0})),
                 QVariant::fromValue(invoice.cents("paid_cents")),
                 QVariant::fromValue(invoice.cents("credited_cents")),
                 QVariant::fromValue(invoice.cents("balance_cents")),
                 lineLinksText(links),
                 text(invoice.recipient()),
                 supplierNumbersText(v),
                 QVariant::fromValue(invoice.cents("refunded_cents"))});
    if (!saved) {
        return saved.error();
    }
    return replaceLines(m_db, invoice.id, draft, links);
}

namespace {

constexpr const char* kInvoiceColumns =
    "SELECT id, org_id, kind, status, number, sequence_number, client_id, location_id,"
    " trainer_id, original_invoice_id, currency, draft, totals, paid_cents, credited_cents,"
    " balance_cents, line_links, tax_point_date, recipient, supplier_registration_numbers,"
    " refunded_cents FROM money_invoices";

fitflow::Result<LocalInvoice> invoiceFrom(const QSqlQuery& query)
{
    LocalInvoice invoice;
    invoice.id = query.value(0).toString().toStdString();
    invoice.orgId = query.value(1).toString().toStdString();
    nlohmann::json& v = invoice.values;
    const auto textOrNull = [&](int column) {
        return query.value(column).isNull()
                   ? nlohmann::json(nullptr)
                   : nlohmann::json(query.value(column).toString().toStdString());
    };
    v["kind"] = textOrNull(2);
    v["status"] = textOrNull(3);
    v["number"] = textOrNull(4);
    v["sequence_number"] = query.value(5).isNull() ? nlohmann::json(nullptr)
                                                   : nlohmann::json(query.value(5).toLongLong());
    v["client_id"] = textOrNull(6);
    v["location_id"] = textOrNull(7);
    v["trainer_id"] = textOrNull(8);
    v["original_invoice_id"] = textOrNull(9);
    v["currency"] = textOrNull(10);
    v["draft"] = nullptr;
    if (!query.value(11).isNull()) {
        auto draft = parseStored(query.value(11));
        if (!draft) {
            return draft.error();
        }
        v["draft"] = std::move(*draft);
    }
    auto totals = parseStored(query.value(12));
    if (!totals) {
        return totals.error();
    }
    v["totals"] = std::move(*totals);
    v["paid_cents"] = query.value(13).toLongLong();
    v["credited_cents"] = query.value(14).toLongLong();
    v["balance_cents"] = query.value(15).toLongLong();
    v["refunded_cents"] = query.value(20).toLongLong();
    v["tax_point_date"] = textOrNull(17);
    v["line_links"] = nlohmann::json::array();
    if (!query.value(16).isNull()) {
        auto links = parseStored(query.value(16));
        if (!links) {
            return links.error();
        }
        v["line_links"] = std::move(*links);
    }
    v["recipient"] = textOrNull(18);
    v["supplier_registration_numbers"] = nullptr;
    if (!query.value(19).isNull()) {
        auto numbers = parseStored(query.value(19));
        if (!numbers) {
            return numbers.error();
        }
        v["supplier_registration_numbers"] = std::move(*numbers);
    }
    return invoice;
}

} // namespace

fitflow::Result<std::optional<LocalInvoice>>
MoneyRepository::findInvoice(const std::string& id) const
{
    auto query = execSql(
        m_db, QString::fromLatin1(kInvoiceColumns) + QStringLiteral(" WHERE id = ?"), {text(id)});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<LocalInvoice>();
    }
    auto invoice = invoiceFrom(*query);
    if (!invoice) {
        return invoice.error();
    }
    return std::optional<LocalInvoice>(std::move(*invoice));
}

fitflow::Result<std::vector<LocalInvoice>> MoneyRepository::invoices(const std::string& orgId) const
{
    auto query = execSql(m_db,
                         QString::fromLatin1(kInvoiceColumns) + organizationFilter(orgId) +
                             QStringLiteral(" ORDER BY id"),
                         organizationValues(orgId));
    if (!query) {
        return query.error();
    }
    std::vector<LocalInvoice> rows;
    while (query->next()) {
        auto invoice = invoiceFrom(*query);
        if (!invoice) {
            return invoice.error();
        }
        rows.push_back(std::move(*invoice));
    }
    return rows;
}

fitflow::Status MoneyRepository::removeInvoice(const std::string& id)
{
    if (auto lines = replaceLines(m_db, id, nlohmann::json()); !lines) {
        return lines;
    }
    auto removed =
        execSql(m_db, QStringLiteral("DELETE FROM money_invoices WHERE id = ?"), {text(id)});
    return removed ? fitflow::Status() : fitflow::Status(removed.error());
}

fitflow::Status MoneyRepository::savePayment(const LocalPayment& payment)
{
    const nlohmann::json& v = payment.values;
    auto saved = execSql(
        m_db,
        QStringLiteral("INSERT OR REPLACE INTO money_payments (id, org_id, invoice_id, method,"
                       " amount_cents, received_on, recorded_by, refunds_payment_id)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {text(payment.id), text(payment.orgId), jsonText(v, "invoice_id"), jsonText(v, "method"),
         QVariant::fromValue(v.value("amount_cents", qint64{0})), jsonText(v, "received_on"),
         jsonText(v, "recorded_by"), jsonText(v, "refunds_payment_id")});
    return saved ? fitflow::Status() : fitflow::Status(saved.error());
}

namespace {

constexpr const char* kPaymentColumns = "SELECT id, org_id, invoice_id, method, amount_cents,"
                                        " received_on, recorded_by, refunds_payment_id"
                                        " FROM money_payments";

std::vector<LocalPayment> paymentsFrom(QSqlQuery& query)
{
    std::vector<LocalPayment> rows;
    while (query.next()) {
        const auto textOrNull = [&](int column) {
            return query.value(column).isNull()
                       ? nlohmann::json(nullptr)
                       : nlohmann::json(query.value(column).toString().toStdString());
        };
        rows.push_back(LocalPayment{query.value(0).toString().toStdString(),
                                    query.value(1).toString().toStdString(),
                                    {{"invoice_id", textOrNull(2)},
                                     {"method", textOrNull(3)},
                                     {"amount_cents", query.value(4).toLongLong()},
                                     {"received_on", textOrNull(5)},
                                     {"recorded_by", textOrNull(6)},
                                     {"refunds_payment_id", textOrNull(7)}}});
    }
    return rows;
}

} // namespace

fitflow::Result<std::vector<LocalPayment>> MoneyRepository::payments(const std::string& orgId) const
{
    auto query = execSql(m_db,
                         QString::fromLatin1(kPaymentColumns) + organizationFilter(orgId) +
                             QStringLiteral(" ORDER BY id"),
                         organizationValues(orgId));
    if (!query) {
        return query.error();
    }
    return paymentsFrom(*query);
}

fitflow::Result<std::optional<LocalPayment>>
MoneyRepository::findPayment(const std::string& id) const
{
    auto query = execSql(
        m_db, QString::fromLatin1(kPaymentColumns) + QStringLiteral(" WHERE id = ?"), {text(id)});
    if (!query) {
        return query.error();
    }
    auto rows = paymentsFrom(*query);
    if (rows.empty()) {
        return std::optional<LocalPayment>();
    }
    return std::optional<LocalPayment>(std::move(rows.front()));
}

fitflow::Result<std::vector<LocalPayment>>
MoneyRepository::invoicePayments(const std::string& invoiceId) const
{
    auto query = execSql(m_db,
                         QString::fromLatin1(kPaymentColumns) +
                             QStringLiteral(" WHERE invoice_id = ? ORDER BY id"),
                         {text(invoiceId)});
    if (!query) {
        return query.error();
    }
    return paymentsFrom(*query);
}

fitflow::Status MoneyRepository::removePayment(const std::string& id)
{
    auto removed =
        execSql(m_db, QStringLiteral("DELETE FROM money_payments WHERE id = ?"), {text(id)});
    return removed ? fitflow::Status() : fitflow::Status(removed.error());
}

fitflow::Result<std::vector<std::string>>
MoneyRepository::idsInOrganization(const std::string& entity, const std::string& orgId) const
{
    const QString table =
        entity == "payment" ? QStringLiteral("money_payments") : QStringLiteral("money_invoices");
    auto query = execSql(m_db, QStringLiteral("SELECT id FROM %1 WHERE org_id = ?").arg(table),
                         {text(orgId)});
    if (!query) {
        return query.error();
    }
    std::vector<std::string> ids;
    while (query->next()) {
        ids.push_back(query->value(0).toString().toStdString());
    }
    return ids;
}

fitflow::Status MoneyRepository::addNumberBlock(const std::string& orgId,
                                                const std::string& blockId,
                                                const invoice::InvoiceNumberBlock& block)
{
    auto added = execSql(m_db,
                         QStringLiteral("INSERT OR IGNORE INTO money_number_blocks"
                                        " (id, org_id, first_number, count) VALUES (?, ?, ?, ?)"),
                         {text(blockId), text(orgId), QVariant::fromValue(block.first),
                          QVariant::fromValue(block.count)});
    return added ? fitflow::Status() : fitflow::Status(added.error());
}

fitflow::Result<HeldNumbers> MoneyRepository::heldNumbers(const std::string& orgId) const
{
    auto blocks = execSql(m_db,
                          QStringLiteral("SELECT first_number, count FROM money_number_blocks"
                                         " WHERE org_id = ? ORDER BY received"),
                          {text(orgId)});
    if (!blocks) {
        return blocks.error();
    }
    HeldNumbers held;
    while (blocks->next()) {
        held.blocks.push_back({blocks->value(0).toLongLong(), blocks->value(1).toLongLong()});
    }
    auto usage =
        execSql(m_db, QStringLiteral("SELECT consumed FROM money_number_usage WHERE org_id = ?"),
                {text(orgId)});
    if (!usage) {
        return usage.error();
    }
    if (usage->next()) {
        held.consumed = usage->value(0).toLongLong();
    }
    return held;
}

fitflow::Status MoneyRepository::saveConsumed(const std::string& orgId, std::int64_t consumed)
{
    auto saved = execSql(m_db,
                         QStringLiteral("INSERT OR REPLACE INTO money_number_usage (org_id,"
                                        " consumed) VALUES (?, ?)"),
                         {text(orgId), QVariant::fromValue(consumed)});
    return saved ? fitflow::Status() : fitflow::Status(saved.error());
}

fitflow::Status MoneyRepository::removeAll()
{
    for (const char* table : {"money_invoice_lines", "money_invoices", "money_payments",
                              "money_number_blocks", "money_number_usage"}) {
        auto removed =
            execSql(m_db, QStringLiteral("DELETE FROM %1").arg(QString::fromLatin1(table)));
        if (!removed) {
            return removed.error();
        }
    }
    return {};
}

} // namespace fitflow::desktop::money
