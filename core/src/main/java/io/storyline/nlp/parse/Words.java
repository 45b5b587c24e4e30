package io.storyline.nlp.parse;

import io.storyline.nlp.ner.Hashing;
import io.storyline.nlp.ner.WordClusters;

/**
 * The hashed attributes of a sentence's words that the tagger and the parser read: form, lower-cased form, affixes,
 * word shape and word cluster, computed once a sentence. Curly quotes and dashes count as their plain forms, so
 * text typed either way looks the same to the models.
 */
final class Words {
    static final int AFFIXES = 4;
    final int size;
    final long[] exact;
    final long[] lower;
    final long[] shape;
    final long[][] suffix = new long[AFFIXES][];
    final long[][] prefix = new long[AFFIXES][];
    final int[] cluster;
    final boolean[] capitalized;

    Words(String[] forms, WordClusters clusters) {
        size = forms.length;
        exact = new long[size];
        lower = new long[size];
        shape = new long[size];
        cluster = new int[size];
        capitalized = new boolean[size];
        for (int a = 0; a < AFFIXES; a++) {
            suffix[a] = new long[size];
            prefix[a] = new long[size];
        }
        for (int i = 0; i < size; i++) {
            String form = plain(forms[i]);
            exact[i] = Hashing.word(form);
            lower[i] = Hashing.lower(form);
            int n = form.length();
            for (int a = 0; a < AFFIXES; a++) {
                int k = Math.min(n, a + 1);
                suffix[a][i] = Hashing.chars(form, n - k, n, true);
                prefix[a][i] = Hashing.chars(form, 0, k, true);
            }
            shape[i] = shape(form);
            cluster[i] = clusters.node(exact[i], lower[i]);
            capitalized[i] = n > 0 && Character.isUpperCase(form.charAt(0));
        }
    }

    /** Curly quotes and apostrophes as straight ones, dashes as the hyphen-minus. */
    static String plain(String form) {
        StringBuilder b = null;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            char p = switch (c) {
                case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                default -> c;
            };
            if (p != c && b == null) {
                b = new StringBuilder(form);
            }
            if (b != null) {
                b.setCharAt(i, p);
            }
        }
        return b == null ? form : b.toString();
    }

    /** "Xx", "xx-xx", "dd.dd", "XXX": letter case and digit classes with runs cut to two, as a hash. */
    static long shape(String form) {
        long h = 0x51AFD7ED558CCDL;
        char last = 0;
        int run = 0;
        int length = 0;
        for (int i = 0; i < form.length() && length < 12; i++) {
            char c = form.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            run = k == last ? run + 1 : 1;
            last = k;
            if (run <= 2) {
                h = Hashing.mix(h * 31 + k);
                length++;
            }
        }
        return h;
    }
}
