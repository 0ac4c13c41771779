#pragma once
// Builds the demo world of ./run.sh: the "Northside Strength" studio company (Toronto ON,
// Montréal QC), Alex's own practice in Vancouver BC, five logins, about twenty clients, sessions
// over the past and next four weeks at realistic local hours, and a few invoices. Everything but
// the ids and password hashes is a pure function of `today`, so runs are reproducible. Alex has
// weekly availability at each location he works at, covering the weekdays and hours of his
// sessions there (so the calendar shades the rest at once).

#include "server/service/DemoDataset.h"
#include "shared/core/Result.h"

#include <chrono>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace fitflow::service {

struct DemoLogin {
    std::string email;
    std::string description; // who this person is in the demo, for the printed list
};

class DemoDatasetBuilder {
public:
    using IdSource = std::function<std::string()>;
    using PasswordHashSource = std::function<Result<std::string>()>;

    // The login whose presence means "already seeded".
    static constexpr std::string_view kMarkerEmail = "owner@demo.fitflow.test";
    static constexpr int kWeeksEachSide = 4;

    DemoDatasetBuilder(IdSource newId, std::chrono::sys_days today);

    // `hashPassword` is called once per login and must return a fresh encoded hash.
    // Errors: whatever hashPassword returns; `invalid_time_zone` if the tz database lacks a zone;
    // the tax engine's errors (e.g. `date_outside_tax_table`).
    Result<DemoDataset> build(const PasswordHashSource& hashPassword) const;

    static const std::vector<DemoLogin>& logins();

private:
    // Where a client trains and with whom: indexes into DemoDataset::locations and ::users.
    struct Placement {
        std::size_t location;
        std::size_t trainer;
    };

    Status addPeopleAndPlaces(DemoDataset& data, const PasswordHashSource& hashPassword) const;
    std::vector<Placement> addClients(DemoDataset& data) const;
    Status addSessions(DemoDataset& data, const std::vector<Placement>& placements) const;
    Status addInvoices(DemoDataset& data, const std::vector<Placement>& placements) const;
    Status addAvailability(DemoDataset& data) const;

    IdSource m_newId;
    std::chrono::sys_days m_today;
};

} // namespace fitflow::service
