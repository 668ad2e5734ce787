# docs/timeline.svg, the events on a time axis (tools/generator/timeline.py),
# label exports. Included from tests/CMakeLists.txt (non-sanitizer builds).
if(Python3_FOUND)
  if(NOT DEFINED AFBRIEF_SKIPPED)   # (validators.cmake sets it; 77 is ctest's usual)
    set(AFBRIEF_SKIPPED 77)
  endif()
  set(afbrief_timeline_dir ${CMAKE_CURRENT_LIST_DIR})
  # Equal to what the generator draws now, drawn alike under two hash seeds
  # (generated_files_up_to_date checks every generated file; this one names
  # the picture and shows the difference).
  add_test(NAME timeline.fresh
    COMMAND ${Python3_EXECUTABLE} ${afbrief_timeline_dir}/check_fresh.py ${PROJECT_SOURCE_DIR})
  # Well-formed SVG; every event once, each drawn with the mark its date calls
  # for, where the axis's own labels put its dates.
  add_test(NAME timeline.marks
    COMMAND ${Python3_EXECUTABLE} ${afbrief_timeline_dir}/check_marks.py ${PROJECT_SOURCE_DIR})
  # The date-to-x mapping (tools/generator/timeline_axis.py) at its edges:
  # off the axis, across the break, zero-length spans, open and unknown ends.
  add_test(NAME timeline.axis
    COMMAND ${Python3_EXECUTABLE} ${afbrief_timeline_dir}/test_axis.py)
  # librsvg draws it without a complaint (skipped without rsvg-convert, except
  # in CI: AFBRIEF_MCU_TESTS=ON, where .ci/run installs it, makes that a failure).
  set(afbrief_timeline_require "")
  if(AFBRIEF_MCU_TESTS)
    set(afbrief_timeline_require --require)
  endif()
  add_test(NAME timeline.renders
    COMMAND ${Python3_EXECUTABLE} ${afbrief_timeline_dir}/check_renders.py
            ${afbrief_timeline_require} ${PROJECT_SOURCE_DIR})
  set_tests_properties(timeline.fresh timeline.marks timeline.axis timeline.renders
    PROPERTIES LABELS exports)
  set_tests_properties(timeline.renders PROPERTIES SKIP_RETURN_CODE ${AFBRIEF_SKIPPED})
endif()
