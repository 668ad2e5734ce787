# clang's -Weverything as afbrief uses it: every warning clang has, less the
# few below, each for its reason. The clang configurations of the strict
# matrix (tests/strict_matrix.cmake) and the analysers' weverything tests
# (tests/analysers) both take this list, so it is written once.
set(AFBRIEF_WEVERYTHING_FLAGS
  -Weverything
  # C++11 is afbrief's oldest language level: being valid C++98 is no goal.
  -Wno-c++98-compat
  -Wno-c++98-compat-pedantic
  # Padding is reported, not wrong: a record keeps its fields in the order
  # of their meaning, and on AVR, where the bytes count, there is none.
  -Wno-padded
  # clang 16's safe-buffers warning flags every pointer offset and index:
  # texts are (pointer, length) pairs in C++11, without <span> (see
  # .clang-tidy, cppcoreguidelines-pro-bounds-pointer-arithmetic).
  -Wno-unsafe-buffer-usage)
