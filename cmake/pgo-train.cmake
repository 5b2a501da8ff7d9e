# WARTA_PGO's training run (cmake/pgo.cmake): cmake -DTRAINER=... -DPAGES=... -DDIR=...
# -DPROFILE=... [-DMERGE=llvm-profdata] -P pgo-train.cmake. Old counts are cleared first,
# since gcc adds a run's counts to those on disk.
file(REMOVE_RECURSE ${DIR}/gcda ${DIR}/raw)
# One thread: the counters are updated without atomics (-fprofile-update=single).
execute_process(COMMAND ${TRAINER} -j 1 -- ${PAGES} OUTPUT_FILE /dev/null RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "WARTA_PGO: the training run failed (${status})")
endif()
if(MERGE)
  file(GLOB raw ${DIR}/raw/*.profraw)
  execute_process(COMMAND ${MERGE} merge -o ${PROFILE} ${raw} RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "WARTA_PGO: ${MERGE} merge failed (${status})")
  endif()
else()
  file(TOUCH ${PROFILE})
endif()
