# The ways a user takes afbrief in, each a tiny project (tests/consumer) that
# makes one compile-time and one run-time query; ctest label consumer.
set(afbrief_consumer ${CMAKE_CURRENT_SOURCE_DIR}/consumer)
set(afbrief_consumer_out ${CMAKE_CURRENT_BINARY_DIR}/consumers)
set(afbrief_prefix ${afbrief_consumer_out}/prefix)

# One consumer project built and run: NAME, then extra configure options.
function(afbrief_consumer_test name)
  add_test(NAME consumer.${name}
    COMMAND ${CMAKE_COMMAND} -E env CXX=${CMAKE_CXX_COMPILER}
      ${CMAKE_CTEST_COMMAND} --build-and-test ${afbrief_consumer} ${afbrief_consumer_out}/${name}
        --build-generator ${CMAKE_GENERATOR}
        --build-options -DAFBRIEF_SOURCE=${PROJECT_SOURCE_DIR} ${ARGN}
        --test-command ${afbrief_consumer_out}/${name}/consumer)
  set_tests_properties(consumer.${name} PROPERTIES LABELS consumer)
endfunction()

# add_subdirectory in a project without exceptions or RTTI, as firmware is.
afbrief_consumer_test(add_subdirectory_no_exceptions_no_rtti
  "-DCMAKE_CXX_FLAGS=-fno-exceptions -fno-rtti")
# FetchContent, from the local source directory (no download).
afbrief_consumer_test(fetchcontent -DAFBRIEF_CONSUME=fetchcontent)

# An install into a prefix of the tests' own, which the rest use.
add_test(NAME consumer.install
  COMMAND ${CMAKE_COMMAND} --install ${PROJECT_BINARY_DIR} --prefix ${afbrief_prefix})
set_tests_properties(consumer.install PROPERTIES LABELS consumer FIXTURES_SETUP afbrief_installed)

afbrief_consumer_test(find_package -DAFBRIEF_CONSUME=find_package
  -DCMAKE_PREFIX_PATH=${afbrief_prefix} -DAFBRIEF_WANT_VERSION=0.4)
set_tests_properties(consumer.find_package PROPERTIES FIXTURES_REQUIRED afbrief_installed)

# A version the install does not have is refused: a newer minor, and another
# major (SameMajorVersion).
foreach(wanted 0.99 1.0)
  string(REPLACE "." "_" suffix ${wanted})
  add_test(NAME consumer.find_package_refuses_${suffix}
    COMMAND ${CMAKE_COMMAND} -S ${afbrief_consumer} -B ${afbrief_consumer_out}/refuse_${suffix}
      -DAFBRIEF_CONSUME=find_package -DCMAKE_PREFIX_PATH=${afbrief_prefix}
      -DAFBRIEF_WANT_VERSION=${wanted})
  set_tests_properties(consumer.find_package_refuses_${suffix} PROPERTIES LABELS consumer
    FIXTURES_REQUIRED afbrief_installed
    PASS_REGULAR_EXPRESSION "compatible with requested version \"${wanted}\"")
endforeach()

# The same install found from a cross build (arm-none-eabi, 32-bit): the
# package is ARCH_INDEPENDENT, or its version file would refuse a build whose
# pointers are not the host's size.
find_program(AFBRIEF_ARM_CXX arm-none-eabi-g++)
if(AFBRIEF_ARM_CXX)
  add_test(NAME consumer.find_package_cross_arm
    COMMAND ${CMAKE_CTEST_COMMAND} --build-and-test ${afbrief_consumer}
      ${afbrief_consumer_out}/cross_arm --build-generator ${CMAKE_GENERATOR}
      --build-options -DAFBRIEF_CONSUME=find_package
        -DCMAKE_TOOLCHAIN_FILE=${afbrief_consumer}/arm-none-eabi.cmake
        -DCMAKE_FIND_ROOT_PATH=${afbrief_prefix} -DCMAKE_PREFIX_PATH=/)
  set_tests_properties(consumer.find_package_cross_arm PROPERTIES LABELS consumer
    FIXTURES_REQUIRED afbrief_installed)
elseif(AFBRIEF_STRICT_MATRIX)
  message(FATAL_ERROR "afbrief: the consumer tests need arm-none-eabi-g++ (.ci/run installs it)")
endif()

# pkg-config: the flags it gives, and nothing to link.
find_program(AFBRIEF_PKG_CONFIG pkg-config)
if(AFBRIEF_PKG_CONFIG)
  add_test(NAME consumer.pkg_config
    COMMAND bash -c "set -e; export PKG_CONFIG_PATH='${afbrief_prefix}/share/pkgconfig'
      test -z \"$(${AFBRIEF_PKG_CONFIG} --libs afbrief)\"
      ${CMAKE_CXX_COMPILER} -std=c++11 $(${AFBRIEF_PKG_CONFIG} --cflags afbrief) \
        '${afbrief_consumer}/main.cpp' -o '${afbrief_consumer_out}/pkg_config'
      '${afbrief_consumer_out}/pkg_config'")
  set_tests_properties(consumer.pkg_config PROPERTIES LABELS consumer
    FIXTURES_REQUIRED afbrief_installed PASS_REGULAR_EXPRESSION "consumer ok")
elseif(AFBRIEF_STRICT_MATRIX)
  message(FATAL_ERROR "afbrief: the consumer tests need pkg-config (.ci/run installs it)")
endif()

# The single header alone, with a plain compiler command and nothing else.
add_test(NAME consumer.single_header_plain
  COMMAND bash -c "set -e; ${CMAKE_CXX_COMPILER} -std=c++11 -I '${PROJECT_SOURCE_DIR}/single_include' \
    '${afbrief_consumer}/main.cpp' -o '${afbrief_consumer_out}/single_header_plain'
    '${afbrief_consumer_out}/single_header_plain'")
set_tests_properties(consumer.single_header_plain PROPERTIES LABELS consumer
  PASS_REGULAR_EXPRESSION "consumer ok")

# Meson, with afbrief as a subproject answering dependency('afbrief') through
# meson.override_dependency (meson.build at the top of the tree).
find_program(AFBRIEF_MESON meson)
find_program(AFBRIEF_NINJA ninja)
if(AFBRIEF_MESON AND AFBRIEF_NINJA)
  add_test(NAME consumer.meson_subproject
    COMMAND bash ${afbrief_consumer}/meson_consumer.sh ${PROJECT_SOURCE_DIR}
      ${afbrief_consumer_out}/meson)
  set_tests_properties(consumer.meson_subproject PROPERTIES LABELS consumer
    PASS_REGULAR_EXPRESSION "consumer ok")
elseif(AFBRIEF_STRICT_MATRIX)
  message(FATAL_ERROR "afbrief: the consumer tests need meson and ninja (.ci/run installs them)")
endif()
