// afbrief: how each face reads a record's packed texts.
//
// A record's text field is a packed_text, an offset into its fact sheet's
// text pool (core/packed_text.hpp). The compile-time face reads the same text
// in place, from the plain copy the generator writes beside the pool, which
// works in constant expressions from C++11 on; the run-time face decodes the
// pool through the platform's reader (LPM on AVR), which is all a firmware
// links. The generated checks prove, in every build, that the pool holds
// exactly the plain texts (decoded by a constant-expression model of the
// decoder); the tests show, on every target, that the decoder reads them so.
#ifndef AFBRIEF_QUERY_TEXTS_HPP
#define AFBRIEF_QUERY_TEXTS_HPP

#include "../config.hpp"
#include "../core/flash.hpp"
#include "../core/key_index.hpp"
#include "../core/packed_text.hpp"
#include "../core/text.hpp"
#include "../core/writer.hpp"

namespace afbrief {
namespace detail {

template <class T>
struct always_false {
  static constexpr bool value = false;
};

// The plain copy, for afbrief::ct.
template <class Sheet>
struct unpacked_texts {
  // Keys are compared in one constant expression.
  typedef core::constant_key_probe key_probe;
  // The text_ref itself goes through ct's reader, so that on a flash target a
  // run-time read of the plain copy does not compile (core/flash.hpp).
  static constexpr core::text_ref text(core::packed_text t) noexcept {
    return core::compile_time_reader::read(core::unpacked_text(Sheet::texts(), t));
  }
  static constexpr size_t size(core::packed_text t) noexcept { return text(t).size(); }
  static constexpr char char_at(core::packed_text t, size_t i) noexcept {
    return core::char_at(text(t), i);
  }
  static constexpr int compare(core::packed_text t, core::text_ref probe) noexcept {
    return core::compare(text(t), probe);
  }
  static AFBRIEF_CONSTEXPR14 void put(core::writer& out, core::packed_text t) noexcept {
    out.put(text(t));
  }
  template <class Sink>
  static AFBRIEF_CONSTEXPR14 void each_char(core::packed_text t, Sink& sink) noexcept {
    for (size_t i = 0; i < text(t).size() && sink(text(t).data()[i]); ++i) {
    }
  }
};

// The pool, decoded through Reader, for afbrief::rt.
template <class Sheet, class Reader>
struct pooled_texts {
  typedef typename Sheet::pool pool;
  // Keys are compared with run-time loops and whole-word loads.
  typedef core::run_time_key_probe key_probe;
  // A packed text has no characters in place to point at.
  template <class Unused = void>
  static core::text_ref text(core::packed_text /*unused*/) noexcept {
    static_assert(always_false<Unused>::value,
                  "a packed text has no characters in place: use rt::render, rt::char_at, "
                  "rt::equal or rt::size (or ct::text at compile time)");
    return core::text_ref();
  }
  static AFBRIEF_CONSTEXPR14 size_t size(core::packed_text t) noexcept {
    return core::packed_size<pool, Reader>(t);
  }
  static AFBRIEF_CONSTEXPR14 char char_at(core::packed_text t, size_t i) noexcept {
    return core::packed_char_at<pool, Reader>(t, i);
  }
  static AFBRIEF_CONSTEXPR14 int compare(core::packed_text t, core::text_ref probe) noexcept {
    return core::packed_compare<pool, Reader>(t, probe);
  }
  static AFBRIEF_CONSTEXPR14 void put(core::writer& out, core::packed_text t) noexcept {
    core::character_sink sink(out);
    core::unpack<pool, Reader>(t, sink);
    sink.flush();
  }
  template <class Sink>
  static AFBRIEF_CONSTEXPR14 void each_char(core::packed_text t, Sink& sink) noexcept {
    core::unpack<pool, Reader>(t, sink);
  }
};

}  // namespace detail
}  // namespace afbrief

#endif  // AFBRIEF_QUERY_TEXTS_HPP
