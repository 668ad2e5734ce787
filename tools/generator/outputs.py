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
    """What in `directory` the generator did not write: named as stale, and
    removed unless `check`. Each sub-folder is left to a call of its own
    (deepest first), so that `directory` itself can be named and removed
    when the generator writes nothing beneath it: a folder added by hand, or
    one a renamed output left empty, is as stale as a stray file."""
    if not os.path.isdir(directory):
        return []
    wanted = {os.path.abspath(path) for path in files}
    stale = []
    for name in sorted(os.listdir(directory)):
        path = os.path.abspath(os.path.join(directory, name))
        if (os.path.isdir(path) and not os.path.islink(path)) or path in wanted:
            continue
        stale.append(os.path.relpath(path, root))
        if not check:
            os.remove(path)
    beneath = os.path.abspath(directory) + os.sep
    if not any(path.startswith(beneath) for path in wanted):
        # A trailing separator tells a folder from a file in --check's list.
        stale.append(os.path.relpath(directory, root) + os.sep)
        if not check:
            os.rmdir(directory)
    return stale
