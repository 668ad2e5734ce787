// afbrief: the compile-time face of the lookups, afbrief::ct.
//
// Every member is constexpr and reads the tables with plain loads and the
// texts in place (the plain copy beside the pool), so it works inside
// static_assert and constant initialisers from C++11 on, on every target. It
// hands out tables that cannot be walked with range-for: iteration happens at
// run time, which is afbrief::rt's job. On a flash target (AVR) a plain load
// at run time reads RAM at a flash address, so there every member that reads
// a table or a text refuses to compile outside a constant expression, at
// every optimisation level (core::compile_time_reader; formatting and
// rendering say so earlier, with a static_assert). What reads nothing, such
// as figures().size(), compiles anywhere and is right anywhere.
#ifndef AFBRIEF_QUERY_COMPILE_TIME_HPP
#define AFBRIEF_QUERY_COMPILE_TIME_HPP

#include "../config.hpp"
#include "../core/flash.hpp"
#include "../core/table.hpp"
#include "../core/writer.hpp"
#include "format.hpp"
#include "lookups.hpp"
#include "texts.hpp"

namespace afbrief {
namespace detail {
// False on a flash target, where ct's plain loads at run time read RAM at a
// flash address. A template, so that only a member that is used asserts.
template <class Sheet>
struct plain_reads_at_run_time {
  static constexpr bool value = !AFBRIEF_HAS_FLASH;
};
}  // namespace detail

namespace query {

template <class Sheet>
struct compile_time : detail::lookups<Sheet, core::compile_time_reader, detail::unpacked_texts<Sheet>,
                                      core::table_view> {
  typedef detail::lookups<Sheet, core::compile_time_reader, detail::unpacked_texts<Sheet>,
                          core::table_view>
      lookups;

  // A record's text in place, as a text_ref to the plain copy.
  static constexpr text_ref text(packed_text t) noexcept { return lookups::texts::text(t); }

  // ---- Formatting in constant expressions (C++14), never at run time on flash
  static AFBRIEF_CONSTEXPR14 format_result render(packed_text t, char* buffer, size_t capacity,
                                                  charset output = charset::utf8) noexcept {
    static_assert(detail::plain_reads_at_run_time<Sheet>::value,
                  "afbrief::ct reads flash as RAM on this target: use afbrief::rt at run time");
    core::writer out(buffer, capacity, output);
    lookups::texts::put(out, t);
    return out.finish();
  }
  static AFBRIEF_CONSTEXPR14 format_result format_figure(
      typename lookups::figure_id id, char* buffer, size_t capacity,
      charset output = charset::utf8) noexcept {
    static_assert(detail::plain_reads_at_run_time<Sheet>::value,
                  "afbrief::ct reads flash as RAM on this target: use afbrief::rt at run time");
    return detail::format_record<compile_time>(id, buffer, capacity, output);
  }
  static AFBRIEF_CONSTEXPR14 format_result format_event(
      typename lookups::event_id id, char* buffer, size_t capacity,
      charset output = charset::utf8) noexcept {
    static_assert(detail::plain_reads_at_run_time<Sheet>::value,
                  "afbrief::ct reads flash as RAM on this target: use afbrief::rt at run time");
    return detail::format_record<compile_time>(id, buffer, capacity, output);
  }
};

}  // namespace query
}  // namespace afbrief

#endif  // AFBRIEF_QUERY_COMPILE_TIME_HPP
