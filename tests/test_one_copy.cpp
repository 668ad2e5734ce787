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
  CHECK(static_cast<const void*>(afbrief::data::source_table<>::rows) ==
        afbrief_tables_seen_by_other_tu(5));
  CHECK(static_cast<const void*>(afbrief::data::place_table<>::rows) ==
        afbrief_tables_seen_by_other_tu(6));
  CHECK(static_cast<const void*>(afbrief::data::article_table<>::paragraphs) ==
        afbrief_tables_seen_by_other_tu(7));
  CHECK(static_cast<const void*>(&afbrief::data::article_table<>::row) ==
        afbrief_tables_seen_by_other_tu(4));
}

TEST_CASE("every text has one address program-wide") {
  // Record texts: the packed pool, and each row's own array (what ct reads).
  CHECK(static_cast<const void*>(afbrief::data::text_pool<>::codes) ==
        afbrief_tables_seen_by_other_tu(8));
  CHECK(static_cast<const void*>(afbrief::data::text_pool<>::literals) ==
        afbrief_tables_seen_by_other_tu(12));
  CHECK(static_cast<const void*>(afbrief::data::text_pool<>::pairs) ==
        afbrief_tables_seen_by_other_tu(13));
  CHECK(static_cast<const void*>(
            afbrief::ct::text(afbrief::ct::get(afbrief::statement_id::government_not_bad)
                                  .value()
                                  .quote)
                .data()) == afbrief_tables_seen_by_other_tu(11));
  CHECK(static_cast<const void*>(afbrief::core::measure_words(afbrief::measure::killed).data()) ==
        afbrief_tables_seen_by_other_tu(9));
  CHECK(static_cast<const void*>(afbrief::text_ref().data()) ==
        afbrief_tables_seen_by_other_tu(10));
}

TEST_CASE("every annotation table and note has one address program-wide") {
  CHECK(static_cast<const void*>(afbrief::data::figure_annotation_table<>::rows) ==
        afbrief_tables_seen_by_other_tu(14));
  CHECK(static_cast<const void*>(afbrief::data::statement_annotation_table<>::rows) ==
        afbrief_tables_seen_by_other_tu(15));
  CHECK(static_cast<const void*>(
            afbrief::ct::annotation(afbrief::event_id::eid_al_adha).value().note.data()) ==
        afbrief_tables_seen_by_other_tu(16));
  CHECK(static_cast<const void*>(afbrief::ct::article_annotation().note.data()) ==
        afbrief_tables_seen_by_other_tu(17));
}
