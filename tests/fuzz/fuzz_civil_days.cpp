// Civil-date arithmetic on arbitrary 32-bit values against the 64-bit oracle
// (calendar_oracle.hpp): is_valid, days_from_civil, weekday_of,
// weekday_from_days, civil_from_days, add_days and days_between.
//
// Input: a byte that says which dates to fold into range, a day number, two
// dates (any int16 year, any month and day byte) and a day count, each as
// little-endian bytes.
#include "calendar_oracle.hpp"
#include "fuzz_support.hpp"

namespace {

using afbrief::civil_date;
using afbrief::date_error;

void check_date(civil_date d) {
  FUZZ_REQUIRE(afbrief::is_valid(d) == oracle::valid(d));
  // Defined for any date (UBSan checks that nothing overflows); meaningful
  // for a valid one only.
  const int32_t n = afbrief::days_from_civil(d);
  if (!oracle::valid(d)) return;
  FUZZ_REQUIRE(n == oracle::days(d));
  FUZZ_REQUIRE(static_cast<int64_t>(afbrief::weekday_of(d)) == oracle::weekday(n));
}

void check_day_number(int32_t n) {
  FUZZ_REQUIRE(static_cast<int64_t>(afbrief::core::weekday_from_days(n)) == oracle::weekday(n));
  const afbrief::date_result r = afbrief::civil_from_days(n);
  if (n < oracle::first_day() || n > oracle::last_day()) {
    FUZZ_REQUIRE(!r.ok() && r.error() == date_error::year_out_of_range);
    return;
  }
  FUZZ_REQUIRE(r.ok() && oracle::same(r.value(), oracle::date_of(n)));
  FUZZ_REQUIRE(afbrief::days_from_civil(r.value()) == n);
}

void check_add_days(civil_date d, int32_t days) {
  const afbrief::date_result r = afbrief::add_days(d, days);
  if (!oracle::valid(d)) {
    FUZZ_REQUIRE(!r.ok() && r.error() == oracle::error_of(d));
    return;
  }
  const int64_t target = oracle::days(d) + days;
  if (target < oracle::first_day() || target > oracle::last_day()) {
    FUZZ_REQUIRE(!r.ok() && r.error() == date_error::year_out_of_range);
    return;
  }
  FUZZ_REQUIRE(r.ok() && oracle::same(r.value(), oracle::date_of(target)));
}

// The fields folded into their ranges (the day into 1..32, so a month's end
// is crossed too): a random date is valid about once in a thousand, a folded
// one mostly.
civil_date folded(civil_date d) {
  const int32_t year = d.year() < 0 ? -static_cast<int32_t>(d.year()) : d.year();
  return civil_date(static_cast<int16_t>(1 + year % 9999), static_cast<uint8_t>(1 + d.month() % 12),
                    static_cast<uint8_t>(1 + d.day() % 32));
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  oracle::self_test();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz_input in(data, size);
  const uint8_t fold = in.byte();
  const int32_t day_number = in.i32();
  civil_date a = any_date(in);
  civil_date b = any_date(in);
  const int32_t days = in.i32();
  if ((fold & 1u) != 0) a = folded(a);
  if ((fold & 2u) != 0) b = folded(b);
  check_day_number(day_number);
  // The day number as a count too: the far ends of int32_t included.
  check_day_number(static_cast<int32_t>(static_cast<uint32_t>(day_number) ^ 0x80000000u));
  check_date(a);
  check_date(b);
  check_add_days(a, days);
  check_add_days(a, day_number);
  if (oracle::valid(a) && oracle::valid(b)) {
    FUZZ_REQUIRE(afbrief::days_between(a, b) == oracle::days(b) - oracle::days(a));
  }
  return 0;
}
