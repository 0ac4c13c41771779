#pragma once
// Client records of realistic size for the benchmarks: names drawn from short lists, an e-mail
// address and a North American phone number, ~90 bytes of field values like a real client.
// seed-clients.sql and pouchdb/bench-pouchdb.mjs build the same shape.

#include <nlohmann/json.hpp>

namespace fitflow::bench {

// The fields of the index-th client: first_name, last_name, email, phone.
nlohmann::json sampleClientFields(int index);

} // namespace fitflow::bench
