// What an ESP-IDF component or a Zephyr application does with afbrief: one
// lookup at compile time and one at run time, through <afbrief/afbrief.hpp> as
// the component's or module's include directory provides it. Compiled only
// (-c), with each framework's usual C++ flags, by tests/manifests/.
#include <afbrief/afbrief.hpp>

static_assert(afbrief::ct::find_figure("children_killed_past_decade").has_value(),
              "found at compile time");
static_assert(afbrief::ct::get(afbrief::figure_id::people_in_need).value().amount.best ==
                  18400000L,
              "18.4 million people in need");

// extern "C", as an app_main() or a Zephyr main() would call it.
extern "C" long afbrief_manifest_query(const char* key);
extern "C" long afbrief_manifest_query(const char* key) {
  const afbrief::maybe<afbrief::figure_id> id =
      afbrief::rt::find_figure(afbrief::text_from_c_string(key));
  if (!id) return -1;
  char line[160];
  const long best = static_cast<long>(afbrief::rt::get(id.value()).value().amount.best);
  return best + static_cast<long>(afbrief::rt::format_figure(id.value(), line, sizeof line).needed);
}
