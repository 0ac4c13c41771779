#include "desktop/storage/SyncStateRepository.h"

#include "desktop/storage/SqlStatement.h"

namespace fitflow::desktop {

namespace {

fitflow::Status done(const fitflow::Result<QSqlQuery>& query)
{
    return query ? fitflow::Status() : fitflow::Status(query.error());
}

} // namespace

SyncStateRepository::SyncStateRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

fitflow::Result<std::string> SyncStateRepository::deviceId() const
{
    auto query = execSql(m_db, QStringLiteral("SELECT id FROM device LIMIT 1"));
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return makeError("store_corrupt", "the store has no device id");
    }
    return query->value(0).toString().toStdString();
}

fitflow::Result<std::optional<sync::Hlc>> SyncStateRepository::lastStamp() const
{
    auto query = execSql(m_db, QStringLiteral("SELECT last_stamp FROM sync_clock"));
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<sync::Hlc>();
    }
    auto stamp = sync::Hlc::parse(query->value(0).toString().toStdString());
    if (!stamp) {
        return makeError("store_corrupt", "the stored clock is invalid: " + stamp.error().message);
    }
    return std::optional<sync::Hlc>(*stamp);
}

fitflow::Status SyncStateRepository::saveLastStamp(const sync::Hlc& stamp)
{
    return done(execSql(
        m_db,
        QStringLiteral("INSERT OR REPLACE INTO sync_clock (singleton, last_stamp) VALUES (1, ?)"),
        {QString::fromStdString(stamp.toString())}));
}

fitflow::Result<std::optional<SyncAccount>> SyncStateRepository::account() const
{
    auto query = execSql(m_db, QStringLiteral("SELECT server_url, ca_cert_path, email, user_id,"
                                              " refresh_token FROM sync_account"));
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<SyncAccount>();
    }
    const auto text = [&](int column) { return query->value(column).toString().toStdString(); };
    return std::optional<SyncAccount>(SyncAccount{text(0), text(1), text(2), text(3), text(4)});
}

fitflow::Status SyncStateRepository::saveAccount(const SyncAccount& account)
{
    return done(execSql(
        m_db,
        QStringLiteral("INSERT OR REPLACE INTO sync_account (singleton, server_url,"
                       " ca_cert_path, email, user_id, refresh_token)"
                       " VALUES (1, ?, ?, ?, ?, ?)"),
        {QString::fromStdString(account.serverUrl), QString::fromStdString(account.caCertPath),
         QString::fromStdString(account.email), QString::fromStdString(account.userId),
         QString::fromStdString(account.refreshToken)}));
}

fitflow::Result<std::optional<PullCursorState>>
SyncStateRepository::cursor(const std::string& orgId) const
{
    auto query = execSql(
        m_db, QStringLiteral("SELECT cursor, mid_snapshot FROM sync_cursors WHERE org_id = ?"),
        {QString::fromStdString(orgId)});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<PullCursorState>();
    }
    return std::optional<PullCursorState>(
        PullCursorState{query->value(0).toString().toStdString(), query->value(1).toInt() != 0});
}

fitflow::Status SyncStateRepository::saveCursor(const std::string& orgId,
                                                const PullCursorState& cursor)
{
    return done(execSql(m_db,
                        QStringLiteral("INSERT OR REPLACE INTO sync_cursors (org_id, cursor,"
                                       " mid_snapshot) VALUES (?, ?, ?)"),
                        {QString::fromStdString(orgId), QString::fromStdString(cursor.cursor),
                         cursor.midSnapshot ? 1 : 0}));
}

fitflow::Status SyncStateRepository::dropCursor(const std::string& orgId)
{
    return done(execSql(m_db, QStringLiteral("DELETE FROM sync_cursors WHERE org_id = ?"),
                        {QString::fromStdString(orgId)}));
}

fitflow::Status SyncStateRepository::dropAllCursors()
{
    return done(execSql(m_db, QStringLiteral("DELETE FROM sync_cursors")));
}

} // namespace fitflow::desktop
