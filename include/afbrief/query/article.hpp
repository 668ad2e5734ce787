// afbrief: the article's two faces, afbrief::ct and afbrief::rt.
//
//   afbrief::ct   compile time (query/compile_time.hpp): constexpr, plain
//                 reads; for static_assert and constant initialisers.
//   afbrief::rt   run time (query/run_time.hpp): reads through the platform's
//                 reader, decodes texts from the pool, iterates.
// The same faces serve any fact sheet: query::compile_time<S> and
// query::run_time<S> for a sheet S written by tools/generate.py.
#ifndef AFBRIEF_QUERY_ARTICLE_HPP
#define AFBRIEF_QUERY_ARTICLE_HPP

#include "../data/article.hpp"
#include "compile_time.hpp"
#include "run_time.hpp"

namespace afbrief {

typedef query::compile_time<data::sheet> ct;
typedef query::run_time<data::sheet> rt;

}  // namespace afbrief

#endif  // AFBRIEF_QUERY_ARTICLE_HPP
