#include "tests/bench/sync/SampleClients.h"

#include <array>
#include <cstdio>
#include <string>

namespace fitflow::bench {

namespace {

constexpr std::array<const char*, 8> kFirstNames{"Amélie", "Benjamin", "Chloé",   "Daniel",
                                                 "Emma",   "Félix",    "Gabriel", "Hannah"};
constexpr std::array<const char*, 8> kLastNames{"Tremblay", "Gagnon",   "Roy",   "Côté",
                                                "Bouchard", "Gauthier", "Morin", "Lavoie"};

std::string asciiLower(std::string text)
{
    std::string lowered;
    for (const char c : text) {
        if (c >= 'A' && c <= 'Z') {
            lowered += static_cast<char>(c - 'A' + 'a');
        } else if (static_cast<unsigned char>(c) < 0x80) {
            lowered += c;
        }
    }
    return lowered;
}

} // namespace

nlohmann::json sampleClientFields(int index)
{
    const std::string first = kFirstNames[static_cast<std::size_t>(index) % kFirstNames.size()];
    const std::string last = kLastNames[static_cast<std::size_t>(index / 8) % kLastNames.size()];
    std::array<char, 32> phone{};
    std::snprintf(phone.data(), phone.size(), "+1 514 555 %04d", index % 10000);
    return {{"first_name", first},
            {"last_name", last},
            {"email",
             asciiLower(first + "." + last) + "." + std::to_string(index) + "@clients.example.com"},
            {"phone", std::string(phone.data())}};
}

} // namespace fitflow::bench
