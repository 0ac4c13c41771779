#pragma once
// A fresh directory under the system temp folder, removed with everything in it (test keys,
// process output) when the object goes away.

#include <string>

namespace fitflow::test {

class TempDirectory {
public:
    explicit TempDirectory(const std::string& prefix); // throws if it cannot be created
    ~TempDirectory();
    TempDirectory(const TempDirectory&) = delete;
    TempDirectory& operator=(const TempDirectory&) = delete;

    const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

} // namespace fitflow::test
