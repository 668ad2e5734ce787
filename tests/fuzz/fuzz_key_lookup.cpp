// Key lookup in every table, with any bytes (NULs included) through the
// (pointer, length) API: a hit carries exactly that key, a miss means no
// record of the table has it, and afbrief::ct answers as afbrief::rt does.
//
// Input: byte 0 chooses the probe. Below 0x80 the probe is the rest of the
// input as it is. From 0x80 it is a real key, read from the tables at
// start-up (so the target needs no list of keys that could go stale), picked
// by byte 1 and edited as byte 0 says: kept, cut, lengthened, one byte
// changed, or a NUL put inside. Every probe is tried in all six tables.
#include <memory>
#include <string>
#include <vector>

#include "fuzz_support.hpp"

namespace {

typedef afbrief::rt rt;
typedef afbrief::ct ct;

// Every table's keys in table order, and all of them, read at start-up.
std::vector<std::string> keys_of[6];
std::vector<std::string> all_keys;

template <class Record>
std::string key_text(const Record& r) {
  std::string key;
  for (size_t i = 0; i < rt::size(r.key); ++i) key += rt::char_at(r.key, i);
  return key;
}

template <class Table>
void collect_keys(Table table, std::vector<std::string>& keys) {
  for (auto record : table.all()) keys.push_back(key_text(record));
  all_keys.insert(all_keys.end(), keys.begin(), keys.end());
}

// A hit: the record's key is the probe, compared three ways: rt::equal, the
// size, and character by character.
template <class Record>
bool has_key(const Record& r, afbrief::text_ref probe) {
  bool same = rt::size(r.key) == probe.size();
  for (size_t i = 0; same && i < probe.size(); ++i) same = rt::char_at(r.key, i) == probe.data()[i];
  FUZZ_REQUIRE(rt::equal(r.key, probe) == same);
  return same;
}

// One table: `found` is rt's answer, `constant` ct's, `table` rt's view. A
// miss walks the table: no record's key is the probe, by rt::equal and by the
// key as read at start-up (cheaper than has_key, which decodes a key whole
// three times, and the same check).
template <class Id, class Table>
void check_table(afbrief::maybe<Id> found, afbrief::maybe<Id> constant, Table table,
                 const std::vector<std::string>& keys, afbrief::text_ref probe) {
  FUZZ_REQUIRE(found == constant);
  if (found.has_value()) {
    const auto record = rt::get(found.value());
    FUZZ_REQUIRE(record.has_value());
    FUZZ_REQUIRE(record.value().id == found.value());
    FUZZ_REQUIRE(has_key(record.value(), probe));
    return;
  }
  const std::string wanted(probe.data(), probe.size());
  size_t position = 0;
  for (auto record : table.all()) {
    FUZZ_REQUIRE(!rt::equal(record.key, probe) && keys[position] != wanted);
    ++position;
  }
  FUZZ_REQUIRE(position == keys.size());
}

void check_probe(afbrief::text_ref probe) {
  check_table(rt::find_figure(probe), ct::find_figure(probe), rt::figures(), keys_of[0], probe);
  check_table(rt::find_event(probe), ct::find_event(probe), rt::events(), keys_of[1], probe);
  check_table(rt::find_statement(probe), ct::find_statement(probe), rt::statements(), keys_of[2],
              probe);
  check_table(rt::find_actor(probe), ct::find_actor(probe), rt::actors(), keys_of[3], probe);
  check_table(rt::find_source(probe), ct::find_source(probe), rt::sources(), keys_of[4], probe);
  check_table(rt::find_place(probe), ct::find_place(probe), rt::places(), keys_of[5], probe);
}

std::string edited_key(fuzz_input& in, uint8_t how) {
  std::string key = all_keys[in.byte() % all_keys.size()];
  const uint8_t where = in.byte();
  const char extra = static_cast<char>(in.byte());
  const size_t at = key.empty() ? 0 : where % (key.size() + 1);
  switch (how % 6) {
    case 0:
      break;  // the key itself: a hit in its table
    case 1:
      key.resize(at);  // a prefix
      break;
    case 2:
      key.insert(at, 1, extra);
      break;
    case 3:
      if (at < key.size()) key[at] = extra;
      break;
    case 4:
      key.insert(at, 1, '\0');
      break;
    default:
      key.append(1 + where % 8, extra);  // lengthened
      break;
  }
  return key;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  collect_keys(rt::figures(), keys_of[0]);
  collect_keys(rt::events(), keys_of[1]);
  collect_keys(rt::statements(), keys_of[2]);
  collect_keys(rt::actors(), keys_of[3]);
  collect_keys(rt::sources(), keys_of[4]);
  collect_keys(rt::places(), keys_of[5]);
  FUZZ_REQUIRE(!all_keys.empty());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz_input in(data, size);
  const uint8_t how = in.byte();
  if (how < 0x80u) {
    // The fuzzer's own copy of the input is exactly its size on the heap:
    // AddressSanitizer sees any read past the probe's end.
    check_probe(in.rest());
    return 0;
  }
  const std::string key = edited_key(in, how);
  // An exact-size copy too, for the same reason (a std::string has room after
  // its characters).
  std::unique_ptr<char[]> exact(new char[key.size()]);
  key.copy(exact.get(), key.size());
  check_probe(afbrief::text_ref(exact.get(), key.size()));
  return 0;
}
