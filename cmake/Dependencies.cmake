# Every third-party library comes from Debian packages (see scripts/lib/deps.sh); nothing is
# vendored. Imported targets are created once here and used by name in the folders.
find_package(Threads REQUIRED)
find_package(PkgConfig REQUIRED)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(date REQUIRED)          # libhowardhinnant-date-dev: date::date, date::date-tz

pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium>=1.0.18)

if(FITFLOW_BUILD_SERVER)
    find_package(OpenSSL 3 REQUIRED)
    pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib>=0.11)
    pkg_check_modules(PQXX REQUIRED IMPORTED_TARGET libpqxx>=6.4)
endif()

# libcurl: the sync transport of desktop/sync (fitflow-desktop, fitflow-cli and their tests).
if(FITFLOW_BUILD_SERVER OR FITFLOW_BUILD_DESKTOP)
    find_package(CURL REQUIRED)
endif()

if(FITFLOW_BUILD_DESKTOP)
    pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher>=3.4)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Network Sql Svg PrintSupport Test
                 LinguistTools)
    qt_standard_project_setup()
endif()
