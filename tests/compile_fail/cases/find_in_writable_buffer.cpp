// A key in a char buffer: the buffer's size says nothing about the key in it
// (a char[32] holding "kabul" would be a 31-character key).
// targets: host
// expect-gcc: use of deleted function 'afbrief::core::text_ref::text_ref\(char \(&\)\[N\]\)
// expect-clang: conversion function from 'char\[32\]' to 'text_ref' invokes a deleted function
#include <afbrief/afbrief.hpp>

#include <string.h>

volatile long sink;

int main() {
  char key[32];
  strcpy(key, "kabul");
#ifdef AFBRIEF_FAIL
  afbrief::maybe<afbrief::place_id> id = afbrief::rt::find_place(key);
#else
  afbrief::maybe<afbrief::place_id> id = afbrief::rt::find_place(afbrief::text_from_c_string(key));
#endif
  sink = id ? static_cast<long>(id.value()) : -1;
  return 0;
}
