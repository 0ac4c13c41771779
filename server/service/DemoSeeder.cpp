#include "server/service/DemoSeeder.h"

#include "server/service/UuidGenerator.h"

namespace fitflow::service {

DemoSeeder::DemoSeeder(DemoDataStore& store, const PasswordHasher& hasher)
    : m_store(store)
    , m_hasher(hasher)
{
}

Result<DemoSeedOutcome> DemoSeeder::seed(std::string_view password, std::chrono::sys_days today)
{
    if (password.empty()) {
        return makeError("invalid_argument", "the demo password must not be empty");
    }
    DemoSeedOutcome outcome;
    outcome.logins = DemoDatasetBuilder::logins();

    // Cheap check first: hashing five passwords with Argon2id takes a while.
    auto seeded = m_store.hasUser(DemoDatasetBuilder::kMarkerEmail);
    if (!seeded) {
        return seeded.error();
    }
    if (*seeded) {
        outcome.alreadySeeded = true;
        return outcome;
    }

    const DemoDatasetBuilder builder([] { return UuidGenerator::newV7(); }, today);
    auto dataset = builder.build([&] { return m_hasher.hash(password); });
    if (!dataset) {
        return dataset.error();
    }
    auto stored = m_store.storeUnlessPresent(*dataset, DemoDatasetBuilder::kMarkerEmail);
    if (!stored) {
        return stored.error();
    }
    outcome.alreadySeeded = !*stored;
    if (*stored) {
        outcome.clients = dataset->clients.size();
        outcome.sessions = dataset->sessions.size();
        outcome.invoices = dataset->invoices.size();
    }
    return outcome;
}

} // namespace fitflow::service
