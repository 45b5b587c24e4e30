package io.storyline.language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A tense reading: the cue words, the neighbours some of them need ("set" only in "set to"), and how far from a
 * mention its cue may stand, read from a word list (the shipped ones sit beside this class; the head of each
 * explains the format). It decides which tokens mark which tense; which of them decides for a mention is
 * {@link TenseReader}'s business.
 */
public final class TenseCues {

    /** How far a cue may stand from the mention, counted in words or in characters. */
    public enum Unit { WORDS, CHARACTERS }

    /** The reach of a reading: at most {@code before} / {@code after} units on either side of the mention. */
    public record Reach(Unit unit, int before, int after) {
    }

    /** A cue phrase with the tokens that must stand right before it (nearest last) and right after it. */
    private record Pattern(String phrase, int length, List<Set<String>> before, List<Set<String>> after) {
        /** True when the phrase starts at token {@code i} with its neighbours in place. */
        boolean fits(CharSequence text, WordTokens tokens, int i) {
            int last = i + length - 1;
            if (last >= tokens.size()) return false;
            if (length == 1 ? !phrase.equals(tokens.lower(i))
                    : !phrase.equals(text.subSequence(tokens.start(i), tokens.end(last)).toString()
                            .toLowerCase(Locale.ROOT))) {
                return false;
            }
            for (int k = 0; k < before.size(); k++) {
                if (!isOneOf(tokens.lower(i - 1 - k), before.get(before.size() - 1 - k))) return false;
            }
            for (int k = 0; k < after.size(); k++) {
                if (!isOneOf(tokens.lower(last + 1 + k), after.get(k))) return false;
            }
            return true;
        }

        private static boolean isOneOf(String token, Set<String> words) {
            return token != null && words.contains(token);
        }
    }

    private final List<Pattern> future = new ArrayList<>();
    private final List<Pattern> past = new ArrayList<>();
    private final Set<String> notPast = new HashSet<>();
    private final Set<String> auxiliaries = new HashSet<>();
    private final Set<String> recent = new HashSet<>();
    private Reach reach = new Reach(Unit.WORDS, 12, 12);
    private boolean quotationEndsClause;
    private int regularPastLength;

    private TenseCues() {
    }

    /** The reading of the shipped resource {@code name} beside this class. */
    static TenseCues resource(String name) {
        return of(LexiconFile.lines(TenseCues.class, name));
    }

    /** A reading from lines of the word-list format ("future set [to]", "past said", "reach words 12 12"). */
    public static TenseCues of(List<String> lines) {
        TenseCues cues = new TenseCues();
        for (String line : lines) {
            String[] fields = line.strip().split("\\s+");
            try {
                cues.read(fields);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("tense cue \"" + line + "\": " + e.getMessage(), e);
            }
        }
        return cues;
    }

    private void read(String[] fields) {
        switch (fields[0]) {
            case "future" -> future.add(pattern(fields));
            case "past" -> past.add(pattern(fields));
            case "not-past" -> notPast.add(word(fields));
            case "auxiliary" -> auxiliaries.add(word(fields));
            case "recent" -> recent.add(word(fields));
            case "reach" -> {
                if (fields.length != 4) {
                    throw new IllegalArgumentException("expected reach words|characters BEFORE AFTER");
                }
                reach = new Reach(Unit.valueOf(fields[1].toUpperCase(Locale.ROOT)), Integer.parseInt(fields[2]),
                        Integer.parseInt(fields[3]));
            }
            case "quotation-ends-clause" -> quotationEndsClause = true;
            case "regular-past" -> regularPastLength = Integer.parseInt(word(fields));
            default -> throw new IllegalArgumentException("unknown kind " + fields[0] + "; expected future, past, "
                    + "not-past, auxiliary, recent, reach, quotation-ends-clause or regular-past");
        }
    }

    private static String word(String[] fields) {
        if (fields.length != 2) throw new IllegalArgumentException("expected KIND WORD");
        return fields[1].toLowerCase(Locale.ROOT);
    }

    private static Pattern pattern(String[] fields) {
        List<String> phrase = new ArrayList<>();
        List<Set<String>> before = new ArrayList<>(), after = new ArrayList<>();
        for (int f = 1; f < fields.length; f++) {
            String field = fields[f].toLowerCase(Locale.ROOT);
            if (field.length() > 2 && field.startsWith("[") && field.endsWith("]")) {
                (phrase.isEmpty() ? before : after).add(Set.of(field.substring(1, field.length() - 1).split("\\|")));
            } else if (after.isEmpty()) {
                phrase.add(field);
            } else {
                throw new IllegalArgumentException("the cue must be one run of words; bracket the context");
            }
        }
        if (phrase.isEmpty()) throw new IllegalArgumentException("no cue word");
        String text = String.join(" ", phrase);
        return new Pattern(text, WordTokens.of(text, 0, text.length()).size(), before, after);
    }

    Reach reach() {
        return reach;
    }

    boolean quotationEndsClause() {
        return quotationEndsClause;
    }

    /** How many tokens the first future cue starting at token {@code i} spans; 0 when none does. */
    int future(CharSequence text, WordTokens tokens, int i) {
        return length(future, text, tokens, i);
    }

    /**
     * How many tokens the first past cue (a listed form, or a regular -ed form) starting at token {@code i} spans;
     * 0 when none does, or when it is a participle after an auxiliary ("will be held": its tense is the
     * auxiliary's, read separately).
     */
    int past(CharSequence text, WordTokens tokens, int i) {
        int length = length(past, text, tokens, i);
        if (length == 0 && isRegularPast(tokens.lower(i))) length = 1;
        String previous = tokens.lower(i - 1);
        return length > 0 && previous != null && auxiliaries.contains(previous) ? 0 : length;
    }

    private boolean isRegularPast(String w) {
        return regularPastLength > 0 && w.length() >= regularPastLength && w.endsWith("ed")
                && Character.isLetter(w.charAt(0)) && !notPast.contains(w);
    }

    private static int length(List<Pattern> patterns, CharSequence text, WordTokens tokens, int i) {
        for (Pattern p : patterns) if (p.fits(text, tokens, i)) return p.length();
        return 0;
    }

    boolean callsRecent(String word) {
        return recent.contains(word);
    }
}
