// Formatting and rendering into every capacity from 0 to 300, with a canary
// after the buffer: {length, needed, truncated} agree with each other and
// with the whole text, a cut text is a prefix of the whole that ends between
// characters and is cut no earlier than it must be, nothing is written past
// the NUL, and the charsets keep their promises (ASCII output is ASCII,
// UTF-8 output of well-formed text is well formed).
//
// At start-up every figure, every event and every text of the pool is checked
// so, in both charsets: that part is exhaustive. The input then picks one
// more case: byte 0 the kind (figure, event, packed text, any bytes as a
// library text, a date, a period), byte 1 the charset (and whether an offset
// is a text's start), bytes 2-3 the capacity for a record (texts the input
// makes are tried at every capacity), the rest the record, offset, bytes or
// date.
#include <string.h>

#include <string>
#include <vector>

#include "calendar_oracle.hpp"
#include "fuzz_support.hpp"

namespace {

typedef afbrief::rt rt;
typedef afbrief::ct ct;
using afbrief::charset;
using afbrief::format_result;

const size_t largest_capacity = 300;
const size_t canary_size = 16;
const char untouched = static_cast<char>(0xA5);

bool continuation(char c) { return (static_cast<uint8_t>(c) & 0xC0u) == 0x80u; }

bool is_ascii(const std::string& s) {
  for (char c : s) {
    if (static_cast<uint8_t>(c) >= 0x80u) return false;
  }
  return true;
}

// One writer under test: writes into (buffer, capacity), in a charset.
template <class Write>
std::string whole_text(Write write, charset cs) {
  // A null buffer is capacity 0, whatever the capacity says.
  const format_result sized = write(nullptr, 7, cs);
  FUZZ_REQUIRE(sized.length == 0 && sized.truncated == (sized.needed > 0));
  std::vector<char> buffer(sized.needed + 1 + canary_size, untouched);
  const format_result r = write(buffer.data(), sized.needed + 1, cs);
  FUZZ_REQUIRE(r.length == sized.needed && r.needed == sized.needed && !r.truncated);
  FUZZ_REQUIRE(buffer[r.length] == '\0');
  return std::string(buffer.data(), r.length);
}

// `well_formed`: the source is well-formed UTF-8, so its output must be too
// and a cut must fall between characters. `expected`: what the whole UTF-8
// text must be, from an independent source (afbrief::ct, the plain texts,
// our own formatting); null when there is none.
// Which capacities to try: every one from 0 to 300 (the start-up sweep);
// those up to the whole text and its NUL, and 300, past which every capacity
// takes the same path (texts the input makes); or the one the input picks
// (records, which the start-up sweep has covered at every capacity).
enum class sweep : uint8_t { every, to_whole, one };

template <class Write>
void check_writer(Write write, charset cs, bool well_formed, const std::string* expected, sweep how,
                  size_t picked = 0) {
  const std::string utf8 = whole_text(write, charset::utf8);
  const std::string whole = cs == charset::utf8 ? utf8 : whole_text(write, cs);
  if (expected != nullptr) FUZZ_REQUIRE(utf8 == *expected);
  if (cs == charset::ascii) {
    FUZZ_REQUIRE(is_ascii(whole));
    // Text that is ASCII already is written unchanged.
    if (is_ascii(utf8)) FUZZ_REQUIRE(whole == utf8);
  } else if (well_formed) {
    FUZZ_REQUIRE(is_utf8(whole.data(), whole.size()));
  }

  std::vector<char> buffer(largest_capacity + canary_size);
  for (size_t capacity = 0; capacity <= largest_capacity; ++capacity) {
    if (how == sweep::one && capacity != picked) continue;
    if (how == sweep::to_whole && capacity > whole.size() + 1 && capacity != largest_capacity) {
      continue;
    }
    memset(buffer.data(), static_cast<uint8_t>(untouched), buffer.size());
    const format_result r = write(buffer.data(), capacity, cs);
    FUZZ_REQUIRE(r.needed == whole.size());
    FUZZ_REQUIRE(r.truncated == (r.needed > r.length));
    FUZZ_REQUIRE(r.length <= whole.size());
    FUZZ_REQUIRE(memcmp(buffer.data(), whole.data(), r.length) == 0);
    if (capacity == 0) {
      FUZZ_REQUIRE(r.length == 0 && buffer[0] == untouched);
    } else {
      FUZZ_REQUIRE(r.length < capacity && buffer[r.length] == '\0');
      // Complete whenever it fits; cut no earlier than the piece that did
      // not fit needs (a character is at most 4 bytes, "..." 3).
      if (whole.size() < capacity) FUZZ_REQUIRE(r.length == whole.size());
      if (r.truncated) FUZZ_REQUIRE(capacity - 1 - r.length <= 3);
    }
    if (r.truncated && well_formed) FUZZ_REQUIRE(!continuation(whole[r.length]));
    // Nothing past the NUL, inside the buffer or after it.
    for (size_t i = r.length + (capacity > 0 ? 1 : 0); i < buffer.size(); ++i) {
      FUZZ_REQUIRE(buffer[i] == untouched);
    }
  }
}

std::string ct_figure(afbrief::figure_id id) {
  char text[4096];
  return std::string(text, ct::format_figure(id, text, sizeof text).length);
}
std::string ct_event(afbrief::event_id id) {
  char text[4096];
  return std::string(text, ct::format_event(id, text, sizeof text).length);
}

void check_figure(afbrief::figure_id id, charset cs, sweep how, size_t picked) {
  const std::string expected = ct_figure(id);
  check_writer([id](char* b, size_t n, charset c) { return rt::format_figure(id, b, n, c); }, cs,
               true, &expected, how, picked);
  if (!rt::get(id).has_value()) FUZZ_REQUIRE(expected.empty());
}

void check_event(afbrief::event_id id, charset cs, sweep how, size_t picked) {
  const std::string expected = ct_event(id);
  check_writer([id](char* b, size_t n, charset c) { return rt::format_event(id, b, n, c); }, cs,
               true, &expected, how, picked);
  if (!rt::get(id).has_value()) FUZZ_REQUIRE(expected.empty());
}

// A packed text decodes to its plain copy (empty for an offset no text
// starts at).
void check_packed(afbrief::packed_text t, charset cs, sweep how, size_t picked) {
  const afbrief::text_ref plain = ct::text(t);
  const std::string expected(plain.data(), plain.size());
  check_writer([t](char* b, size_t n, charset c) { return rt::render(t, b, n, c); }, cs, true,
               &expected, how, picked);
}

// Any bytes, well-formed or not, as a library text: copied unchanged when
// well formed.
void check_library_text(afbrief::text_ref t, charset cs) {
  const bool well_formed = is_utf8(t.data(), t.size());
  const std::string unchanged(t.data(), t.size());
  check_writer([t](char* b, size_t n, charset c) { return rt::render(t, b, n, c); }, cs,
               well_formed, well_formed ? &unchanged : nullptr, sweep::to_whole);
}

void check_date(afbrief::civil_date d) {
  char text[16] = {0};
  if (oracle::valid(d)) snprintf(text, sizeof text, "%04d-%02d-%02d", d.year(), d.month(), d.day());
  const std::string expected(text);  // nothing at all for an invalid date
  check_writer([d](char* b, size_t n, charset) { return afbrief::format_date(d, b, n); },
               charset::utf8, true, &expected, sweep::to_whole);
}

bool invalid_date(afbrief::instant i) {
  return afbrief::has_date(i) && !oracle::valid(i.first_day);
}

// An invalid period writes nothing (never another period), and a bound with
// an invalid date makes it invalid; a valid one is checked for the writer's
// promises only (its text is fuzz_parse_date's business).
void check_period(afbrief::period p) {
  const std::string nothing;
  if (invalid_date(p.begin) || invalid_date(p.end)) FUZZ_REQUIRE(!afbrief::is_valid(p));
  check_writer([p](char* b, size_t n, charset) { return afbrief::format_edtf(p, b, n); },
               charset::utf8, true, afbrief::is_valid(p) ? nullptr : &nothing, sweep::to_whole);
}

afbrief::instant any_instant(fuzz_input& in) {
  const afbrief::civil_date d = any_date(in);
  const uint8_t shape = in.byte();
  return afbrief::instant{d, static_cast<afbrief::grain>(shape % 6), (shape & 0x80u) != 0};
}

void check_everything_once() {
  const charset both[] = {charset::utf8, charset::ascii};
  for (charset cs : both) {
    // Ids 0 to one past the last: the none id and an unknown one included,
    // however the ids are numbered.
    for (size_t i = 0; i <= rt::figures().size() + 1; ++i) {
      check_figure(static_cast<afbrief::figure_id>(i), cs, sweep::every, 0);
    }
    for (size_t i = 0; i <= rt::events().size() + 1; ++i) {
      check_event(static_cast<afbrief::event_id>(i), cs, sweep::every, 0);
    }
    typedef afbrief::data::text_pool<> pool;
    for (size_t k = 0; k < pool::start_count; ++k) {
      check_packed(afbrief::packed_text{static_cast<uint16_t>(pool::starts[k])}, cs, sweep::every,
                   0);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  check_everything_once();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz_input in(data, size);
  const uint8_t kind = in.byte();
  const uint8_t flags = in.byte();
  const charset cs = (flags & 1u) != 0 ? charset::ascii : charset::utf8;
  const size_t capacity = in.u16() % (largest_capacity + 1);
  switch (kind % 6) {
    case 0:
      check_figure(static_cast<afbrief::figure_id>(in.byte()), cs, sweep::one, capacity);
      break;
    case 1:
      check_event(static_cast<afbrief::event_id>(in.byte()), cs, sweep::one, capacity);
      break;
    case 2: {
      // Any offset (mostly not a text's start), or the start of any text.
      typedef afbrief::data::text_pool<> pool;
      const uint16_t offset = in.u16();
      check_packed(
          afbrief::packed_text{(flags & 2u) != 0
                                   ? static_cast<uint16_t>(pool::starts[offset % pool::start_count])
                                   : offset},
          cs, sweep::one, capacity);
      break;
    }
    case 3: {
      // Past 300 bytes a text adds nothing but length, which costs every
      // capacity its whole rendering: longer inputs are cut to 400 bytes.
      const afbrief::text_ref bytes = in.rest();
      check_library_text(afbrief::text_ref(bytes.data(), bytes.size() < 400 ? bytes.size() : 400),
                         cs);
      break;
    }
    case 4:
      check_date(any_date(in));
      break;
    default: {
      const afbrief::instant begin = any_instant(in);
      const afbrief::instant end = any_instant(in);
      const bool one_of = (in.byte() & 1u) != 0;
      check_period(one_of ? afbrief::core::one_of(begin, end) : afbrief::core::between(begin, end));
      break;
    }
  }
  return 0;
}
