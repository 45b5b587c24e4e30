package io.storyline.nlp.ner;

import io.storyline.nlp.EntityType;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Lists of names by entity type, matched case-insensitively on whole tokens (longest match per type), so the
 * tagger can ask "is this token the start / inside / end of a known LOC phrase?". A phrase only matches where its
 * first and last tokens are not lower-case words, so "us" or "may" in running text never hit "US" or "May".
 */
final class Gazetteer {
    static final int MAX_PHRASE = 8;
    /** Value bit: some longer phrase starts with this one. */
    private static final int CONTINUES = 1 << 8;

    /** Lower-cased phrase prefix hash -> type mask of complete phrases | CONTINUES. */
    private final LongIntMap phrases;
    /** Lower-cased token hash -> mask of the types of the phrases it occurs in. */
    private final LongIntMap tokens;

    Gazetteer() {
        this(new LongIntMap(1 << 12), new LongIntMap(1 << 12));
    }

    private Gazetteer(LongIntMap phrases, LongIntMap tokens) {
        this.phrases = phrases;
        this.tokens = tokens;
    }

    void add(EntityType type, List<String> words) {
        if (words.isEmpty() || words.size() > MAX_PHRASE) {
            return;
        }
        long h = 0;
        for (int i = 0; i < words.size(); i++) {
            long w = Hashing.lower(words.get(i));
            h = Hashing.extend(h, w);
            phrases.or(h, i == words.size() - 1 ? 1 << type.ordinal() : CONTINUES);
            tokens.or(w, 1 << type.ordinal());
        }
    }

    /** A copy holding this gazetteer's names and {@code other}'s. */
    Gazetteer union(Gazetteer other) {
        Gazetteer u = new Gazetteer();
        for (Gazetteer g : new Gazetteer[] {this, other}) {
            g.phrases.forEach(u.phrases::or);
            g.tokens.forEach(u.tokens::or);
        }
        return u;
    }

    int tokenTypes(long lowerHash) {
        return tokens.get(lowerHash, 0);
    }

    /**
     * Marks the phrase matches of tokens [from, to): {@code codes[i]} gets, per type t, 3 bits at 3t holding
     * 1 + BILOU position of the longest match of type t covering token i (0 when none).
     */
    void match(long[] lowerHashes, int[] flags, int from, int to, int[] codes, int[] matchLengths) {
        for (int i = from; i < to; i++) {
            codes[i] = 0;
        }
        java.util.Arrays.fill(matchLengths, from * 4, to * 4, 0);
        for (int start = from; start < to; start++) {
            if ((flags[start] & TokenTable.LOWER_INITIAL) != 0) {
                continue;
            }
            long h = 0;
            for (int end = start + 1; end <= to && end - start <= MAX_PHRASE; end++) {
                h = Hashing.extend(h, lowerHashes[end - 1]);
                int v = phrases.get(h, 0);
                if (v == 0) {
                    break;
                }
                int types = v & 0xF;
                if (types != 0 && (flags[end - 1] & TokenTable.LOWER_INITIAL) == 0) {
                    mark(types, start, end, codes, matchLengths);
                }
                if ((v & CONTINUES) == 0) {
                    break;
                }
            }
        }
    }

    private static void mark(int types, int start, int end, int[] codes, int[] matchLengths) {
        int length = end - start;
        for (int t = 0; t < 4; t++) {
            if ((types & (1 << t)) == 0) {
                continue;
            }
            for (int i = start; i < end; i++) {
                if (matchLengths[i * 4 + t] >= length) {
                    continue;
                }
                matchLengths[i * 4 + t] = length;
                int position = length == 1 ? Bilou.U : i == start ? Bilou.B : i == end - 1 ? Bilou.L : Bilou.I;
                codes[i] = (codes[i] & ~(7 << (3 * t))) | ((1 + position) << (3 * t));
            }
        }
    }

    void write(DataOutputStream out) throws IOException {
        writeMap(out, phrases);
        writeMap(out, tokens);
    }

    static Gazetteer read(DataInputStream in) throws IOException {
        LongIntMap phrases = readMap(in);
        LongIntMap tokens = readMap(in);
        return new Gazetteer(phrases, tokens);
    }

    static void writeMap(DataOutputStream out, LongIntMap map) throws IOException {
        map.write(out);
    }

    static LongIntMap readMap(DataInputStream in) throws IOException {
        return LongIntMap.read(in);
    }
}
