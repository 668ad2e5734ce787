"""Packing a fact sheet's texts into one pool of byte-pair codes.

The format is core/packed_text.hpp's: every distinct text once, as one-byte
codes ending with 0; a code below first_pair is a literal byte, a code from
first_pair up stands for a pair of smaller codes. Pairs are chosen greedily,
the most frequent first, while a pair still occurs twice and codes remain.
"""
import collections

# Nesting bound for pairs while packing; the pool records the deepest nesting
# reached (max_depth), and the decoder's stack is that + 1 bytes.
MAX_DEPTH = 12
# Codes per text, at most: the compile-time proof recurses once per code, and
# compilers stop constant evaluation at a depth of 512.
MAX_CODES_PER_TEXT = 400


class PackError(ValueError):
    pass


def pack(texts):
    """texts: [bytes] in canonical order (duplicates allowed). Returns a dict:
    first_pair, max_depth, numbered, literals, pairs, codes, starts (code offsets of the
    distinct texts, ascending), plain (the distinct texts, in that order),
    offset_of {bytes: offset}, empty (the empty text's offset), longest."""
    # The empty text first, at offset 0 (text number 0): a value-initialised
    # packed_text, what an empty maybe's record holds, reads as no text.
    distinct = list(dict.fromkeys([b""] + list(texts)))
    alphabet = sorted(set(b"".join(distinct)))
    if len(alphabet) > 200:
        raise PackError("too many distinct bytes (%d) for one-byte codes" % len(alphabet))
    literal_code = {byte: i + 1 for i, byte in enumerate(alphabet)}
    first_pair = len(alphabet) + 1
    runs = [[literal_code[b] for b in text] for text in distinct]
    depth = collections.defaultdict(int)
    pairs = []
    for code in range(first_pair, 256):
        counts = collections.Counter()
        for run in runs:
            counts.update(zip(run, run[1:]))
        best = None
        for (left, right), count in counts.most_common():
            if count < 2:
                break
            if max(depth[left], depth[right]) + 1 <= MAX_DEPTH:
                best = (left, right)
                break
        if best is None:
            break
        left, right = best
        depth[code] = max(depth[left], depth[right]) + 1
        pairs.append(best)
        for i, run in enumerate(runs):
            merged, j = [], 0
            while j < len(run):
                if j + 1 < len(run) and run[j] == left and run[j + 1] == right:
                    merged.append(code)
                    j += 2
                else:
                    merged.append(run[j])
                    j += 1
            runs[i] = merged
    for text, run in zip(distinct, runs):
        if len(run) > MAX_CODES_PER_TEXT:
            raise PackError("a text of %d codes is over the %d the compile-time proof allows: "
                            "%r" % (len(run), MAX_CODES_PER_TEXT, text[:40]))
    codes, code_offset = [], {}
    for text, run in zip(distinct, runs):
        code_offset[text] = len(codes)
        codes.extend(run + [0])
    # A record's packed_text holds 16 bits: the code offset of its text while
    # the pool fits them, else (a numbered pool) the text's number, which the
    # decoder turns into an offset through `starts`.
    numbered = len(codes) > 0xFFFF
    if numbered and len(distinct) > 0xFFFF:
        raise PackError("%d distinct texts do not fit 16-bit text numbers" % len(distinct))
    offset_of = ({text: k for k, text in enumerate(distinct)} if numbered else code_offset)
    max_depth = max([0] + list(depth.values()))
    if not pairs:
        # No pair occurs twice. An array of pairs must not be empty in C++:
        # one pair nobody uses, which nests one deep.
        pairs, max_depth = [(1, 1)], 1
    return {"first_pair": first_pair, "max_depth": max_depth,
            "literals": [0] + alphabet, "pairs": [c for pair in pairs for c in pair],
            "codes": codes, "starts": [code_offset[t] for t in distinct], "plain": distinct,
            "numbered": numbered,
            "offset_of": offset_of, "empty": offset_of[b""],
            "longest": max(len(t) for t in distinct),
            "characters": sum(len(t) for t in texts), "texts": len(texts)}
