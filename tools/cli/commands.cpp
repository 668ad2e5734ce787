// afbrief tool: the reading commands, briefing (no command), figures, events
// and on DATE. Each prints aligned, word-wrapped text to stdout from the
// article's tables; their arguments were checked before, so they only print.
#include "cli.hpp"

namespace afbrief_cli {

namespace {

// "Speaker, via Relay: “words”". Reported speech is printed without quotation
// marks, as the article prints it, and marked so it is not read as a quote.
void put_statement_line(line& l, const afbrief::statement& s) {
  l.put(q::name_of(s.speaker));
  if (s.via.has_value()) {
    l.put_c(", via ");
    l.put(q::name_of(s.via.value()));
  }
  if (s.indirect) {
    l.put_c(" (reported): ");
    l.put(s.quote);
  } else {
    l.put_c(": ");
    put_quoted(l, s.quote);
  }
  if (s.repeats.has_value()) {
    l.put_c(" (repeats ");
    l.put(key_of(s.repeats.value()));
    l.put(')');
  }
}

void put_event_body(line& l, const afbrief::event& e) {
  put_quoted(l, e.phrase);
  l.put_c(": ");
  l.put(e.summary);
}

void put_event_row(line& l, const afbrief::event& e, size_t edtf_col, size_t key_col,
                   size_t indent) {
  for (size_t i = 0; i < indent; ++i) l.put(' ');
  l.put_edtf(e.when);
  l.pad_to(indent + edtf_col + 2, 2);
  l.put(e.key);
  l.pad_to(indent + edtf_col + 2 + key_col + 2, 2);
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

void print_briefing_figures(size_t edtf_col) {
  size_t qualifier_col = 0;
  for (afbrief::figure f : q::figures().all()) {
    size_t w = core::qualifier_name(f.amount.hedge).size();
    if (w > qualifier_col) qualifier_col = w;
  }
  out_c("\nHeadline figures (qualifier, period as EDTF, figure with its originator and relays;\n"
        "                  in the article's order)\n");
  afbrief::figure_id order[sheet::figure_count() + 1];
  size_t n = figures_in_article_order(order, sheet::figure_count());
  for (size_t i = 0; i < n; ++i) {
    afbrief::figure f = q::get(order[i]).value();
    line prefix;
    prefix.put_c("  ");
    prefix.put(core::qualifier_name(f.amount.hedge));
    prefix.pad_to(2 + qualifier_col + 2);
    prefix.put_edtf(f.covers);
    prefix.pad_to(2 + qualifier_col + 2 + edtf_col + 2);
    line body;
    q::put_figure(body.w, f);
    print_wrapped(prefix.text, body.text, prefix.cols());
  }
}

void print_briefing_timeline(size_t edtf_col) {
  out_c("\nTimeline (EDTF date, the article's phrase, summary; by earliest possible day,\n"
        "          events whose start the article does not give first)\n");
  afbrief::event_id order[sheet::event_count() + 1];
  size_t n = events_chronologically(order, sheet::event_count());
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
}

void print_briefing_statements() {
  out_c("\nStatements (when said as EDTF, speaker, words as printed; by earliest possible day,\n"
        "            those said on a day the article does not give first)\n");
  const size_t said_col = widest_said_edtf();
  afbrief::statement_id order[sheet::statement_count() + 1];
  size_t n = statements_chronologically(order, sheet::statement_count());
  for (size_t i = 0; i < n; ++i) {
    afbrief::statement s = q::get(order[i]).value();
    line prefix;
    prefix.put_c("  ");
    prefix.put_edtf(s.said);
    prefix.pad_to(2 + said_col + 2);
    line body;
    put_statement_line(body, s);
    print_wrapped(prefix.text, body.text, prefix.cols());
  }
}

}  // namespace

void run_briefing() {
  afbrief::article a = q::the_article();
  line l;
  l.put(a.outlet);
  l.put_c(", published ");
  l.put_date(a.published);
  if (a.derived.has(afbrief::article_field::published)) {
    l.put_c(" (date derived: the article prints no date line)");
  }
  print_wrapped("", l.text, 0);
  l.reset();
  l.put(a.subject);
  print_wrapped("", l.text, 0);

  const size_t edtf_col = widest_edtf();
  print_briefing_figures(edtf_col);
  print_briefing_timeline(edtf_col);
  print_briefing_statements();
}

void run_figures() {
  const size_t key_col = widest_figure_key();
  for (afbrief::figure f : q::figures().all()) {
    line l;
    l.put(f.key);
    l.pad_to(key_col + 2, 2);
    q::put_figure(l.w, f);
    out_c(l.text);
    out_char('\n');
  }
}

void run_events(core::date_range range) {
  const size_t edtf_col = widest_edtf();
  const size_t key_col = widest_event_key();
  for (afbrief::event e : q::events_in(range, core::match::overlaps)) {
    line l;
    put_event_row(l, e, edtf_col, key_col, 0);
    l.put(e.summary);
    out_c(l.text);
    out_char('\n');
  }
}

// Events that may overlap the day (an event of unknown start or open end may
// have), but only the statements certainly said on it: a statement said "on
// or before" publication would otherwise be listed under every earlier day.
void run_on(core::civil_date day) {
  core::date_range range = core::make_range(day, day).value();
  const size_t edtf_col = widest_edtf();
  const size_t key_col = widest_event_key();
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

  const size_t said = q::count_statements(range, core::match::within);
  out_char('\n');
  print_day_heading("Statements said on ", day, said);
  for (afbrief::statement s : q::statements_in(range, core::match::within)) {
    line l;
    l.put_c("  ");
    l.put(s.key);
    l.put_c("  (");
    if (s.said_through.has_value()) {
      l.put(core::channel_name(s.said_through.value()));
    } else {
      l.put_c("channel not given");
    }
    if (s.indirect) l.put_c(", reported speech");
    if (s.derived.has(afbrief::statement_field::said)) l.put_c(", date derived");
    l.put(')');
    print_wrapped("", l.text, 0);
    l.reset();
    put_statement_line(l, s);
    print_wrapped("      ", l.text, 6);
  }
  if (said == 0) out_c("  (none)\n");
}

}  // namespace afbrief_cli
