/* The version macros, warta_version() and the CMake project version agree. */
#include "warta.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#ifndef WARTA_PROJECT_VERSION
#error "WARTA_PROJECT_VERSION (project(warta VERSION ...) in CMakeLists.txt) is not defined"
#endif

/* "65535.65535.65535" and its NUL. */
#define VERSION_TEXT_SIZE 18

Test(version, string_macro_is_the_numbers)
{
    char joined[VERSION_TEXT_SIZE];
    snprintf(joined, sizeof joined, "%d.%d.%d", WARTA_VERSION_MAJOR, WARTA_VERSION_MINOR,
             WARTA_VERSION_PATCH);
    cr_assert_str_eq(joined, WARTA_VERSION_STRING);
}

Test(version, runtime_is_the_header)
{
    cr_assert_str_eq(warta_version(), WARTA_VERSION_STRING);
}

Test(version, header_is_the_cmake_project)
{
    cr_assert_str_eq(WARTA_VERSION_STRING, WARTA_PROJECT_VERSION);
}
