// afbrief data: the places the article names.
#ifndef AFBRIEF_DATA_PLACES_HPP
#define AFBRIEF_DATA_PLACES_HPP

#include "../core/records.hpp"
#include "ids.hpp"
#ifndef AFBRIEF_LISTING_TEXTS  // tools/pack_texts.py reads the rows without the pool
#include "text_pool.hpp"
#endif

// ROW(key, name, kind, within), in key order.
// clang-format off
#define AFBRIEF_PLACE_ROWS(ROW)                                                   \
  /* Paragraphs 1, 2, 16-20, 25. */                                               \
  ROW(afghanistan, "Afghanistan", core::place_kind::country, {})                  \
  /* Paragraphs 5, 8, 11: where the talks are held. */                           \
  ROW(doha, "Doha", core::place_kind::city, place_id::qatar)                      \
  /* Paragraphs 22, 24: the embassies and the airport. */                        \
  ROW(kabul, "Kabul", core::place_kind::city, place_id::afghanistan)              \
  /* Paragraphs 3, 9. */                                                          \
  ROW(qatar, "Qatar", core::place_kind::country, {})
// clang-format on

#define AFBRIEF_PLACE_TEXTS(MAKE, key, name, kind, within) \
  MAKE(key##_key, #key)                                    \
  MAKE(key##_name, name)
#define AFBRIEF_PLACE_TEXT_MEMBERS(...) AFBRIEF_PLACE_TEXTS(AFBRIEF_TEXT_MEMBER, __VA_ARGS__)
#define AFBRIEF_PLACE_TEXT_DEFINITION(name, literal) AFBRIEF_TEXT_DEFINITION(place_texts, name)
#define AFBRIEF_PLACE_TEXT_DEFINITIONS(...) \
  AFBRIEF_PLACE_TEXTS(AFBRIEF_PLACE_TEXT_DEFINITION, __VA_ARGS__)
#define AFBRIEF_PLACE_RECORD(key, name, kind, within) \
  {place_id::key, {at::key##_key}, {at::key##_name}, kind, within},

namespace afbrief {

// Sorted by key; the enumerator is the record's position.
enum class place_id : uint8_t { AFBRIEF_PLACE_ROWS(AFBRIEF_ROW_KEY) };

namespace data {

template <class Unused = void>
struct place_texts {
  AFBRIEF_PLACE_ROWS(AFBRIEF_PLACE_TEXT_MEMBERS)
};
AFBRIEF_PLACE_ROWS(AFBRIEF_PLACE_TEXT_DEFINITIONS)

template <class Unused = void>
struct place_table {
  typedef place_text_at at;  // offsets of the packed texts (text_pool.hpp)
  static constexpr place rows[] AFBRIEF_FLASH = {AFBRIEF_PLACE_ROWS(AFBRIEF_PLACE_RECORD)};
};

#if !AFBRIEF_HAS_INLINE_VARIABLES
template <class Unused>
constexpr place place_table<Unused>::rows[];
#endif

constexpr size_t place_count = sizeof(place_table<>::rows) / sizeof(place);

}  // namespace data
}  // namespace afbrief

#endif  // AFBRIEF_DATA_PLACES_HPP
