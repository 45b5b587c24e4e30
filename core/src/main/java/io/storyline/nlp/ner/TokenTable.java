package io.storyline.nlp.ner;

import io.storyline.nlp.EntityType;

/**
 * The words of one document with everything the features need precomputed once per token in primitive arrays:
 * hashes of the word, its lower case and shapes, capitalisation flags, cluster path, gazetteer matches and
 * document-wide evidence (does the word also occur lower-case, or capitalised mid-sentence, elsewhere?).
 */
final class TokenTable {
    static final int INIT_CAP = 1, ALL_CAPS = 1 << 1, ALL_LOWER = 1 << 2, HAS_DIGIT = 1 << 3, ALL_DIGIT = 1 << 4,
            HAS_HYPHEN = 1 << 5, HAS_PERIOD = 1 << 6, NO_ALNUM = 1 << 7, LOWER_INITIAL = 1 << 8,
            SENT_INITIAL = 1 << 9, SENT_ALL_CAPS = 1 << 10, MIXED_CAPS = 1 << 11;
    static final int DOC_SEEN_LOWER = 1, DOC_SEEN_CAP_MID = 2, DOC_SEEN_ALL_CAPS = 4, DOC_SEEN_CAP_INITIAL = 8;

    final int size;
    final CharSequence[] words;
    final int[] sentenceStart, sentenceEnd;
    final long[] exact, lower, shape, shortShape;
    final int[] flags, cluster, gazetteerCodes, gazetteerTokenTypes, documentFlags;
    /** Second-pass evidence, null until {@link #setFirstPass}: the first pass's tags, and per token what it decided
     *  for the other occurrences of the same word in the document. */
    int[] firstPass, otherClasses, majorityClass, previousClass, entityRoles;
    private static final int MAX_OCCURRENCES = 64;

    /** {@code sentences[s][k]} is the k-th word of sentence s. */
    TokenTable(CharSequence[][] sentences, Gazetteer gazetteer, WordClusters clusters) {
        int n = 0;
        for (CharSequence[] s : sentences) {
            n += s.length;
        }
        size = n;
        words = new CharSequence[n];
        sentenceStart = new int[n];
        sentenceEnd = new int[n];
        exact = new long[n];
        lower = new long[n];
        shape = new long[n];
        shortShape = new long[n];
        flags = new int[n];
        cluster = new int[n];
        gazetteerCodes = new int[n];
        gazetteerTokenTypes = new int[n];
        documentFlags = new int[n];
        int[] matchLengths = new int[n * 4];
        int i = 0;
        for (CharSequence[] s : sentences) {
            int from = i, to = i + s.length;
            int capsWords = 0, letterWords = 0;
            for (CharSequence w : s) {
                words[i] = w;
                sentenceStart[i] = from;
                sentenceEnd[i] = to;
                exact[i] = Hashing.word(w);
                lower[i] = Hashing.lower(w);
                describe(w, i);
                if (i == from) {
                    flags[i] |= SENT_INITIAL;
                }
                if ((flags[i] & (ALL_CAPS | ALL_LOWER | INIT_CAP | MIXED_CAPS)) != 0) {
                    letterWords++;
                    if ((flags[i] & ALL_CAPS) != 0) {
                        capsWords++;
                    }
                }
                cluster[i] = clusters.node(exact[i], lower[i]);
                gazetteerTokenTypes[i] = gazetteer.tokenTypes(lower[i]);
                i++;
            }
            if (letterWords >= 2 && capsWords * 10 >= letterWords * 7) {
                for (int k = from; k < to; k++) {
                    flags[k] |= SENT_ALL_CAPS;
                }
            }
            gazetteer.match(lower, flags, from, to, gazetteerCodes, matchLengths);
        }
        LongIntMap seen = new LongIntMap(Math.max(16, n));
        for (int k = 0; k < n; k++) {
            int f = flags[k];
            if ((f & ALL_LOWER) != 0) {
                seen.or(lower[k], DOC_SEEN_LOWER);
            } else if ((f & ALL_CAPS) != 0) {
                seen.or(lower[k], DOC_SEEN_ALL_CAPS);
            } else if ((f & INIT_CAP) != 0) {
                seen.or(lower[k], (f & (SENT_INITIAL | SENT_ALL_CAPS)) == 0 ? DOC_SEEN_CAP_MID : DOC_SEEN_CAP_INITIAL);
            }
        }
        for (int k = 0; k < n; k++) {
            documentFlags[k] = seen.get(lower[k], 0);
        }
    }

    /**
     * Records a first pass's tags and derives, for each capitalised token, the classes (O or a type) the pass gave the
     * same word elsewhere in the document, the majority, the class of its previous occurrence, and the (type,
     * position) of the names it was part of.
     */
    void setFirstPass(int[] tags) {
        firstPass = tags;
        otherClasses = new int[size];
        majorityClass = new int[size];
        previousClass = new int[size];
        entityRoles = new int[size];
        int[] previous = new int[size], next = new int[size];
        LongIntMap last = new LongIntMap(Math.max(16, size));
        for (int i = 0; i < size; i++) {
            previous[i] = last.get(lower[i], -1);
            next[i] = -1;
            if (previous[i] >= 0) {
                next[previous[i]] = i;
            }
            last.put(lower[i], i);
        }
        int[] votes = new int[1 + EntityType.ALL.size()];
        for (int i = 0; i < size; i++) {
            if ((flags[i] & (INIT_CAP | ALL_CAPS | MIXED_CAPS)) == 0) {
                continue;
            }
            java.util.Arrays.fill(votes, 0);
            int seen = 0;
            for (int j = previous[i]; j >= 0 && seen < MAX_OCCURRENCES; j = previous[j], seen++) {
                vote(i, j, votes);
            }
            for (int j = next[i]; j >= 0 && seen < 2 * MAX_OCCURRENCES; j = next[j], seen++) {
                vote(i, j, votes);
            }
            previousClass[i] = previous[i] >= 0 ? 1 + classOf(tags[previous[i]]) : 0;
            int best = -1;
            for (int c = 0; c < votes.length; c++) {
                if (votes[c] > 0 && (best < 0 || votes[c] > votes[best])) {
                    best = c;
                }
            }
            majorityClass[i] = best + 1;
        }
    }

    private void vote(int i, int j, int[] votes) {
        int c = classOf(firstPass[j]);
        votes[c]++;
        otherClasses[i] |= 1 << c;
        if (firstPass[j] != Bilou.O) {
            entityRoles[i] |= 1 << (firstPass[j] - 1);
        }
    }

    /** 0 for O, 1 + type ordinal for a name tag. */
    private static int classOf(int tag) {
        return tag == Bilou.O ? 0 : 1 + Bilou.type(tag).ordinal();
    }

    private void describe(CharSequence w, int i) {
        int upper = 0, lowerCount = 0, digits = 0, others = 0;
        boolean hyphen = false, period = false, laterUpper = false;
        long longShape = 0xcbf29ce484222325L, brief = longShape;
        char lastClass = 0;
        int run = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            char cls;
            if (Character.isUpperCase(c)) {
                upper++;
                cls = 'X';
                if (k > 0) {
                    laterUpper = true;
                }
            } else if (Character.isLowerCase(c)) {
                lowerCount++;
                cls = 'x';
            } else if (Character.isDigit(c)) {
                digits++;
                cls = 'd';
            } else {
                others++;
                cls = c;
                hyphen |= c == '-';
                period |= c == '.';
            }
            run = cls == lastClass ? run + 1 : 1;
            if (run <= 4) {
                longShape = (longShape ^ cls) * 0x100000001B3L;
            }
            if (run == 1) {
                brief = (brief ^ cls) * 0x100000001B3L;
            }
            lastClass = cls;
        }
        shape[i] = Hashing.mix(longShape);
        shortShape[i] = Hashing.mix(brief);
        int f = 0;
        int letters = upper + lowerCount;
        if (letters > 0) {
            char first = w.charAt(0);
            if (Character.isUpperCase(first)) {
                f |= lowerCount == 0 ? ALL_CAPS : INIT_CAP;
            } else if (Character.isLowerCase(first)) {
                f |= LOWER_INITIAL;
            }
            if (upper == 0) {
                f |= ALL_LOWER;
            }
            if (laterUpper && lowerCount > 0) {
                f |= MIXED_CAPS;
            }
        }
        if (digits > 0) {
            f |= HAS_DIGIT;
            if (digits == w.length()) {
                f |= ALL_DIGIT;
            }
        }
        if (hyphen) {
            f |= HAS_HYPHEN;
        }
        if (period) {
            f |= HAS_PERIOD;
        }
        if (letters + digits == 0 && others > 0) {
            f |= NO_ALNUM;
        }
        flags[i] = f;
    }
}
