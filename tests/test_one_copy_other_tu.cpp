// The other translation unit of tests/test_one_copy.cpp.
#include <afbrief/afbrief.hpp>

const void* afbrief_tables_seen_by_other_tu(int which);
const void* afbrief_tables_seen_by_other_tu(int which) {
  switch (which) {
    case 0: return afbrief::data::figure_table<>::rows;
    case 1: return afbrief::data::event_table<>::rows;
    case 2: return afbrief::data::statement_table<>::rows;
    case 3: return afbrief::data::actor_table<>::rows;
    default: return &afbrief::data::article_table<>::row;
  }
}
