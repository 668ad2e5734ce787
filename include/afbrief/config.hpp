// afbrief: configuration and platform detection.
//
// Every language-level or platform question is answered here, once, and turned
// into a few macros. The rest of the library uses these macros and never tests
// __cplusplus or __AVR__ itself.
#ifndef AFBRIEF_CONFIG_HPP
#define AFBRIEF_CONFIG_HPP

#include <stddef.h>
#include <stdint.h>

// ---- Language level --------------------------------------------------------
// MSVC reports 199711L unless /Zc:__cplusplus is given; _MSVC_LANG is reliable.
#if defined(_MSVC_LANG) && _MSVC_LANG > __cplusplus
#define AFBRIEF_CPLUSPLUS _MSVC_LANG
#else
#define AFBRIEF_CPLUSPLUS __cplusplus
#endif

#if AFBRIEF_CPLUSPLUS < 201103L
#error "afbrief needs C++11 or later (the Arduino AVR core uses -std=gnu++11)"
#endif

// C++14 relaxed constexpr: loops and local mutation. Formatting into a
// caller's buffer is constexpr only from here on; C++11 constexpr functions are
// single return statements and cannot write to a buffer.
#if AFBRIEF_CPLUSPLUS >= 201402L
#define AFBRIEF_HAS_CONSTEXPR14 1
#define AFBRIEF_CONSTEXPR14 constexpr
#else
#define AFBRIEF_HAS_CONSTEXPR14 0
#define AFBRIEF_CONSTEXPR14 inline
#endif

// C++17 makes static constexpr data members implicitly inline. Before that, a
// class template's static member needs an out-of-class definition to have one
// address; from C++17 that redeclaration is deprecated, so it is left out.
#if AFBRIEF_CPLUSPLUS >= 201703L
#define AFBRIEF_HAS_INLINE_VARIABLES 1
#else
#define AFBRIEF_HAS_INLINE_VARIABLES 0
#endif

// ---- Platform: where the tables live ---------------------------------------
// On AVR, const data is copied to SRAM at start-up unless it is placed in flash
// (PROGMEM) and read with the LPM instruction. With AFBRIEF_USE_FLASH every
// table and every text of afbrief is placed in flash and the runtime lookups
// read them through the flash reader (core/flash.hpp). It defaults to on for
// AVR; -DAFBRIEF_USE_FLASH=0 keeps the data in RAM there too.
#ifndef AFBRIEF_USE_FLASH
#if defined(__AVR__)
#define AFBRIEF_USE_FLASH 1
#else
#define AFBRIEF_USE_FLASH 0
#endif
#endif

#if AFBRIEF_USE_FLASH && defined(__AVR__)
#define AFBRIEF_HAS_FLASH 1
#define AFBRIEF_FLASH __attribute__((__progmem__))
#else
#define AFBRIEF_HAS_FLASH 0
#define AFBRIEF_FLASH
#endif

// ---- Optional content ------------------------------------------------------
// AFBRIEF_NO_TEXT=1 is for the smallest parts: the long texts (event
// summaries, quotations, the verbatim wording of figures) are compiled out
// and read as empty text. Keys, names, phrases and every number stay, so the
// whole API still compiles and answers.
#ifndef AFBRIEF_NO_TEXT
#define AFBRIEF_NO_TEXT 0
#endif

// ---- Self-verification -----------------------------------------------------
// AFBRIEF_VERIFY=1 compiles the tables' full self-verification
// (data/generated/checks.hpp: a static_assert per record and rule, and the
// text pool decoded against its plain copy) into the translation unit. It
// changes no table and no answer, only how long the compile takes: about
// two thirds of the cost of including afbrief. afbrief's own tests and CI build
// every target, standard and cross compiler with it on; turn it on once for a
// sheet you generated yourself or edited by hand.
#ifndef AFBRIEF_VERIFY
#define AFBRIEF_VERIFY 0
#endif

// AFBRIEF_USE_FLASH and AFBRIEF_NO_TEXT change what the tables contain: set
// them the same way in every translation unit of a program (on the command
// line, not before one #include), or the tables break the one-definition
// rule.

#endif  // AFBRIEF_CONFIG_HPP
