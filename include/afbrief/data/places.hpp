// afbrief data: the places the article names.
#ifndef AFBRIEF_DATA_PLACES_HPP
#define AFBRIEF_DATA_PLACES_HPP

#include "../core/records.hpp"
#include "ids.hpp"

namespace afbrief {

// Sorted by key; the enumerator is the record's position.
enum class place_id : uint8_t { afghanistan, doha, kabul, qatar };

namespace data {

template <class Unused = void>
struct place_table {
  static constexpr place rows[] = {
      // Paragraphs 1, 2, 16-20, 25.
      {place_id::afghanistan, {"afghanistan"}, {"Afghanistan"}, core::place_kind::country, {}},
      // Paragraphs 5, 8, 11: where the talks are held.
      {place_id::doha, {"doha"}, {"Doha"}, core::place_kind::city, place_id::qatar},
      // Paragraphs 22, 24: the embassies and the airport.
      {place_id::kabul, {"kabul"}, {"Kabul"}, core::place_kind::city, place_id::afghanistan},
      // Paragraphs 3, 9.
      {place_id::qatar, {"qatar"}, {"Qatar"}, core::place_kind::country, {}},
  };
};

#if !AFBRIEF_HAS_INLINE_VARIABLES
template <class Unused>
constexpr place place_table<Unused>::rows[];
#endif

constexpr size_t place_count = sizeof(place_table<>::rows) / sizeof(place);

}  // namespace data
}  // namespace afbrief

#endif  // AFBRIEF_DATA_PLACES_HPP
