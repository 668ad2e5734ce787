// afbrief tool: finding a record by key for `show KEY` and `show TABLE:KEY`.
// The six tables are named and searched in one fixed order; the arguments
// resolve the key before anything is printed, and `show` prints what it found.
#ifndef AFBRIEF_TOOLS_CLI_LOOKUP_HPP
#define AFBRIEF_TOOLS_CLI_LOOKUP_HPP

#include "output.hpp"

namespace {

enum class table_kind : uint8_t { figure, event, statement, actor, source, place, none };

const char* table_name(table_kind t) {
  return t == table_kind::figure      ? "figure"
         : t == table_kind::event     ? "event"
         : t == table_kind::statement ? "statement"
         : t == table_kind::actor     ? "actor"
         : t == table_kind::source    ? "source"
         : t == table_kind::place     ? "place"
                                      : "none";
}

template <class Id>
core::maybe<size_t> position_of(core::maybe<Id> id) {
  return id.has_value() ? core::maybe<size_t>(static_cast<size_t>(id.value()))
                        : core::maybe<size_t>();
}

// The position of `key` in one table, or not found.
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

struct found_record {
  table_kind table;
  size_t position;
  text_ref key;
};

const table_kind lookup_order[6] = {table_kind::figure, table_kind::event, table_kind::statement,
                                    table_kind::actor,  table_kind::source, table_kind::place};

// "KEY" searches the tables in lookup order; "TABLE:KEY" searches one table.
found_record resolve_key(const char* arg) {
  found_record r = {table_kind::none, 0, core::text_from_c_string(arg)};
  const char* colon = strchr(arg, ':');
  if (colon != nullptr) {
    text_ref prefix(arg, static_cast<size_t>(colon - arg));
    for (size_t i = 0; i < 6; ++i) {
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
  for (size_t i = 0; i < 6; ++i) {
    core::maybe<size_t> at = find_in(lookup_order[i], r.key);
    if (at.has_value()) {
      r.table = lookup_order[i];
      r.position = at.value();
      return r;
    }
  }
  return r;
}

}  // namespace

#endif  // AFBRIEF_TOOLS_CLI_LOOKUP_HPP
