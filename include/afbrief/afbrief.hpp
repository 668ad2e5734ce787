// afbrief: a news article's figures and dated events as constexpr tables.
//
// The one header to include. It needs nothing but <stdint.h> and <stddef.h>,
// allocates nothing, throws nothing and runs no code at start-up.
//   #include <afbrief/afbrief.hpp>
//   static_assert(afbrief::ct::find_figure("people_in_need").has_value(), "");
// Layers, each using only those before it: config.hpp; core/ (generic: text,
// dates, EDTF periods, quantities, records, tables, validation, the reader);
// data/ (the article's tables, generated from data/*.toml); query/ (the
// lookups over any fact sheet, and the article's two faces, ct and rt).
// SPDX-License-Identifier: MIT
#ifndef AFBRIEF_AFBRIEF_HPP
#define AFBRIEF_AFBRIEF_HPP

#define AFBRIEF_VERSION_MAJOR 0
#define AFBRIEF_VERSION_MINOR 4
#define AFBRIEF_VERSION_PATCH 0
// One number for comparisons: major * 10000 + minor * 100 + patch.
#define AFBRIEF_VERSION \
  (AFBRIEF_VERSION_MAJOR * 10000 + AFBRIEF_VERSION_MINOR * 100 + AFBRIEF_VERSION_PATCH)

#include "config.hpp"
#include "query/names.hpp"
#include "data/article.hpp"
#include "query/article.hpp"

#include "core/macro_unscope.hpp"

#endif  // AFBRIEF_AFBRIEF_HPP
