// afbrief: read-only views over constant tables.
//
// A table_view is a pointer and a count. Every read goes through the Reader
// (core/flash.hpp), so the same algorithms walk a table in RAM, in flash, or
// inside a constant expression. All recursion splits the range in halves:
// O(log n) deep, so a table of 10,000 records stays far inside the default
// constexpr depth limits (512 for GCC and Clang) and a small stack.
//
// table_view answers by position, by key, by count and by rank: everything a
// constant expression needs. iterable_table_view adds range-for iteration,
// which only ever runs at run time; afbrief::rt hands those out and
// afbrief::ct does not, so a compile-time face cannot be walked at run time
// by accident (on AVR that would read flash as RAM).
#ifndef AFBRIEF_CORE_TABLE_HPP
#define AFBRIEF_CORE_TABLE_HPP

#include "../config.hpp"
#include "flash.hpp"
#include "maybe.hpp"
#include "text.hpp"

namespace afbrief {
namespace core {

template <class Record, class Reader = plain_reader>
class table_view {
 public:
  constexpr table_view(const Record* rows, size_t count) noexcept : rows_(rows), count_(count) {}

  constexpr size_t size() const noexcept { return count_; }

  // The record at position i, or not found when i is out of range.
  constexpr maybe<Record> at(size_t i) const noexcept {
    return i < count_ ? maybe<Record>(Reader::read(rows_[i])) : maybe<Record>();
  }

  // The position of the record whose key equals `key`, by binary search. The
  // table must be sorted by key (keys_strictly_ascending proves it; a
  // generated sheet's checks.hpp compares each key with the next).
  // order(record.key, key) is <0, 0 or >0 as in core::compare: a function
  // object, because the key field may be packed (core/packed_text.hpp).
  template <class KeyOrder>
  constexpr maybe<size_t> find_key(text_ref key, KeyOrder order) const noexcept {
    return key_at(lower_bound(key, order, 0, count_), key, order);
  }
  // The same, for records whose key is a text_ref.
  struct key_text_order {
    constexpr int operator()(text_ref stored, text_ref probe) const noexcept {
      return compare<Reader>(stored, probe);
    }
  };
  constexpr maybe<size_t> find_key(text_ref key) const noexcept {
    return find_key(key, key_text_order());
  }

  // How many records satisfy pred (a function object taking a Record).
  template <class Predicate>
  constexpr size_t count_if(Predicate pred) const noexcept {
    return count_in(pred, 0, count_);
  }

  // The position of the n-th (from 0) record satisfying pred, in table order.
  template <class Predicate>
  constexpr maybe<size_t> nth_if(Predicate pred, size_t n) const noexcept {
    return n < count_in(pred, 0, count_) ? maybe<size_t>(nth_in(pred, n, 0, count_))
                                         : maybe<size_t>();
  }

 private:
  template <class KeyOrder>
  constexpr size_t lower_bound(text_ref key, KeyOrder order, size_t lo, size_t hi) const noexcept {
    return lo >= hi ? lo
           : order(Reader::read(rows_[lo + (hi - lo) / 2].key), key) < 0
               ? lower_bound(key, order, lo + (hi - lo) / 2 + 1, hi)
               : lower_bound(key, order, lo, lo + (hi - lo) / 2);
  }
  template <class KeyOrder>
  constexpr maybe<size_t> key_at(size_t i, text_ref key, KeyOrder order) const noexcept {
    return i < count_ && order(Reader::read(rows_[i].key), key) == 0 ? maybe<size_t>(i)
                                                                     : maybe<size_t>();
  }
  template <class Predicate>
  constexpr size_t count_in(Predicate pred, size_t lo, size_t hi) const noexcept {
    return hi <= lo       ? 0
           : hi - lo == 1 ? (pred(Reader::read(rows_[lo])) ? 1 : 0)
                          : count_in(pred, lo, lo + (hi - lo) / 2) +
                                count_in(pred, lo + (hi - lo) / 2, hi);
  }
  template <class Predicate>
  constexpr size_t nth_in(Predicate pred, size_t n, size_t lo, size_t hi) const noexcept {
    return hi - lo <= 1 ? lo
           : n < count_in(pred, lo, lo + (hi - lo) / 2)
               ? nth_in(pred, n, lo, lo + (hi - lo) / 2)
               : nth_in(pred, n - count_in(pred, lo, lo + (hi - lo) / 2), lo + (hi - lo) / 2, hi);
  }

  template <class, class>
  friend class iterable_table_view;
  const Record* rows_;
  size_t count_;
};

// A table_view that can also be walked with range-for, by every record or by
// the records a predicate accepts.
template <class Record, class Reader = plain_reader>
class iterable_table_view : public table_view<Record, Reader> {
 public:
  constexpr iterable_table_view(const Record* rows, size_t count) noexcept
      : table_view<Record, Reader>(rows, count) {}

  // Runtime iteration over the records satisfying pred, in table order.
  // Predicate must be a class type (a function object or a lambda). The
  // iterator carries the rows, the count and the predicate itself (an empty
  // predicate as a base class, taking no space), never a pointer to the
  // range: a range that must have an address was stored as constants in
  // .rodata, which AVR copies to SRAM.
  struct every_record {
    constexpr bool operator()(const Record& /*unused*/) const noexcept { return true; }
  };

  template <class Predicate>
  class filtered {
   public:
    class iterator : private Predicate {
     public:
      AFBRIEF_CONSTEXPR14 iterator(const Record* rows, size_t count, size_t at,
                                   Predicate pred) noexcept
          : Predicate(pred), rows_(rows), count_(count), at_(skip(at)) {}
      AFBRIEF_CONSTEXPR14 Record operator*() const noexcept { return Reader::read(rows_[at_]); }
      AFBRIEF_CONSTEXPR14 iterator& operator++() noexcept {
        at_ = skip(at_ + 1);
        return *this;
      }
      constexpr bool operator!=(const iterator& other) const noexcept { return at_ != other.at_; }
      constexpr bool operator==(const iterator& other) const noexcept { return at_ == other.at_; }
      constexpr size_t position() const noexcept { return at_; }

     private:
      AFBRIEF_CONSTEXPR14 size_t skip(size_t at) const noexcept {
        while (at < count_ && !accepts(static_cast<const Predicate&>(*this), rows_ + at)) ++at;
        return at;
      }
      // Walking every record reads each one once, not once more for a
      // predicate that ignores it.
      static constexpr bool accepts(const every_record& /*unused*/,
                                    const Record* /*unused*/) noexcept {
        return true;
      }
      template <class Other>
      static AFBRIEF_CONSTEXPR14 bool accepts(const Other& pred, const Record* row) noexcept {
        return pred(Reader::read(*row));
      }
      const Record* rows_;
      size_t count_;
      size_t at_;
    };

    constexpr filtered(iterable_table_view view, Predicate pred) noexcept : view_(view), pred_(pred) {}
    AFBRIEF_CONSTEXPR14 iterator begin() const noexcept {
      return iterator(view_.rows(), view_.size(), 0, pred_);
    }
    AFBRIEF_CONSTEXPR14 iterator end() const noexcept {
      return iterator(view_.rows(), view_.size(), view_.size(), pred_);
    }

   private:
    iterable_table_view view_;
    Predicate pred_;
  };

  template <class Predicate>
  constexpr filtered<Predicate> where(Predicate pred) const noexcept {
    return filtered<Predicate>(*this, pred);
  }

  // Runtime iteration over every record.
  constexpr filtered<every_record> all() const noexcept {
    return filtered<every_record>(*this, every_record());
  }

 private:
  constexpr const Record* rows() const noexcept { return this->rows_; }
};

}  // namespace core
}  // namespace afbrief

#endif  // AFBRIEF_CORE_TABLE_HPP
