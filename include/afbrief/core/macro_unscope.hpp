// afbrief: the library's private macros, undefined once its headers are read.
//
// Included last by afbrief/afbrief.hpp, so that a program including afbrief
// keeps only the macros it may use (tests/macros_left_defined.sh lists them):
// the include guards, AFBRIEF_VERSION*, the configuration a user sets
// (AFBRIEF_USE_FLASH, AFBRIEF_NO_TEXT), and what generated fact sheets are
// written with (AFBRIEF_FLASH, AFBRIEF_HAS_FLASH, AFBRIEF_HAS_CONSTEXPR14,
// AFBRIEF_HAS_INLINE_VARIABLES). Everything else below was only a tool for
// writing the headers, whose templates have already expanded it.
// No include guard: it only undefines.

#undef AFBRIEF_CPLUSPLUS
#undef AFBRIEF_CONSTEXPR14

// core/text.hpp, core/names.hpp: library texts and vocabularies.
#undef AFBRIEF_TEXT_MEMBER
#undef AFBRIEF_TEXT_DEFINITION
#undef AFBRIEF_VOCABULARY
#undef AFBRIEF_VOCABULARY_CASE
#undef AFBRIEF_VOCABULARY_DEFINITION
#undef AFBRIEF_VOCABULARY_ENUMERATOR
#undef AFBRIEF_VOCABULARY_NAME
#undef AFBRIEF_VOCABULARY_ONE
#undef AFBRIEF_PHRASES
#undef AFBRIEF_PHRASE_CASE
#undef AFBRIEF_PHRASE_DEFINITION
#undef AFBRIEF_PHRASE_ENUMERATOR
#undef AFBRIEF_PHRASE_MEMBER

// The vocabularies' X-macro lists (tools/generator/vocabulary.py reads them
// from the headers' text, not from the preprocessor).
#undef AFBRIEF_ACTOR_KINDS
#undef AFBRIEF_BOUND_KINDS
#undef AFBRIEF_CHANNELS
#undef AFBRIEF_DATE_ERRORS
#undef AFBRIEF_EVENT_KINDS
#undef AFBRIEF_MEASURES
#undef AFBRIEF_MEASURE_WORDS
#undef AFBRIEF_PARAGRAPH_ROLES
#undef AFBRIEF_PLACE_KINDS
#undef AFBRIEF_PRECISIONS
#undef AFBRIEF_QUALIFIERS
#undef AFBRIEF_QUALIFIER_WORDS
#undef AFBRIEF_RANGE_ERRORS
#undef AFBRIEF_SOURCE_KINDS
#undef AFBRIEF_UNITS
#undef AFBRIEF_WEEKDAY_NAMES
#undef AFBRIEF_PERIOD_FORMS
#undef AFBRIEF_FIGURE_FIELDS
#undef AFBRIEF_EVENT_FIELDS
#undef AFBRIEF_STATEMENT_FIELDS
#undef AFBRIEF_ARTICLE_FIELDS
