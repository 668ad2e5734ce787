// afbrief: closed vocabularies with names and phrases that live in flash.
//
// A vocabulary is an X-macro list, LIST(X, arg), calling X(arg, enumerator)
// once per word. AFBRIEF_VOCABULARY(type, LIST) turns it into
//   enum class type : uint8_t { ... };
//   constexpr library_text type_name(type); // the enumerator's own spelling
//   constexpr size_t type_count;          // how many words, so 0..count-1
// with every name a text of its own (AFBRIEF_TEXT_MEMBER), so on a flash
// target no word is copied to SRAM. AFBRIEF_PHRASES(function, type, LIST)
// does the same for a list X(arg, enumerator, "words") of English phrases.
// A value outside the list maps to the empty text.
#ifndef AFBRIEF_CORE_NAMES_HPP
#define AFBRIEF_CORE_NAMES_HPP

#include "../config.hpp"
#include "text.hpp"

// NOLINTBEGIN(bugprone-macro-parentheses): the arguments are names (an
// enumerator, a holder template), which brackets would break; the lists
// are expanded with `0 LIST(ONE)` and `LIST(CASE) fallback`, never as
// operands of anything else.
#define AFBRIEF_VOCABULARY_ENUMERATOR(type, e) e,
#define AFBRIEF_VOCABULARY_ONE(type, e) +1
#define AFBRIEF_VOCABULARY_NAME(holder, e) AFBRIEF_TEXT_MEMBER(e, #e)
#define AFBRIEF_VOCABULARY_DEFINITION(holder, e) AFBRIEF_TEXT_DEFINITION(holder, e)
#define AFBRIEF_VOCABULARY_CASE(holder, e) \
  value == holder<>::enum_type::e ? ::afbrief::core::library_text(holder<>::e):

#define AFBRIEF_VOCABULARY(type, LIST)                                          \
  enum class type : uint8_t { LIST(AFBRIEF_VOCABULARY_ENUMERATOR, type) };      \
  template <class Unused = void>                                                \
  struct type##_name_texts {                                                    \
    typedef type enum_type;                                                     \
    LIST(AFBRIEF_VOCABULARY_NAME, type##_name_texts)                            \
  };                                                                            \
  LIST(AFBRIEF_VOCABULARY_DEFINITION, type##_name_texts)                        \
  constexpr size_t type##_count = 0 LIST(AFBRIEF_VOCABULARY_ONE, type);          \
  constexpr ::afbrief::core::library_text type##_name(type value) noexcept {    \
    return LIST(AFBRIEF_VOCABULARY_CASE, type##_name_texts)::afbrief::core::library_text(); \
  }

// For a phrase list that also declares its enum (the error codes):
//   enum class E : uint8_t { LIST(AFBRIEF_PHRASE_ENUMERATOR, ~) };
#define AFBRIEF_PHRASE_ENUMERATOR(arg, e, words) e,
#define AFBRIEF_PHRASE_MEMBER(holder, e, words) AFBRIEF_TEXT_MEMBER(e, words)
#define AFBRIEF_PHRASE_DEFINITION(holder, e, words) AFBRIEF_TEXT_DEFINITION(holder, e)
#define AFBRIEF_PHRASE_CASE(holder, e, words) \
  value == holder<>::enum_type::e ? ::afbrief::core::library_text(holder<>::e):
// NOLINTEND(bugprone-macro-parentheses)

#define AFBRIEF_PHRASES(function, type, LIST)                                   \
  template <class Unused = void>                                                \
  struct type##_##function##_texts {                                            \
    typedef type enum_type;                                                     \
    LIST(AFBRIEF_PHRASE_MEMBER, type##_##function##_texts)                      \
  };                                                                            \
  LIST(AFBRIEF_PHRASE_DEFINITION, type##_##function##_texts)                    \
  constexpr ::afbrief::core::library_text function(type value) noexcept {       \
    return LIST(AFBRIEF_PHRASE_CASE, type##_##function##_texts)::afbrief::core::library_text(); \
  }

#endif  // AFBRIEF_CORE_NAMES_HPP
