// The other translation unit of tests/test_one_copy.cpp.
#include <afbrief/afbrief.hpp>

const void* afbrief_tables_seen_by_other_tu(int which);
const void* afbrief_tables_seen_by_other_tu(int which) {
  switch (which) {
    case 0: return afbrief::data::figure_table<>::rows;
    case 1: return afbrief::data::event_table<>::rows;
    case 2: return afbrief::data::statement_table<>::rows;
    case 3: return afbrief::data::actor_table<>::rows;
    case 5: return afbrief::data::source_table<>::rows;
    case 6: return afbrief::data::place_table<>::rows;
    case 7: return afbrief::data::article_table<>::paragraphs;
    case 8: return afbrief::data::text_pool<>::codes;
    case 12: return afbrief::data::text_pool<>::literals;
    case 13: return afbrief::data::text_pool<>::pairs;
    case 11:
      return afbrief::ct::text(
                 afbrief::ct::get(afbrief::statement_id::government_not_bad).value().quote)
          .data();
    case 9: return afbrief::core::measure_words(afbrief::measure::killed).data();
    case 10: return afbrief::text_ref().data();
    case 14: return afbrief::data::figure_annotation_table<>::rows;
    case 15: return afbrief::data::statement_annotation_table<>::rows;
    case 16: return afbrief::rt::annotation(afbrief::event_id::eid_al_adha).value().note.data();
    case 17: return afbrief::rt::article_annotation().note.data();
    default: return &afbrief::data::article_table<>::row;
  }
}
