"""The compile-fail runner can fail: each snippet in selftest/ is wrong in one
way, and run.py must reject it and say why.
  python3 test_run.py CXX INCLUDE_DIR
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = {
    "misuse_compiles.cpp": "the misuse compiles",
    "fails_for_another_reason.cpp": "the misuse fails, but not with",
    "twin_does_not_compile.cpp": "the clean twin (no AFBRIEF_FAIL) does not compile",
}


def main(cxx, include):
    failures = 0
    for name, message in sorted(EXPECTED.items()):
        done = subprocess.run([sys.executable, os.path.join(HERE, "run.py"), "--cxx", cxx,
                               "--target", "host", "--include", include,
                               os.path.join(HERE, "selftest", name)],
                              capture_output=True, text=True)
        if done.returncode == 0 or message not in done.stdout:
            print("FAIL %s: run.py should have refused it with %r, said (%d):\n%s"
                  % (name, message, done.returncode, done.stdout[-2000:]))
            failures += 1
        else:
            print("ok   %s: %s" % (name, message))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
