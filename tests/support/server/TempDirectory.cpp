#include "tests/support/server/TempDirectory.h"

#include <stdlib.h>

#include <filesystem>
#include <stdexcept>

namespace fitflow::test {

TempDirectory::TempDirectory(const std::string& prefix)
    : m_path((std::filesystem::temp_directory_path() / (prefix + ".XXXXXX")).string())
{
    if (::mkdtemp(m_path.data()) == nullptr) {
        throw std::runtime_error("cannot create a temporary directory " + m_path);
    }
}

TempDirectory::~TempDirectory()
{
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

} // namespace fitflow::test
