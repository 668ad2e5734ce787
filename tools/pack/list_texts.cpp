// Preprocessed (never compiled) by tools/pack_texts.py: one "@@text table
// name literal..." line per text of every table, in the canonical order that
// data/texts.hpp also uses. The preprocessor reads the rows exactly as the
// compiler does, so the packer needs no C++ parser of its own.
// Without the pool (AFBRIEF_LISTING_TEXTS), so that a missing or broken
// text_pool.hpp can always be written again.
#define AFBRIEF_LISTING_TEXTS 1
#include "afbrief/data/texts.hpp"

#define AFBRIEF_TEXT_VISIT(table, name, literal) @@text table name literal
AFBRIEF_EACH_TEXT
