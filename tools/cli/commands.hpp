// afbrief tool: the reading commands, briefing (no command), figures, events
// and on DATE. Each prints aligned, word-wrapped text to stdout from the
// article's tables; their arguments were checked before, so they only print.
#ifndef AFBRIEF_TOOLS_CLI_COMMANDS_HPP
#define AFBRIEF_TOOLS_CLI_COMMANDS_HPP

#include "ids.hpp"
#include "output.hpp"

namespace {

// ---- Commands: briefing, figures, events, on -----------------------------------

void put_statement_line(line& l, const afbrief::statement& s) {
  l.put(q::name_of(s.speaker));
  if (s.via.has_value()) {
    l.put_c(", via ");
    l.put(q::name_of(s.via.value()));
  }
  l.put_c(": ");
  put_quoted(l, s.quote);
}

void put_event_body(line& l, const afbrief::event& e) {
  put_quoted(l, e.phrase);
  l.put_c(": ");
  l.put(e.summary);
}

void run_briefing() {
  afbrief::article a = q::the_article();
  line l;
  l.put(a.outlet);
  l.put_c(", published ");
  l.put_date(a.published);
  if (a.published_derived) l.put_c(" (date derived: the article prints no date line)");
  print_wrapped("", l.text, 0);
  l.reset();
  l.put(a.subject);
  print_wrapped("", l.text, 0);

  const size_t edtf_col = widest_edtf();

  // Figures: qualifier, period, then the figure in words.
  size_t qualifier_col = 0;
  for (afbrief::figure f : q::figures().all()) {
    size_t w = core::qualifier_name(f.amount.hedge).size();
    if (w > qualifier_col) qualifier_col = w;
  }
  out_c("\nHeadline figures (qualifier, period as EDTF, figure with its originator and relays)\n");
  for (afbrief::figure f : q::figures().all()) {
    line prefix;
    prefix.put_c("  ");
    prefix.put(core::qualifier_name(f.amount.hedge));
    prefix.pad_to(2 + qualifier_col + 2);
    prefix.put_edtf(f.covers);
    prefix.pad_to(2 + qualifier_col + 2 + edtf_col + 2);
    line body;
    q::format_figure(f.id, body.text, sizeof body.text);
    print_wrapped(prefix.text, body.text, prefix.cols());
  }

  out_c("\nTimeline (EDTF date, the article's phrase, summary; by earliest possible day,\n"
        "          events whose start the article does not give first)\n");
  afbrief::event_id order[afbrief::data::event_count + 1];
  size_t n = events_chronologically(order, afbrief::data::event_count);
  for (size_t i = 0; i < n; ++i) {
    afbrief::event e = q::get(order[i]).value();
    line prefix;
    prefix.put_c("  ");
    prefix.put_edtf(e.when);
    prefix.pad_to(2 + edtf_col + 2);
    line body;
    put_event_body(body, e);
    print_wrapped(prefix.text, body.text, prefix.cols());
  }

  // Statements by the day they were said, table order within a day.
  out_c("\nQuotes (date said, speaker, words as printed; by date)\n");
  afbrief::statement_id said[afbrief::data::statement_count + 1];
  size_t count = 0;
  for (afbrief::statement s : q::statements().all()) {
    size_t at = count;
    while (at > 0 && s.said_on < q::get(said[at - 1]).value().said_on) {
      said[at] = said[at - 1];
      --at;
    }
    said[at] = s.id;
    ++count;
  }
  for (size_t i = 0; i < count; ++i) {
    afbrief::statement s = q::get(said[i]).value();
    line prefix;
    prefix.put_c("  ");
    prefix.put_date(s.said_on);
    prefix.pad_to(2 + 10 + 2);
    line body;
    put_statement_line(body, s);
    print_wrapped(prefix.text, body.text, prefix.cols());
  }
}

void run_figures() {
  const size_t key_col = widest_key(q::figures());
  for (afbrief::figure f : q::figures().all()) {
    line l;
    l.put(f.key);
    l.pad_to(key_col + 2, 2);
    q::put_figure(l.w, f);
    out_c(l.text);
    out_char('\n');
  }
}

void put_event_row(line& l, const afbrief::event& e, size_t edtf_col, size_t key_col,
                   size_t indent) {
  for (size_t i = 0; i < indent; ++i) l.put(' ');
  l.put_edtf(e.when);
  l.pad_to(indent + edtf_col + 2, 2);
  l.put(e.key);
  l.pad_to(indent + edtf_col + 2 + key_col + 2, 2);
}

void run_events(core::date_range range) {
  const size_t edtf_col = widest_edtf();
  const size_t key_col = widest_key(q::events());
  for (afbrief::event e : q::events_in(range, core::match::overlaps)) {
    line l;
    put_event_row(l, e, edtf_col, key_col, 0);
    l.put(e.summary);
    out_c(l.text);
    out_char('\n');
  }
}

// A heading of `on`: the title, then "Sunday 2021-07-18 (COUNT)".
void print_day_heading(const char* title, core::civil_date day, size_t count) {
  line head;
  head.put_c(title);
  head.put(core::weekday_name(core::weekday_of(day)));
  head.put(' ');
  head.put_date(day);
  head.put_c(" (");
  head.put_uint(static_cast<uint32_t>(count));
  head.put_c(")");
  print_wrapped("", head.text, 0);
}

void run_on(core::civil_date day) {
  core::date_range range = core::make_range(day, day).value();
  const size_t edtf_col = widest_edtf();
  const size_t key_col = widest_key(q::events());
  print_day_heading("Events that may overlap ", day, q::count_events(range));
  // Each entry: date and key, then the article's phrase and the summary.
  for (afbrief::event e : q::events_in(range)) {
    line l;
    put_event_row(l, e, edtf_col, key_col, 2);
    l.put(core::precision_name(e.dated_to));
    print_wrapped("", l.text, 0);
    l.reset();
    put_event_body(l, e);
    print_wrapped("      ", l.text, 6);
  }
  if (q::count_events(range) == 0) out_c("  (none)\n");

  print_day_heading("\nStatements said on ", day, q::count_statements(range));
  for (afbrief::statement s : q::statements_in(range)) {
    line l;
    l.put_c("  ");
    l.put(s.key);
    l.put_c("  (");
    l.put(core::channel_name(s.said_through));
    l.put_c(s.date_derived ? ", date derived)" : ")");
    print_wrapped("", l.text, 0);
    l.reset();
    put_statement_line(l, s);
    print_wrapped("      ", l.text, 6);
  }
  if (q::count_statements(range) == 0) out_c("  (none)\n");
}

}  // namespace

#endif  // AFBRIEF_TOOLS_CLI_COMMANDS_HPP
