"""A table's key index: a perfect hash, then one exact compare.

The format is core/key_index.hpp's, and hash_key() below is its hash, bit for
bit (the generated checks prove it: every key is found at its own position).

  hash(key) = finish(step(... step(seed ^ length, word) ..., word))

A word is four bytes of the key, little-endian, zero past the end (a key of
under four bytes is one such word). Which words: where the keys' lengths with
their first and last eight bytes tell them apart, those four words (ENDS: the
same work for any key); else every word, at 0, 4, 8, ... and then the last
four bytes (EVERY: each byte counts, so any set of distinct keys hashes apart
for some seed).

Keys then go to buckets by the low 16 bits of the hash. Each bucket has a
pilot, chosen here, that moves its keys to free slots (PTHash's idea):
  slot = ((hash >> 16) ^ (pilot * 0x9E37)) & 0xFFFF) * slot_count >> 16.
A slot holds a record position, or `none` for a slot no key reaches. A probe
shorter than the shortest key or longer than the longest is not hashed; any other is compared with
the key its slot names, byte for byte, so a miss is always exact.
"""
import math

MASK = 0xFFFFFFFF
# Keys per bucket, on average; more buckets means more pilots to store, fewer
# means longer searches for a pilot.
KEYS_PER_BUCKET = 4
# Slots per key: a little room makes every pilot search short.
SLOTS_PER_KEY = 1.25
# Seeds tried with one-byte pilots before two-byte pilots are allowed.
SEEDS_FOR_BYTE_PILOTS = 50
SEEDS_TO_TRY = 1000


class KeyIndexError(ValueError):
    pass


def word(key, at):
    return sum((key[at + i] if at + i < len(key) else 0) << (8 * i) for i in range(4))


def step(h, w):
    h = ((h ^ w) * 0x9E3779B1) & MASK
    return ((h << 13) | (h >> 19)) & MASK


def finish(h):
    h = ((h ^ (h >> 15)) * 0x846CA68B) & MASK
    return h ^ (h >> 16)


# How much of a key the hash reads: ENDS, its first and last eight bytes (four
# words, the same work for any length), when that tells the table's keys apart
# with their lengths; else EVERY word.
ENDS, EVERY = 0, 1


def word_offsets(size, reads):
    if size < 4:
        return [0]
    if reads == ENDS:
        return [0, min(4, size - 4), max(size - 8, 0), size - 4]
    return list(range(0, size - 4, 4)) + [size - 4]


def hash_key(key, seed, reads=EVERY):
    h = (seed ^ len(key)) & MASK
    for at in word_offsets(len(key), reads):
        h = step(h, word(key, at))
    return finish(h)


def reads_for(keys):
    """ENDS if the keys' lengths, first and last eight bytes tell them apart."""
    seen = {(len(k), k[:8], k[-8:]) for k in keys}
    return ENDS if len(seen) == len(keys) else EVERY


def bucket_of(h, bucket_count):
    return ((h & 0xFFFF) * bucket_count) >> 16


def slot_of(h, pilot, slot_count):
    return ((((h >> 16) ^ (pilot * 0x9E37)) & 0xFFFF) * slot_count) >> 16


def place(hashes, bucket_count, slot_count, pilot_limit):
    """A pilot per bucket placing every key in a slot of its own, or None."""
    buckets = [[] for _ in range(bucket_count)]
    for position, h in enumerate(hashes):
        buckets[bucket_of(h, bucket_count)].append(position)
    slots = [None] * slot_count
    pilots = [0] * bucket_count
    for b in sorted(range(bucket_count), key=lambda b: -len(buckets[b])):
        if not buckets[b]:
            break
        for pilot in range(pilot_limit):
            wanted = [slot_of(hashes[p], pilot, slot_count) for p in buckets[b]]
            if len(set(wanted)) == len(wanted) and all(slots[s] is None for s in wanted):
                for s, p in zip(wanted, buckets[b]):
                    slots[s] = p
                pilots[b] = pilot
                break
        else:
            return None
    return pilots, slots


def build(keys):
    """keys: the table's keys as bytes, in position order. Returns a dict with
    seed, shortest, longest, bucket_count, slot_count, pilots, pilot_bits, slots
    (positions; `none` where no key lands), none, chars (bytes), starts, start_bits."""
    if len(keys) != len(set(keys)):
        raise KeyIndexError("duplicate keys")
    if len(keys) >= 0xFFFF:
        raise KeyIndexError("%d keys: a key index holds at most 65534" % len(keys))
    count = max(1, len(keys))
    reads = reads_for(keys)
    bucket_count = max(1, math.ceil(count / KEYS_PER_BUCKET))
    slot_count = max(1, math.ceil(count * SLOTS_PER_KEY))
    if slot_count > 0xFFFF:
        raise KeyIndexError("%d slots do not fit a 16-bit slot number" % slot_count)
    for pilot_bits, seeds in ((8, SEEDS_FOR_BYTE_PILOTS), (16, SEEDS_TO_TRY)):
        for seed in range(seeds):
            seed_value = (seed * 0x2545F491 + 0x6A09E667) & MASK
            hashes = [hash_key(k, seed_value, reads) for k in keys]
            placed = place(hashes, bucket_count, slot_count, 1 << pilot_bits)
            if placed is not None:
                pilots, slots = placed
                none = 0xFF if len(keys) < 0xFF else 0xFFFF
                starts, at = [], 0
                for k in keys:
                    starts.append(at)
                    at += len(k)
                starts.append(at)
                if at > MASK:
                    raise KeyIndexError("%d bytes of keys do not fit 32-bit offsets" % at)
                return {"seed": seed_value, "reads": reads, "longest": max([0] + [len(k) for k in keys]),
                        "shortest": min([len(k) for k in keys] or [0]),
                        "bucket_count": bucket_count, "slot_count": slot_count,
                        "pilots": pilots, "pilot_bits": pilot_bits, "none": none,
                        "slots": [none if s is None else s for s in slots],
                        "chars": b"".join(keys), "starts": starts,
                        "start_bits": 16 if at <= 0xFFFF else 32}
    raise KeyIndexError("no seed places these %d keys" % len(keys))


def find(index, key):
    """The lookup, as the C++ does it: a position or None."""
    if len(key) > index["longest"] or len(key) < index["shortest"]:
        return None
    h = hash_key(key, index["seed"], index["reads"])
    pilot = index["pilots"][bucket_of(h, index["bucket_count"])]
    position = index["slots"][slot_of(h, pilot, index["slot_count"])]
    if position == index["none"] or position >= len(index["starts"]) - 1:
        return None
    begin, end = index["starts"][position], index["starts"][position + 1]
    return position if index["chars"][begin:end] == key else None
