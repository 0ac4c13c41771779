#include "desktop/storage/manager/ProfileCache.h"

#include "desktop/storage/SqlStatement.h"

namespace fitflow::desktop {

namespace {
const QString kProfileKey = QStringLiteral("account.profile");
} // namespace

ProfileCache::ProfileCache(QSqlDatabase db)
    : m_db(std::move(db))
{
}

fitflow::Result<std::optional<nlohmann::json>> ProfileCache::load() const
{
    auto query =
        execSql(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {kProfileKey});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<nlohmann::json>();
    }
    const std::string text = query->value(0).toString().toStdString();
    nlohmann::json profile = nlohmann::json::parse(text, nullptr, false);
    if (!profile.is_object()) {
        return makeError("store_corrupt", "the cached account profile is not a JSON object");
    }
    return std::optional<nlohmann::json>(std::move(profile));
}

fitflow::Status ProfileCache::save(const nlohmann::json& profile)
{
    if (!profile.is_object()) {
        return makeError("invalid_value", "an account profile must be a JSON object");
    }
    auto query =
        execSql(m_db, QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"),
                {kProfileKey, QString::fromStdString(profile.dump())});
    if (!query) {
        return query.error();
    }
    return {};
}

fitflow::Status ProfileCache::clear()
{
    auto query = execSql(m_db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {kProfileKey});
    if (!query) {
        return query.error();
    }
    return {};
}

} // namespace fitflow::desktop
