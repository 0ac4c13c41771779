#pragma once
// The login options shared by the push and pull benchmarks (--store --server --ca --email,
// password from FITFLOW_PASSWORD so it never shows in the process list).

#include "tests/bench/sync/BenchArguments.h"
#include "tests/bench/sync/BenchDevice.h"

namespace fitflow::bench {

fitflow::Result<DeviceLogin> deviceLoginFrom(const BenchArguments& arguments);

} // namespace fitflow::bench
