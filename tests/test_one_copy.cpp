// One copy of each table across translation units: the address this
// translation unit sees equals the address another one sees
// (tests/one_copy_other_tu.cpp, linked into the same suite).
#include <doctest/doctest.h>

#include <afbrief/afbrief.hpp>

const void* afbrief_tables_seen_by_other_tu(int which);

TEST_CASE("every table has one address program-wide") {
  CHECK(static_cast<const void*>(afbrief::data::figure_table<>::rows) ==
        afbrief_tables_seen_by_other_tu(0));
  CHECK(static_cast<const void*>(afbrief::data::event_table<>::rows) ==
        afbrief_tables_seen_by_other_tu(1));
  CHECK(static_cast<const void*>(afbrief::data::statement_table<>::rows) ==
        afbrief_tables_seen_by_other_tu(2));
  CHECK(static_cast<const void*>(afbrief::data::actor_table<>::rows) ==
        afbrief_tables_seen_by_other_tu(3));
  CHECK(static_cast<const void*>(&afbrief::data::article_table<>::row) ==
        afbrief_tables_seen_by_other_tu(4));
}
