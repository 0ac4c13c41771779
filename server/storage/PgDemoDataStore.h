#pragma once
// DemoDataStore on PostgreSQL, used by `seed-demo` with the migration-owner role. Row-level
// security is forced on the owner too, so each organization's rows are written under that
// organization's tenant context.

#include "server/service/DemoDataStore.h"

#include <string>

namespace fitflow::storage {

class PgDemoDataStore final : public service::DemoDataStore {
public:
    explicit PgDemoDataStore(std::string databaseUrl);

    Result<bool> hasUser(std::string_view markerEmail) override;
    Result<bool> storeUnlessPresent(const service::DemoDataset& dataset,
                                    std::string_view markerEmail) override;

private:
    std::string m_databaseUrl;
};

} // namespace fitflow::storage
