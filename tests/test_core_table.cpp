// table_view and the compile-time validators on tables other than the
// article's: the core must serve any fact sheet, of any size.
#include <doctest/doctest.h>

#include <afbrief/afbrief.hpp>
#include <type_traits>
#include <utility>

namespace core = afbrief::core;
using afbrief::text_ref;

namespace {

// Ids count from 1 (core/ids.hpp): 0 is none.
enum class fruit_id : uint8_t { apple = 1, banana, cherry, damson };
struct fruit {
  fruit_id id;
  text_ref key;
  int grams;
};
constexpr fruit fruits[] = {{fruit_id::apple, {"apple"}, 180},
                            {fruit_id::banana, {"banana"}, 120},
                            {fruit_id::cherry, {"cherry"}, 8},
                            {fruit_id::damson, {"damson"}, 15}};
constexpr core::table_view<fruit> fruit_table(fruits, 4);
// The same rows, walkable with range-for (what afbrief::rt hands out).
constexpr core::iterable_table_view<fruit> fruit_walk(fruits, 4);

struct heavier_than {
  int grams;
  constexpr bool operator()(const fruit& f) const { return f.grams > grams; }
};

static_assert(core::keys_strictly_ascending(fruits, 4), "sorted");
static_assert(core::ids_match_positions(fruits, 4), "ids");
static_assert(fruit_table.find_key("cherry").value() == 2, "found");
static_assert(fruit_table.find_key("apple").value() == 0, "first");
static_assert(fruit_table.find_key("damson").value() == 3, "last");
static_assert(!fruit_table.find_key("aardvark").has_value(), "before the first");
static_assert(!fruit_table.find_key("zucchini").has_value(), "after the last");
static_assert(!fruit_table.find_key("banan").has_value(), "a prefix is not a key");
static_assert(!fruit_table.find_key("bananas").has_value(), "an extension is not a key");
static_assert(!fruit_table.find_key("").has_value(), "empty key");
static_assert(fruit_table.count_if(heavier_than{10}) == 3, "count");
static_assert(fruit_table.nth_if(heavier_than{10}, 2).value() == 3, "the third match");
static_assert(!fruit_table.nth_if(heavier_than{10}, 3).has_value(), "no fourth match");
static_assert(!fruit_table.at(4).has_value() && fruit_table.at(3).value().grams == 15, "at");

// Broken tables are caught.
constexpr fruit unsorted[] = {{fruit_id::apple, {"banana"}, 1}, {fruit_id::banana, {"apple"}, 1}};
constexpr fruit duplicated[] = {{fruit_id::apple, {"apple"}, 1}, {fruit_id::banana, {"apple"}, 1}};
constexpr fruit misnumbered[] = {{fruit_id::banana, {"apple"}, 1},
                                 {fruit_id::apple, {"banana"}, 1}};
static_assert(!core::keys_strictly_ascending(unsorted, 2), "unsorted keys are caught");
static_assert(!core::keys_strictly_ascending(duplicated, 2), "duplicate keys are caught");
static_assert(!core::ids_match_positions(misnumbered, 2), "misnumbered ids are caught");

// Only an iterable_table_view can be walked: table_view (what afbrief::ct
// hands out) has no all() and no where(), so a compile-time face cannot be
// iterated at run time by accident. Detected, not just documented.
template <class T, class = void>
struct walkable : std::false_type {};
template <class T>
struct walkable<T, decltype(static_cast<void>(std::declval<const T&>().all()),
                            static_cast<void>(std::declval<const T&>().where(heavier_than{0})))>
    : std::true_type {};
template <class T, class = void>
struct has_where : std::false_type {};
template <class T>
struct has_where<T, decltype(static_cast<void>(std::declval<const T&>().where(heavier_than{0})))>
    : std::true_type {};
static_assert(!walkable<core::table_view<fruit>>::value, "table_view has no all()");
static_assert(!has_where<core::table_view<fruit>>::value, "table_view has no where()");
static_assert(walkable<core::iterable_table_view<fruit>>::value, "iterable_table_view walks");
static_assert(has_where<core::iterable_table_view<fruit>>::value, "and filters");
// The article's faces: ct's tables answer by position, key, count and rank;
// rt's walk.
template <class T, class = void>
struct walkable_table : std::false_type {};
template <class T>
struct walkable_table<T, decltype(static_cast<void>(std::declval<const T&>().all()))>
    : std::true_type {};
static_assert(!walkable_table<decltype(afbrief::ct::figures())>::value, "ct::figures()");
static_assert(!walkable_table<decltype(afbrief::ct::events())>::value, "ct::events()");
static_assert(!walkable_table<decltype(afbrief::ct::statements())>::value, "ct::statements()");
static_assert(!walkable_table<decltype(afbrief::ct::actors())>::value, "ct::actors()");
static_assert(!walkable_table<decltype(afbrief::ct::sources())>::value, "ct::sources()");
static_assert(!walkable_table<decltype(afbrief::ct::places())>::value, "ct::places()");
static_assert(!walkable_table<decltype(afbrief::ct::paragraphs())>::value, "ct::paragraphs()");
static_assert(walkable_table<decltype(afbrief::rt::figures())>::value, "rt::figures()");
static_assert(walkable_table<decltype(afbrief::rt::events())>::value, "rt::events()");
static_assert(walkable_table<decltype(afbrief::rt::statements())>::value, "rt::statements()");
static_assert(walkable_table<decltype(afbrief::rt::paragraphs())>::value, "rt::paragraphs()");
// The iterable view answers as table_view does.
static_assert(fruit_walk.find_key("cherry").value() == 2 &&
                  fruit_walk.count_if(heavier_than{10}) == 3 &&
                  fruit_walk.nth_if(heavier_than{10}, 2).value() == 3 && fruit_walk.size() == 4,
              "an iterable view is a table_view");

}  // namespace

TEST_CASE("runtime lookups over a custom table agree with compile time") {
  const char* keys[] = {"apple", "banana", "cherry", "damson", "elder", "", "appl"};
  for (const char* key : keys) {
    CAPTURE(key);
    const afbrief::maybe<size_t> found = fruit_table.find_key(core::text_from_c_string(key));
    size_t expected = 99;
    for (size_t i = 0; i < 4; ++i)
      if (core::equal(fruits[i].key, core::text_from_c_string(key))) expected = i;
    CHECK(found.has_value() == (expected != 99));
    if (found) CHECK(found.value() == expected);
  }
  // Walking (iterable_table_view only) sees what counting and ranking
  // (every view, constant expressions included) count and rank.
  int seen = 0;
  size_t n = 0;
  for (fruit f : fruit_walk.where(heavier_than{10})) {
    CHECK(fruit_table.nth_if(heavier_than{10}, n).value() == core::position_of(f.id));
    seen += f.grams;
    ++n;
  }
  CHECK(seen == 180 + 120 + 15);
  CHECK(n == fruit_table.count_if(heavier_than{10}));
  int all = 0;
  n = 0;
  for (fruit f : fruit_walk.all()) {
    CHECK(fruit_table.at(n).value().grams == f.grams);
    all += f.grams;
    ++n;
  }
  CHECK(all == 180 + 120 + 8 + 15);
  CHECK(n == fruit_table.size());
  // An index loop is how a table_view is read in order.
  int by_index = 0;
  for (size_t i = 0; i < fruit_table.size(); ++i) by_index += fruit_table.at(i).value().grams;
  CHECK(by_index == all);
}

#if AFBRIEF_HAS_CONSTEXPR14
// 10,000 records: keys "k00000".."k09999" built at compile time. Sorting
// checks, binary search and counting must all fit the compilers' default
// constexpr limits, which they do only because every recursion halves.
namespace {
constexpr size_t big_count = 10000;
constexpr size_t key_width = 6;

struct numbered {
  size_t id;
  text_ref key;
  uint32_t value;
};
struct big_key_text {
  char chars[big_count * key_width];
};
constexpr big_key_text make_keys() {
  big_key_text out{};
  for (size_t i = 0; i < big_count; ++i) {
    out.chars[i * key_width] = 'k';
    size_t n = i;
    for (size_t digit = key_width - 1; digit >= 1; --digit) {
      out.chars[i * key_width + digit] = static_cast<char>('0' + n % 10);
      n /= 10;
    }
  }
  return out;
}
constexpr big_key_text big_keys = make_keys();

struct big_table {
  numbered rows[big_count];
};
constexpr big_table make_table() {
  big_table out{};
  for (size_t i = 0; i < big_count; ++i)
    out.rows[i] = numbered{i + 1, text_ref(big_keys.chars + i * key_width, key_width),
                           static_cast<uint32_t>(i * 3)};
  return out;
}
constexpr big_table big = make_table();
constexpr core::table_view<numbered> big_view(big.rows, big_count);

struct multiple_of_seven {
  constexpr bool operator()(const numbered& r) const { return r.value % 7 == 0; }
};

static_assert(core::keys_strictly_ascending(big.rows, big_count), "10,000 sorted keys");
static_assert(core::ids_match_positions(big.rows, big_count), "10,000 ids");
static_assert(big_view.find_key("k09999").value() == 9999, "last of 10,000");
static_assert(big_view.find_key("k00000").value() == 0, "first of 10,000");
static_assert(big_view.find_key("k04711").value() == 4711, "middle of 10,000");
static_assert(!big_view.find_key("k10000").has_value(), "past the end");
static_assert(big_view.count_if(multiple_of_seven()) == 1429, "count over 10,000");
static_assert(big_view.nth_if(multiple_of_seven(), 1428).value() == 9996, "last match");
}  // namespace

TEST_CASE("the 10,000-record table answers at run time as at compile time") {
  char key[7] = {'k', '0', '0', '0', '0', '0', '\0'};
  size_t misses = 0;
  for (size_t i = 0; i < big_count; i += 37) {
    size_t n = i;
    for (size_t digit = 5; digit >= 1; --digit) {
      key[digit] = static_cast<char>('0' + n % 10);
      n /= 10;
    }
    const afbrief::maybe<size_t> found = big_view.find_key(text_ref(key, 6));
    if (!found || found.value() != i) ++misses;
  }
  CHECK(misses == 0);
}
#endif
