// afbrief data: the article's fact sheet.
//
// Everything under data/generated/ is written by tools/generate.py from
// data/doha_news_2021-07-18.toml and the article text beside it; nothing
// there is edited by hand. sheet.hpp brings the tables, their texts and
// annotations, and the checks every build runs on them (checks.hpp).
#ifndef AFBRIEF_DATA_ARTICLE_HPP
#define AFBRIEF_DATA_ARTICLE_HPP

#include "generated/sheet.hpp"

#endif  // AFBRIEF_DATA_ARTICLE_HPP
