// A note (a library text, in flash on AVR) taken as a text_ref, whose
// characters anyone may load as RAM: on a flash target the two do not
// convert.
// targets: avr
// expect-gcc: conversion from 'afbrief::core::library_text' to non-scalar type 'const afbrief::core::text_ref'
#include <afbrief/afbrief.hpp>

volatile size_t length;

int main() {
#ifdef AFBRIEF_FAIL
  const afbrief::text_ref note = afbrief::rt::article_annotation().note;
#else
  const afbrief::library_text note = afbrief::rt::article_annotation().note;
#endif
  length = note.size();
  return 0;
}
