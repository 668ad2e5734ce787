// afbrief: the one place that reads table memory.
//
// Every runtime read of a table or a text goes through a reader, so that a
// flash target can place the data in program memory without changing the
// public API. A reader has two operations:
//   read(ref)        a copy of one object (a record, a field, an id);
//   read_char(ptr)   one character of a text.
// plain_reader uses ordinary loads and works inside constant expressions.
// flash_reader uses the AVR LPM instruction; it is used only when
// AFBRIEF_HAS_FLASH is set (see config.hpp). compile_time_reader is
// afbrief::ct's: plain_reader, except on a flash target, where it refuses to
// be called at run time.
#ifndef AFBRIEF_CORE_FLASH_HPP
#define AFBRIEF_CORE_FLASH_HPP

#include "../config.hpp"

namespace afbrief {
namespace core {

struct plain_reader {
  template <class T>
  static constexpr T read(const T& ref) noexcept {
    return ref;
  }
  static constexpr char read_char(const char* p) noexcept { return *p; }
};

#if AFBRIEF_HAS_FLASH
struct flash_reader {
  // One byte from program memory. Written here rather than taken from
  // <avr/pgmspace.h> so that the library includes nothing but <stdint.h> and
  // <stddef.h>. LPM reaches the low 64 KiB of flash: all of an ATmega328P,
  // and on larger parts the .progmem sections, which the default avr-gcc
  // linker script places first, right after the vectors. (A 16-bit data
  // pointer cannot name anything higher in any case.)
  // AFBRIEF_MCU_BROKEN_READER exists only for the on-target negative control:
  // it makes this an ordinary load, the classic PROGMEM mistake, which the
  // on-target tests must catch.
  static uint8_t byte(const void* address) noexcept {
#if defined(AFBRIEF_MCU_BROKEN_READER) && AFBRIEF_MCU_BROKEN_READER
    return *static_cast<const volatile uint8_t*>(address);
#else
    uint8_t result = 0;
    __asm__("lpm %0, Z" : "=r"(result) : "z"(address));
    return result;
#endif
  }
  // The copy is filled byte by byte in storage whose T was never default
  // constructed: constructing it first cost a store per defaulted member (tens
  // of bytes of code per record type), all of them overwritten at once.
  // Records are trivially copyable, so their bytes are their value.
  template <class T>
  union image {
    T value;
    unsigned char bytes[sizeof(T)];
    image() noexcept {}
  };
  template <class T>
  static T read(const T& ref) noexcept {
    static_assert(__has_trivial_copy(T), "flash_reader copies records as bytes");
    image<T> copy;
    const unsigned char* in = static_cast<const unsigned char*>(static_cast<const void*>(&ref));
    // NOLINTBEGIN(cppcoreguidelines-pro-type-union-access): bytes in, the
    // record out, as explained above.
    for (size_t i = 0; i < sizeof(T); ++i) copy.bytes[i] = byte(in + i);
    return copy.value;
    // NOLINTEND(cppcoreguidelines-pro-type-union-access)
  }
  static char read_char(const char* p) noexcept { return static_cast<char>(byte(p)); }
};
typedef flash_reader default_reader;

// afbrief::ct's reader on a flash target. Its reads are plain loads, right in
// a constant expression, and wrong at run time, where they read RAM at a
// flash address. So a call to them that survives into the object code is a
// compile error (a link-time one under -flto), at every optimisation level:
// noinline keeps every run-time call a call, and GCC's error attribute refuses
// it. A constant expression makes no call, so it compiles, from C++11 on.
// core's text functions read a library_text (core/text.hpp) through it by
// default, so a vocabulary word or a note read as RAM is refused the same way.
struct constant_only_reader {
  template <class T>
  __attribute__((noinline, error("afbrief::ct read at run time on a flash target: use "
                                 "afbrief::rt (a library text too: rt::render, rt::char_at, "
                                 "rt::equal)")))
  static constexpr T read(const T& ref) noexcept {
    return ref;
  }
  __attribute__((noinline, error("afbrief::ct read at run time on a flash target: use "
                                 "afbrief::rt (a library text too: rt::render, rt::char_at, "
                                 "rt::equal)")))
  static constexpr char read_char(const char* p) noexcept {
    return *p;
  }
};
typedef constant_only_reader compile_time_reader;
#else
typedef plain_reader default_reader;
typedef plain_reader compile_time_reader;
#endif

}  // namespace core
}  // namespace afbrief

#endif  // AFBRIEF_CORE_FLASH_HPP
