# Cross-compiling libwarta.a for a Cortex-M4 with Debian's gcc-arm-none-eabi:
#   cmake -S . -B build-m4 -DCMAKE_TOOLCHAIN_FILE=cmake/arm-none-eabi.cmake \
#         -DCMAKE_BUILD_TYPE=MinSizeRel -DWARTA_BUILD_TOOLS=OFF -DWARTA_BUILD_TESTS=OFF
#   cmake --build build-m4
# Another core: -DWARTA_ARM_FLAGS="-mcpu=cortex-m0plus -mthumb" (or cortex-m7 with an FPU...).
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR arm)
set(CMAKE_C_COMPILER arm-none-eabi-gcc)
set(CMAKE_CXX_COMPILER arm-none-eabi-g++)
# No startup code or linker script here, so CMake's test program is a library, not linked.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

set(WARTA_ARM_FLAGS "-mcpu=cortex-m4 -mthumb" CACHE STRING "The target core's gcc flags")
set(CMAKE_C_FLAGS_INIT "${WARTA_ARM_FLAGS} -ffreestanding -ffunction-sections -fdata-sections")

set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
