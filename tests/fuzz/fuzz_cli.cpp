// The tool's command line, through run_tool (tools/cli/run.cpp), with argv
// vectors built from the input. It must never crash; a failing command line
// gives exactly one line on stderr ("afbrief: ...", printable ASCII: the
// arguments are escaped), nothing on stdout and status 2; a failed stdout
// gives one line and status 1; success gives status 0, nothing on stderr and
// well-formed UTF-8. The same command line run twice writes the same.
//
// Input: byte 0 says whether stdout fails, and after how many bytes; the
// rest is the arguments, separated by NUL bytes (argv[0] is "afbrief").
#include <string>
#include <vector>

#include "../../tools/cli/cli.hpp"
#include "fuzz_support.hpp"

namespace {

// Keeps what the tool writes; with a limit, fails once it is passed, as a
// full disk or a closed pipe would.
class memory_sink : public afbrief_cli::sink {
 public:
  explicit memory_sink(size_t limit) : limit_(limit), failed_(false) {}
  void write(const char* bytes, size_t n) override {
    if (text_.size() + n > limit_) {
      failed_ = true;
      return;
    }
    text_.append(bytes, n);
  }
  bool failed() override { return failed_; }
  const std::string& text() const { return text_; }

 private:
  std::string text_;
  size_t limit_;
  bool failed_;
};

bool is_one_message_line(const std::string& s) {
  static const char prefix[] = "afbrief: ";
  if (s.compare(0, sizeof prefix - 1, prefix) != 0 || s.back() != '\n') return false;
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] < 0x20 || s[i] > 0x7E) return false;
  }
  return true;
}

struct outcome {
  int status;
  std::string out;
  std::string err;
  bool out_failed;
};

outcome run(std::vector<std::string>& args, size_t out_limit) {
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(&a[0]);
  argv.push_back(nullptr);
  memory_sink out(out_limit);
  memory_sink err(static_cast<size_t>(-1));
  const int status = afbrief_cli::run_tool(static_cast<int>(args.size()), argv.data(), out, err);
  return outcome{status, out.text(), err.text(), out.failed()};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz_input in(data, size);
  const uint8_t failing = in.byte();
  // Odd: stdout takes at most (failing / 2)^2 bytes, from 0 to 16,129.
  const size_t limit = (failing & 1u) != 0 ? static_cast<size_t>(failing / 2) * (failing / 2)
                                           : static_cast<size_t>(-1);
  const afbrief::text_ref rest = in.rest();
  std::vector<std::string> args(1, "afbrief");
  args.emplace_back();
  for (size_t i = 0; i < rest.size() && args.size() <= 16; ++i) {
    if (rest.data()[i] == '\0') {
      args.emplace_back();
    } else {
      args.back() += rest.data()[i];
    }
  }
  if (rest.size() == 0) args.pop_back();  // no arguments at all: the briefing

  const outcome first = run(args, limit);
  FUZZ_REQUIRE(first.status >= 0 && first.status <= 2);
  switch (first.status) {
    case 0:
      FUZZ_REQUIRE(first.err.empty() && !first.out_failed);
      FUZZ_REQUIRE(is_utf8(first.out.data(), first.out.size()));
      break;
    case 1:
      // A failed write, or a CSV cell too long to write whole (then nothing
      // at all was written).
      FUZZ_REQUIRE(is_one_message_line(first.err) && (first.out_failed || first.out.empty()));
      break;
    default:
      FUZZ_REQUIRE(first.out.empty() && is_one_message_line(first.err));
      break;
  }
  const outcome again = run(args, limit);
  FUZZ_REQUIRE(again.status == first.status && again.out == first.out && again.err == first.err);
  return 0;
}
