# Installs the Debian packages FitFlow needs, only those that are missing. Sourced.
# Everything the project uses comes from Debian 12 (bookworm); nothing is vendored.

FF_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config git ca-certificates curl openssl tzdata python3
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libgl-dev
    qt6-translations-l10n
    libsqlcipher-dev libcpp-httplib-dev libpqxx-dev libsodium-dev libssl-dev
    libcurl4-openssl-dev nlohmann-json3-dev libhowardhinnant-date-dev
    postgresql fonts-dejavu-core
)
FF_TEST_PACKAGES=(
    libgtest-dev libgmock-dev libbenchmark-dev clang libclang-rt-14-dev
    xvfb xauth python3-aiosmtpd poppler-utils nodejs
)

# Packages whose installed version must be at least this (the machine image may ship older
# ones). tzdata decides which wall-clock times the scheduling rules produce, and the tests expect
# the zone rules of 2026 (e.g. British Columbia on permanent UTC-7 from 2026-03-08).
declare -A FF_MIN_VERSIONS=([tzdata]=2026f)

ff_missing_packages() {
    local pkg status version
    for pkg in "$@"; do
        status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
        if [ "$status" != "install ok installed" ]; then
            printf '%s\n' "$pkg"
        elif [ -n "${FF_MIN_VERSIONS[$pkg]:-}" ]; then
            version=$(dpkg-query -W -f='${Version}' "$pkg")
            dpkg --compare-versions "$version" ge "${FF_MIN_VERSIONS[$pkg]}" || printf '%s\n' "$pkg"
        fi
    done
}

# ff_ensure_packages PKG... : installs what is missing, saying what.
ff_ensure_packages() {
    command -v dpkg-query >/dev/null 2>&1 || ff_die "this script expects Debian 12 (dpkg not found)"
    local missing
    mapfile -t missing < <(ff_missing_packages "$@")
    [ ${#missing[@]} -eq 0 ] && return 0
    ff_say "Installing Debian packages: ${missing[*]}"
    command -v apt-get >/dev/null 2>&1 || ff_die "apt-get not found; install by hand: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if ! ff_as_root apt-get update -qq; then
        ff_die "apt-get update failed (no network or no package mirror?). Missing: ${missing[*]}"
    fi
    if ! ff_as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
        ff_die "apt-get install failed for: ${missing[*]}"
    fi
}

# ff_ensure_npm : npm for tests/js. Debian packages it apart from nodejs; some nodejs builds
# (e.g. NodeSource's) bundle it, and Debian's npm package would conflict with those.
ff_ensure_npm() {
    command -v npm >/dev/null 2>&1 || ff_ensure_packages npm
}
