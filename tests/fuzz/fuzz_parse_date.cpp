// parse_date on any bytes, against a naive parser of ours; and format_date /
// format_edtf on any date or instant, round-tripped through parse_date.
//
// Input: the whole input is parsed as a date text. Its first bytes are also
// read as a civil_date and an instant (grain, approximate), which are
// formatted.
#include <string.h>

#include <string>

#include "calendar_oracle.hpp"
#include "fuzz_support.hpp"

namespace {

using afbrief::civil_date;
using afbrief::date_error;

bool digit(char c) { return c >= '0' && c <= '9'; }
int number(const char* s, size_t n) {
  int v = 0;
  for (size_t i = 0; i < n; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

// What parse_date must answer, worked out directly from the bytes.
date_error expected_error(const char* s, size_t n, oracle::ymd& out) {
  if (n == 0) return date_error::empty;
  static const char shape[] = "dddd-dd-dd";
  if (n < 10) return date_error::syntax;
  for (size_t i = 0; i < 10; ++i) {
    if (shape[i] == 'd' ? !digit(s[i]) : s[i] != '-') return date_error::syntax;
  }
  if (n > 10) return date_error::trailing_characters;
  out = oracle::ymd{number(s, 4), number(s + 5, 2), number(s + 8, 2)};
  if (out.year < 1) return date_error::year_out_of_range;
  if (out.month < 1 || out.month > 12) return date_error::month_out_of_range;
  if (!oracle::valid(out.year, out.month, out.day)) return date_error::day_out_of_range;
  return date_error::none;
}

std::string formatted_date(civil_date d, afbrief::format_result& r) {
  char buffer[32];
  r = afbrief::format_date(d, buffer, sizeof buffer);
  return std::string(buffer, r.length);
}

void check_parse(afbrief::text_ref text) {
  oracle::ymd want{0, 0, 0};
  const date_error expected = expected_error(text.data(), text.size(), want);
  const afbrief::date_result got = afbrief::parse_date(text);
  FUZZ_REQUIRE(got.error() == expected);
  FUZZ_REQUIRE(got.ok() == (expected == date_error::none));
  if (!got.ok()) return;
  FUZZ_REQUIRE(oracle::same(got.value(), want));
  // The round trip gives back exactly the bytes parsed.
  afbrief::format_result r;
  FUZZ_REQUIRE(formatted_date(got.value(), r) == std::string(text.data(), text.size()));
  FUZZ_REQUIRE(r.length == 10 && r.needed == 10 && !r.truncated);
}

// A dated instant's EDTF, written by us: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-3Q
// (33..36), with '~' when approximate.
std::string expected_edtf(afbrief::instant i) {
  char text[32] = {0};
  const civil_date d = i.first_day;
  switch (i.precision) {
    case afbrief::grain::day:
      snprintf(text, sizeof text, "%04d-%02d-%02d", d.year(), d.month(), d.day());
      break;
    case afbrief::grain::month:
      snprintf(text, sizeof text, "%04d-%02d", d.year(), d.month());
      break;
    case afbrief::grain::quarter:
      snprintf(text, sizeof text, "%04d-%02d", d.year(), 33 + (d.month() - 1) / 3);
      break;
    case afbrief::grain::year:
      snprintf(text, sizeof text, "%04d", d.year());
      break;
    default:
      return std::string();  // undated: never asked
  }
  return std::string(text) + (i.approximate ? "~" : "");
}

void check_format(civil_date d, afbrief::instant i) {
  afbrief::format_result r;
  const std::string text = formatted_date(d, r);
  if (oracle::valid(d)) {
    const afbrief::date_result back =
        afbrief::parse_date(afbrief::text_ref(text.data(), text.size()));
    FUZZ_REQUIRE(back.ok() && back.value() == d);
    FUZZ_REQUIRE(r.length == 10 && r.needed == 10 && !r.truncated);
  } else {
    // Never another date: an invalid date writes nothing, and says so.
    FUZZ_REQUIRE(text.empty() && r.length == 0 && r.needed == 0);
  }

  // One instant as a period of its own ("during"): nothing when the period
  // is invalid (an invalid date makes it so), else the instant's EDTF alone
  // when it is dated, "/" for two unknown bounds.
  const afbrief::period p = afbrief::core::during(i);
  char buffer[64];
  const afbrief::format_result e = afbrief::format_edtf(p, buffer, sizeof buffer);
  FUZZ_REQUIRE(!e.truncated && e.length == e.needed && strlen(buffer) == e.length);
  const std::string edtf(buffer, e.length);
  if (afbrief::has_date(i) && !oracle::valid(i.first_day)) FUZZ_REQUIRE(!afbrief::is_valid(p));
  if (!afbrief::is_valid(p)) {
    FUZZ_REQUIRE(e.length == 0 && e.needed == 0);
  } else if (afbrief::has_date(i)) {
    FUZZ_REQUIRE(edtf == expected_edtf(i));
  } else {
    FUZZ_REQUIRE(edtf == "/");
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  oracle::self_test();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  check_parse(afbrief::text_ref(reinterpret_cast<const char*>(data), size));
  fuzz_input in(data, size);
  const civil_date d = any_date(in);
  const uint8_t shape = in.byte();
  const afbrief::instant i{d, static_cast<afbrief::grain>(shape % 6), (shape & 0x80u) != 0};
  check_format(d, i);
  return 0;
}
