#include "desktop/storage/clients/ClientExtrasQueries.h"

#include "desktop/storage/SqlStatement.h"
#include "shared/codec/TextFormats.h"
#include "shared/sync/Hlc.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace fitflow::desktop {

namespace {

// The time the session's current status was recorded: the physical part of its field stamp.
std::optional<Instant> statusRecordedAt(const QString& fieldState)
{
    const auto state = nlohmann::json::parse(fieldState.toStdString(), nullptr, false);
    if (!state.is_object() || !state.contains("status") || !state["status"].is_object()) {
        return std::nullopt;
    }
    const auto stamp = state["status"].value("stamp", std::string());
    const auto parsed = sync::Hlc::parse(stamp);
    return parsed ? std::optional<Instant>(parsed->physical) : std::nullopt;
}

fitflow::Result<std::vector<clients::PackageSessionUse>> sessionsOn(const QSqlDatabase& db,
                                                                    const QString& packageId)
{
    auto query = execSql(db,
                         QStringLiteral("SELECT status, starts_at, field_state FROM sessions"
                                        " WHERE package_id = ? AND is_deleted = 0"),
                         {packageId});
    if (!query) {
        return query.error();
    }
    std::vector<clients::PackageSessionUse> sessions;
    while (query->next()) {
        const auto status = scheduling::parseStatus(query->value(0).toString().toStdString());
        const auto startsAt = parseUtcInstant(query->value(1).toString().toStdString());
        if (!status || !startsAt) {
            continue; // a row still missing its fields takes no credit
        }
        sessions.push_back({*status, *startsAt, statusRecordedAt(query->value(2).toString())});
    }
    return sessions;
}

} // namespace

ClientExtrasQueries::ClientExtrasQueries(QSqlDatabase db)
    : m_db(std::move(db))
{
}

fitflow::Result<std::vector<ConsentRow>>
ClientExtrasQueries::consents(const QString& clientId) const
{
    auto query = execSql(m_db,
                         QStringLiteral("SELECT id, coalesce(kind, ''), granted,"
                                        " coalesce(policy_version, ''), coalesce(recorded_at, ''),"
                                        " coalesce(recorded_by, '') FROM consents"
                                        " WHERE client_id = ? AND is_deleted = 0"),
                         {clientId});
    if (!query) {
        return query.error();
    }
    std::vector<ConsentRow> rows;
    while (query->next()) {
        rows.push_back({query->value(0).toString(), query->value(1).toString(),
                        query->value(2).toString() == QLatin1String("true"),
                        query->value(3).toString(), query->value(4).toString(),
                        query->value(5).toString()});
    }
    // By instant, not text: "…:00Z" (no fraction) must sort before "…:00.250Z".
    const auto instant = [](const ConsentRow& row) {
        return parseUtcInstant(row.recordedAt.toStdString()).value_or(Instant{});
    };
    std::sort(rows.begin(), rows.end(), [&](const ConsentRow& left, const ConsentRow& right) {
        const auto leftAt = instant(left);
        const auto rightAt = instant(right);
        return leftAt != rightAt ? leftAt > rightAt : left.id > right.id;
    });
    return rows;
}

fitflow::Result<std::vector<PackageRow>>
ClientExtrasQueries::packages(const QString& clientId) const
{
    auto query = execSql(m_db,
                         QStringLiteral("SELECT id, coalesce(name, ''), sessions_total,"
                                        " price_cents, coalesce(currency, 'CAD'), expires_on"
                                        " FROM packages WHERE client_id = ? AND is_deleted = 0"
                                        " ORDER BY name COLLATE NOCASE, id"),
                         {clientId});
    if (!query) {
        return query.error();
    }
    std::vector<PackageRow> rows;
    while (query->next()) {
        PackageRow row;
        row.id = query->value(0).toString();
        row.clientId = clientId;
        row.name = query->value(1).toString();
        row.sessionsTotal = query->value(2).toInt();
        row.priceCents = query->value(3).toLongLong();
        row.currency = query->value(4).toString();
        if (!query->value(5).isNull()) {
            row.expiresOn = parseIsoDate(query->value(5).toString().toStdString());
        }
        rows.push_back(std::move(row));
    }
    for (PackageRow& row : rows) {
        auto sessions = sessionsOn(m_db, row.id);
        if (!sessions) {
            return sessions.error();
        }
        row.sessions = std::move(*sessions);
    }
    return rows;
}

} // namespace fitflow::desktop
