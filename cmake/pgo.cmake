# WARTA_PGO: a profile-guided build. An instrumented copy of the library (warta_pgo_objects,
# linked into the command-line tool as warta-pgo-train) parses the training pages; the
# library's objects are then compiled with the counts, which lay out hot code and branches.
# Training takes half the real pages (001-005) and the samples, so that warta-bench shows
# the gain on pages the profile has not seen as well.
if(CMAKE_CROSSCOMPILING)
  message(FATAL_ERROR "WARTA_PGO: the training run needs the build machine to run the library")
endif()
if(NOT CMAKE_C_COMPILER_ID MATCHES "^(GNU|Clang)$")
  message(FATAL_ERROR "WARTA_PGO needs gcc or clang, not ${CMAKE_C_COMPILER_ID}")
endif()
if(CMAKE_C_COMPILER_ID STREQUAL "GNU" AND CMAKE_C_COMPILER_VERSION VERSION_LESS 11)
  message(FATAL_ERROR "WARTA_PGO needs gcc 11 or later (-dumpdir, -dumpbase)")
endif()

file(GLOB WARTA_PGO_PAGES ${PROJECT_SOURCE_DIR}/tests/fixtures/seeds/*.txt
  ${PROJECT_SOURCE_DIR}/tests/corpus/00[1-5].txt ${PROJECT_SOURCE_DIR}/tests/corpus/00[1-5].w3m.txt)
set(WARTA_PGO_DIR ${PROJECT_BINARY_DIR}/pgo)

warta_library_objects(warta_pgo_objects)
add_executable(warta-pgo-train tools/warta.c tools/json.c $<TARGET_OBJECTS:warta_pgo_objects>)
target_include_directories(warta-pgo-train PRIVATE lib tools include)
find_package(Threads REQUIRED)
target_link_libraries(warta-pgo-train PRIVATE Threads::Threads)
target_link_options(warta-pgo-train PRIVATE -fprofile-generate)

if(CMAKE_C_COMPILER_ID STREQUAL "GNU")
  # gcc names a profile, and tells a file's static functions apart, by the object's auxiliary
  # name: both builds take the same one, though their objects lie in different directories.
  set(WARTA_PGO_PROFILE ${WARTA_PGO_DIR}/trained.stamp)
  set(WARTA_PGO_MERGE "")
  set(WARTA_PGO_AUX -dumpdir ${WARTA_PGO_DIR}/ -dumpbase warta)
  target_compile_options(warta_pgo_objects PRIVATE -fprofile-generate=${WARTA_PGO_DIR}/gcda
    -fprofile-update=single ${WARTA_PGO_AUX})
  target_compile_options(warta_objects PRIVATE -fprofile-use=${WARTA_PGO_DIR}/gcda ${WARTA_PGO_AUX})
else()
  # clang's raw counts are merged by the llvm-profdata of its own version.
  set(WARTA_PGO_PROFILE ${WARTA_PGO_DIR}/warta.profdata)
  get_filename_component(WARTA_CLANG_DIR ${CMAKE_C_COMPILER} DIRECTORY)
  string(REGEX MATCH "^[0-9]+" WARTA_CLANG_MAJOR ${CMAKE_C_COMPILER_VERSION})
  find_program(WARTA_LLVM_PROFDATA NAMES llvm-profdata-${WARTA_CLANG_MAJOR} llvm-profdata
    HINTS ${WARTA_CLANG_DIR} REQUIRED)
  set(WARTA_PGO_MERGE ${WARTA_LLVM_PROFDATA})
  target_compile_options(warta_pgo_objects PRIVATE -fprofile-generate=${WARTA_PGO_DIR}/raw)
  target_compile_options(warta_objects PRIVATE -fprofile-use=${WARTA_PGO_PROFILE})
endif()

add_custom_command(OUTPUT ${WARTA_PGO_PROFILE}
  COMMAND ${CMAKE_COMMAND} -DTRAINER=$<TARGET_FILE:warta-pgo-train> "-DPAGES=${WARTA_PGO_PAGES}"
          -DDIR=${WARTA_PGO_DIR} -DPROFILE=${WARTA_PGO_PROFILE} -DMERGE=${WARTA_PGO_MERGE}
          -P ${PROJECT_SOURCE_DIR}/cmake/pgo-train.cmake
  DEPENDS warta-pgo-train ${WARTA_PGO_PAGES} ${PROJECT_SOURCE_DIR}/cmake/pgo-train.cmake
  COMMENT "WARTA_PGO: training the instrumented library on ${PROJECT_SOURCE_DIR}/tests"
  VERBATIM)
add_custom_target(warta_pgo_profile DEPENDS ${WARTA_PGO_PROFILE})
add_dependencies(warta_objects warta_pgo_profile)
# A new profile compiles the library again: the unity build compiles this one file.
set_source_files_properties(${PROJECT_BINARY_DIR}/CMakeFiles/warta_objects.dir/Unity/unity_0_c.c
  PROPERTIES OBJECT_DEPENDS ${WARTA_PGO_PROFILE})
