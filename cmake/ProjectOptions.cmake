# fitflow_options: the one INTERFACE target every FitFlow target links. It carries the language
# standard, warnings, sanitizers and the Qt strictness defines, so no target sets them alone.
add_library(fitflow_options INTERFACE)
add_library(fitflow::options ALIAS fitflow_options)

target_compile_features(fitflow_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

# Includes are written from the repository root: #include "shared/money/Money.h".
target_include_directories(fitflow_options INTERFACE "${PROJECT_SOURCE_DIR}")

target_compile_options(fitflow_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-qual -Wformat=2 -Wimplicit-fallthrough -Wmissing-declarations
    $<$<BOOL:${FITFLOW_WERROR}>:-Werror>)

# Qt strictness: no implicit char* <-> QString conversions (every user-visible string is
# deliberate and translatable), no narrowing in connect(), no Q_FOREACH, no deprecated API.
target_compile_definitions(fitflow_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    FITFLOW_VERSION="${PROJECT_VERSION}")

# Relative relocations packed as DT_RELR (binutils 2.38+, glibc 2.36+, both on Debian 12): the
# sanitizer builds carry millions of them (UBSan's check data), a third of each binary. Packed,
# a ci build takes gigabytes less disk and links faster.
include(CheckLinkerFlag)
check_linker_flag(CXX "-Wl,-z,pack-relative-relocs" FITFLOW_LINKER_PACKS_RELOCS)
if(FITFLOW_LINKER_PACKS_RELOCS)
    target_link_options(fitflow_options INTERFACE -Wl,-z,pack-relative-relocs)
endif()

if(FITFLOW_SANITIZE)
    target_compile_options(fitflow_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(fitflow_options INTERFACE -fsanitize=address,undefined)
endif()

# Fuzz builds (clang): every library is instrumented for coverage-guided fuzzing; only the fuzz
# executables link the libFuzzer driver (-fsanitize=fuzzer, in tests/fuzz).
if(FITFLOW_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "FITFLOW_BUILD_FUZZERS needs clang (use the 'fuzz' preset)")
    endif()
    target_compile_options(fitflow_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(fitflow_options INTERFACE -fsanitize=address,undefined)
endif()
