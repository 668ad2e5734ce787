"""The repository put into a scratch sketchbook as Library Manager or "Add .ZIP
Library" would: the tree a user downloads (no .git, no build directories, no
installed npm packages), in libraries/afbrief."""
import os
import shutil

# Never in a release archive: version control, build trees (the repository's
# .gitignore keeps /build* out), caches and npm's installed packages.
LEFT_OUT_ANYWHERE = {".git", "__pycache__", "node_modules"}


def into_sketchbook(root, sketchbook):
    """Copies `root` to sketchbook/libraries/afbrief; returns that folder."""
    root = os.path.abspath(root)
    sketchbook = os.path.abspath(sketchbook)
    library = os.path.join(sketchbook, "libraries", "afbrief")

    def left_out(directory, names):
        directory = os.path.abspath(directory)
        skipped = {n for n in names if n in LEFT_OUT_ANYWHERE}
        if directory == root:
            skipped |= {n for n in names if n.startswith("build")}
        # The scratch directory itself may lie inside the repository.
        skipped |= {n for n in names if os.path.join(directory, n) == sketchbook}
        return skipped

    shutil.copytree(root, library, ignore=left_out, symlinks=True)
    return library


def examples(library):
    """[(name, path)] of every examples/<Name>/<Name>.ino, in name order. A
    folder with .ino files but none named after it is an error: the IDE would
    not open it, and this test must not quietly skip it."""
    found = []
    top = os.path.join(library, "examples")
    for name in sorted(os.listdir(top)):
        folder = os.path.join(top, name)
        if not os.path.isdir(folder):
            continue
        inos = [n for n in os.listdir(folder) if n.endswith(".ino")]
        primary = os.path.join(folder, name + ".ino")
        if os.path.isfile(primary):
            found.append((name, primary))
        elif inos:
            raise SystemExit("FAILED: examples/%s holds %s but no %s.ino (Arduino's layout is "
                             "examples/<Name>/<Name>.ino)" % (name, ", ".join(inos), name))
    return found
