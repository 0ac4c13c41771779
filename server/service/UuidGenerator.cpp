#include "server/service/UuidGenerator.h"

#include "shared/domain/UuidV7.h"

#include <sodium.h>

namespace fitflow::service {

std::string UuidGenerator::newV7(std::chrono::system_clock::time_point now)
{
    UuidRandomBytes random{};
    randombytes_buf(random.data(), random.size());
    return formatUuidV7(std::chrono::floor<std::chrono::milliseconds>(now), random);
}

} // namespace fitflow::service
