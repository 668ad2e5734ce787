"""The repository put into a scratch sketchbook as Library Manager or "Add .ZIP
Library" would: the tree a user downloads (no .git, no build directories, no
installed npm packages), in libraries/afbrief.

In a git checkout the files copied are git's own list: tracked files, and new
files not ignored (so a change not yet committed is tested too), less those
.gitattributes marks export-ignore, which a release archive leaves out. A
build tree, a stray local file git ignores, or node_modules never reaches the
test. Without git the tree is copied less the usual leftovers."""
import os
import shutil
import subprocess

# Never in a release archive: version control, build trees (the repository's
# .gitignore keeps /build* out), caches and npm's installed packages.
LEFT_OUT_ANYWHERE = {".git", "__pycache__", "node_modules"}


def into_sketchbook(root, sketchbook, build_tree=None):
    """Copies `root` to sketchbook/libraries/afbrief; returns that folder.
    `build_tree`, the build directory running the test, is left out wherever
    it lies: inside the repository under a name .gitignore does not know
    (`cmake -B out`), git would list all of it."""
    root = os.path.abspath(root)
    sketchbook = os.path.abspath(sketchbook)
    library = os.path.join(sketchbook, "libraries", "afbrief")
    scratch = [sketchbook] + ([os.path.abspath(build_tree)] if build_tree else [])
    names = git_files(root)
    if names is None:
        copy_tree(root, scratch, library)
    else:
        copy_files(root, names, scratch, library)
    return library


def git(root, *args, data=None):
    return subprocess.run(["git", "-C", root] + list(args), input=data, capture_output=True,
                          check=True).stdout.decode("utf-8")


def git_files(root):
    """The files a download of this checkout holds (relative, "/"-separated),
    or None when `root` is not a git checkout or git is not installed. .git
    is a folder in a clone and a file in a worktree."""
    if not os.path.exists(os.path.join(root, ".git")) or shutil.which("git") is None:
        return None
    listed = git(root, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    # A tracked file deleted but not yet committed is listed, yet not there.
    names = sorted({n for n in listed.split("\0")
                    if n and os.path.lexists(os.path.join(root, n))})
    ignored = export_ignored_paths(root, names)
    return [n for n in names if not any(p in ignored for p in with_parents(n))]


def with_parents(name):
    """"a/b/c" -> ["a", "a/b", "a/b/c"]."""
    parts = name.split("/")
    return ["/".join(parts[:depth]) for depth in range(1, len(parts) + 1)]


def export_ignored_paths(root, names):
    """The files among `names`, and folders above them, that .gitattributes
    marks export-ignore (git archive leaves a marked folder out whole, so
    each folder is asked about too)."""
    paths = sorted({path for name in names for path in with_parents(name)})
    fields = git(root, "check-attr", "-z", "--stdin", "export-ignore",
                 data="\0".join(paths).encode("utf-8")).split("\0")
    # With -z each answer is three fields: path, attribute, value.
    return {fields[i] for i in range(0, len(fields) - 2, 3) if fields[i + 2] == "set"}


def copy_files(root, names, scratch, library):
    for name in names:
        source = os.path.join(root, *name.split("/"))
        if any(is_under(source, folder) for folder in scratch):
            continue  # the build and scratch directories may lie inside the repository
        target = os.path.join(library, *name.split("/"))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if os.path.islink(source):
            os.symlink(os.readlink(source), target)
        elif os.path.isdir(source):  # a submodule: git lists its folder
            shutil.copytree(source, target, symlinks=True,
                            ignore=shutil.ignore_patterns(*LEFT_OUT_ANYWHERE))
        else:
            shutil.copy2(source, target)


def is_under(path, folder):
    return os.path.commonpath([path, folder]) == folder


def copy_tree(root, scratch, library):
    """The fallback without git: the whole tree, less the usual leftovers."""
    def left_out(directory, names):
        directory = os.path.abspath(directory)
        skipped = {n for n in names if n in LEFT_OUT_ANYWHERE}
        if directory == root:
            skipped |= {n for n in names if n.startswith("build")}
        skipped |= {n for n in names if os.path.join(directory, n) in scratch}
        return skipped

    shutil.copytree(root, library, ignore=left_out, symlinks=True)


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
