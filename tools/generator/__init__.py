"""afbrief's generator: a fact sheet's data file in, its C++ tables, text pool,
documentation and single header out. tools/generate.py is the command; each
module here holds one step. Nothing here names a particular article."""
