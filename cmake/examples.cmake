# The examples of examples/*.c: built with the library, run by ctest (with the
# tests) on the sample articles, their standard output compared with the
# expected text below. Included from the top-level CMakeLists.txt: a
# CMakeLists.txt in examples/ would be one more examples/*.txt "article" to
# every glob of the sample articles (the README's command, tests, bench corpus).

set(WARTA_EXAMPLES_DIR ${PROJECT_SOURCE_DIR}/examples)
set(WARTA_EXAMPLE_ARTICLE_ISIS ${WARTA_EXAMPLES_DIR}/000_a8c4865092a0d7f6.txt)
set(WARTA_EXAMPLE_ARTICLE_TEMPO ${WARTA_EXAMPLES_DIR}/001_b234ab07b471a947.txt)
set(WARTA_EXAMPLE_BIN ${PROJECT_BINARY_DIR}/examples)

foreach(example minimal paragraphs spans capacities)
  add_executable(example_${example} ${WARTA_EXAMPLES_DIR}/${example}.c)
  set_target_properties(example_${example} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${WARTA_EXAMPLE_BIN})
  target_compile_options(example_${example} PRIVATE ${WARTA_WARNINGS})
  target_link_libraries(example_${example} PRIVATE warta::warta)
endforeach()

# The microcontroller example needs a library of the same capacities: the small
# profile that include/warta.h documents, built without libc (lib/libc.c).
file(STRINGS ${PROJECT_SOURCE_DIR}/include/warta.h WARTA_PROFILE_LINES REGEX "-DWARTA_MAX_")
string(REGEX MATCHALL "WARTA_MAX_[A-Z_]+=[0-9]+" WARTA_SMALL_PROFILE "${WARTA_PROFILE_LINES}")
if(NOT WARTA_SMALL_PROFILE)
  message(FATAL_ERROR "include/warta.h documents no small profile (-DWARTA_MAX_...=N) for examples/static_mcu.c")
endif()
add_library(warta_small STATIC ${WARTA_LIB_SOURCES})
target_include_directories(warta_small PUBLIC ${PROJECT_SOURCE_DIR}/include)
target_compile_definitions(warta_small PUBLIC ${WARTA_SMALL_PROFILE} PRIVATE WARTA_NO_LIBC)
target_compile_options(warta_small PRIVATE ${WARTA_WARNINGS})
add_executable(example_static_mcu ${WARTA_EXAMPLES_DIR}/static_mcu.c)
set_target_properties(example_static_mcu PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${WARTA_EXAMPLE_BIN})
target_compile_options(example_static_mcu PRIVATE ${WARTA_WARNINGS})
target_link_libraries(example_static_mcu PRIVATE warta_small)

# Runs an example (ARGN: its arguments) and diffs its output with `expected`.
function(warta_example_test example expected)
  if(NOT WARTA_BUILD_TESTS)
    return()
  endif()
  set(expected_file ${WARTA_EXAMPLE_BIN}/${example}.expected)
  file(WRITE ${expected_file} "${expected}")
  add_test(NAME example_${example}
    COMMAND sh -c "out=$(\"$0\" \"$@\") || exit 1; printf '%s\\n' \"$out\" | diff -u \"${expected_file}\" -"
      $<TARGET_FILE:example_${example}> ${ARGN})
endfunction()

warta_example_test(minimal [=[
title:     Harga Cabai Rawit di Pasar Induk Naik Jelang Lebaran
published: 2023-04-03T09:15:00+07:00
]=])

warta_example_test(paragraphs [=[
[0] Puluhan ahli information technology (IT) asing dari kelompok militan ISI...
[1] "Sumber pro-ISIS mengakui bahwa kelompok tersebut telah menderita kekura...
    quote (kata) by kepala media center Nineveh Raafat al-Zarari
[2] Gelombang hengkangnya para pakar IT dan media (tim propaganda ISIS) ini...
[3] Al-Zarari menjelaskan bahwa mayoritas ahli teknis yang melarikan diri in...
    quote (tandas) by Zarari
[4] Selain itu, mereka, bersama dengan tim keamanan, bertugas mengamati dan...
[5] "Sejumlah teknisi Amerika telah melarikan diri Mosul dan menyeberang ke...
    quote (ujar) by seorang sumber yang dekat dengan ISIS
[6] "Warga di Mosul harus merayakan sekarang; karena file-file khusus mereka...
    quote (ujar) by sumber itu
caption: Ilustrasi
  credit: ara news
7 paragraphs, 0 past the capacity of 200
]=] ${WARTA_EXAMPLE_ARTICLE_ISIS})

warta_example_test(spans [=[
title: bytes 0..45
  raw:    [Terpuruk di Irak, ISIS Minta Bantuan Al-Qaeda]
  folded: [Terpuruk di Irak, ISIS Minta Bantuan Al-Qaeda]
  in 16 bytes: [Terpuruk di Ira] (cut: the text is longer)
dateline: bytes 262..269
  raw:    [Baghdad]
  folded: [Baghdad]
  in 16 bytes: [Baghdad]
author_code: absent
first author: bytes 2097..2105
  raw:    [YON DEMA]
  folded: [YON DEMA]
  in 16 bytes: [YON DEMA]
first caption's credit: bytes 226..250
  raw:    [REUTERS/Thaier Al-Sudani]
  folded: [REUTERS/Thaier Al-Sudani]
  in 16 bytes: [REUTERS/Thaier] (cut: the text is longer)
]=] ${WARTA_EXAMPLE_ARTICLE_TEMPO})

warta_example_test(capacities [=[
list       capacity   full  limit   kept+dropped
authors           8      1      8        1+0
editors           8      0      8        0+0
sources          16      3     16        3+0
paragraphs      200      9      3        3+6
captions         16      1     16        1+0
read_also        16      3     16        3+0
related          24     10     24       10+0
quotes           64      1      1        1+0
dates            48      2     48        1+0
to keep everything of this article: authors=1 editors=0 sources=3 paragraphs=9 captions=1 read_also=3 related=10 quotes=1 dates=2
the teaser's paragraphs and quotes are the first of the full parse: yes
]=] ${WARTA_EXAMPLE_ARTICLE_TEMPO})

warta_example_test(static_mcu [=[
title: ISIS Kekurangan Tenaga IT dan Media
published: 2016-04-30T15:24:00+07:00
outlet: jpnn.com
paragraphs: 7 of at most 64, dropped 0
quote by: kepala media center Nineveh Raafat al-Zarari
quote by: Zarari
quote by: seorang sumber yang dekat dengan ISIS
quote by: sumber itu
]=] ${WARTA_EXAMPLE_ARTICLE_ISIS})
