"""Writing generated files, or checking that they are current.

Files are compared byte for byte; one that would change is written (or, with
--check, named as stale). Nothing is rewritten when it is already current, so
build systems do not see a change that is not one.
"""
import os


def settle(files, root, check):
    """files: {path: text}. Returns the stale paths (relative to root), having
    written them unless `check`."""
    stale = []
    for path, text in files.items():
        data = text.encode("utf-8")
        try:
            with open(path, "rb") as f:
                current = f.read()
        except OSError:
            current = None
        if current == data:
            continue
        stale.append(os.path.relpath(path, root))
        if not check:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
    return stale


def prune(directory, files, root, check):
    """Files in `directory` the generator did not write: named as stale, and
    removed unless `check`."""
    if not os.path.isdir(directory):
        return []
    wanted = {os.path.abspath(path) for path in files}
    stale = []
    for name in sorted(os.listdir(directory)):
        path = os.path.abspath(os.path.join(directory, name))
        if os.path.isfile(path) and path not in wanted:
            stale.append(os.path.relpath(path, root))
            if not check:
                os.remove(path)
    return stale
