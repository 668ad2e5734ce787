// afbrief tool: finding a record by key for `show KEY` and `show TABLE:KEY`.
// The six tables are named and searched in one fixed order, so the same key
// in two tables (every source shares its actor's key) always resolves alike;
// the arguments resolve the key before anything is printed.
#include <string.h>

#include "cli.hpp"

namespace afbrief_cli {

namespace {

template <class Id>
core::maybe<size_t> position_of(core::maybe<Id> id) {
  return id.has_value() ? core::maybe<size_t>(core::position_of(id.value()))
                        : core::maybe<size_t>();
}

}  // namespace

const table_kind lookup_order[table_count] = {table_kind::figure, table_kind::event,
                                              table_kind::statement, table_kind::actor,
                                              table_kind::source, table_kind::place};

const char* table_name(table_kind t) {
  return t == table_kind::figure      ? "figure"
         : t == table_kind::event     ? "event"
         : t == table_kind::statement ? "statement"
         : t == table_kind::actor     ? "actor"
         : t == table_kind::source    ? "source"
         : t == table_kind::place     ? "place"
                                      : "none";
}

core::maybe<size_t> find_in(table_kind t, text_ref key) {
  switch (t) {
    case table_kind::figure:
      return position_of(q::find_figure(key));
    case table_kind::event:
      return position_of(q::find_event(key));
    case table_kind::statement:
      return position_of(q::find_statement(key));
    case table_kind::actor:
      return position_of(q::find_actor(key));
    case table_kind::source:
      return position_of(q::find_source(key));
    case table_kind::place:
      return position_of(q::find_place(key));
    case table_kind::none:
      break;
  }
  return core::maybe<size_t>();
}

found_record resolve_key(const char* arg) {
  found_record r = {table_kind::none, 0, core::text_from_c_string(arg)};
  const char* colon = strchr(arg, ':');
  if (colon != nullptr) {
    text_ref prefix(arg, static_cast<size_t>(colon - arg));
    for (size_t i = 0; i < table_count; ++i) {
      if (core::equal(core::text_from_c_string(table_name(lookup_order[i])), prefix)) {
        text_ref key = core::text_from_c_string(colon + 1);
        core::maybe<size_t> at = find_in(lookup_order[i], key);
        if (at.has_value()) {
          r.table = lookup_order[i];
          r.position = at.value();
          r.key = key;
        }
        return r;
      }
    }
  }
  for (size_t i = 0; i < table_count; ++i) {
    core::maybe<size_t> at = find_in(lookup_order[i], r.key);
    if (at.has_value()) {
      r.table = lookup_order[i];
      r.position = at.value();
      return r;
    }
  }
  return r;
}

}  // namespace afbrief_cli
