#include "desktop/sync/money/LateCancellationFee.h"

#include "desktop/storage/SqlStatement.h"
#include "desktop/storage/money/BilledItems.h"
#include "desktop/storage/money/MoneyRepository.h"
#include "desktop/sync/money/InvoiceOperations.h"

#include <QDateTime>
#include <QTimeZone>

namespace fitflow::desktop::money {

namespace {

struct FeeSession {
    QString orgId;
    QString clientId;
    QString locationId;
    QString when; // local start and location name, as on session invoice lines
    QString province;
};

fitflow::Result<FeeSession> readSession(const QSqlDatabase& db, const QString& sessionId)
{
    auto row = execSql(db,
                       QStringLiteral("SELECT s.org_id, s.client_id, s.location_id, s.starts_at,"
                                      " l.name, l.time_zone, l.province FROM sessions s"
                                      " JOIN locations l ON l.id = s.location_id"
                                      " WHERE s.id = ? AND s.is_deleted = 0"),
                       {sessionId});
    if (!row) {
        return row.error();
    }
    if (!row->next()) {
        return makeError("not_found", "no such session with a known location", "session");
    }
    const QDateTime start =
        QDateTime::fromString(row->value(3).toString(), Qt::ISODateWithMs).toUTC();
    const QTimeZone zone(row->value(5).toString().toUtf8());
    const QDateTime local = zone.isValid() ? start.toTimeZone(zone) : start;
    const QString name = row->value(4).toString();
    QString when = local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!name.isEmpty()) {
        when += QStringLiteral(", ") + name;
    }
    return FeeSession{row->value(0).toString(), row->value(1).toString(), row->value(2).toString(),
                      when, row->value(6).toString()};
}

} // namespace

fitflow::Result<LateFeeDraft> draftLateCancellationFee(const QSqlDatabase& db,
                                                       const LateFeeRequest& request)
{
    if (request.feeCents <= 0) {
        return makeError("invalid_value", "a fee invoice needs a fee above 0", "fee");
    }
    if (!request.descriptionTemplate.contains(QLatin1String("%1"))) {
        return makeError("invalid_value", "the line text needs %1 for the session", "description");
    }
    auto session = readSession(db, request.sessionId);
    if (!session) {
        return session.error();
    }
    auto billed = readBilledItems(db);
    if (!billed) {
        return billed.error();
    }
    if (billed->sessionIds.contains(request.sessionId)) {
        return makeError("session_already_billed",
                         "an invoice that is not void already bills this session", "session");
    }
    const nlohmann::json draft{
        {"client_id", session->clientId.toStdString()},
        {"location_id", session->locationId.toStdString()},
        {"tax_point_date", request.taxPointDate.toString(Qt::ISODate).toStdString()},
        {"supplier",
         {{"gst_hst_registered", request.gstHstRegistered},
          {"qst_registered", request.qstRegistered},
          {"pst_registered", nlohmann::json::array()}}},
        {"place", {{"kind", "in_person"}, {"province", session->province.toStdString()}}},
        {"lines",
         {{{"description", request.descriptionTemplate.arg(session->when).toStdString()},
           {"quantity", 1},
           {"unit_price_cents", request.feeCents},
           {"discount_cents", 0},
           {"category", "service"},
           {"tax_included", false}}}},
        {"line_links", {{{"line", 0}, {"session_id", request.sessionId.toStdString()}}}}};
    InvoiceOperations operations(db);
    const std::string orgId = session->orgId.toStdString();
    auto id = operations.draft(orgId, draft);
    if (!id) {
        return id.error();
    }
    auto stored = MoneyRepository(db).findInvoice(*id);
    std::int64_t total = 0;
    if (stored && *stored) {
        total = (*stored)->values["totals"].value("total_cents", std::int64_t{0});
    }
    return LateFeeDraft{*id, orgId, session->clientId.toStdString(), total};
}

} // namespace fitflow::desktop::money
