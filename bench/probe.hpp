// A function callgrind measures alone: extern "C", so --toggle-collect names it
// plainly, and never inlined, cloned or specialised for its caller's
// arguments, so that its instructions are those of one real call.
#pragma once

#if defined(__clang__)
// clang has no noipa; it neither clones nor specialises an external function.
#define BENCH_PROBE extern "C" __attribute__((noinline))
#else
#define BENCH_PROBE extern "C" __attribute__((noipa))
#endif
