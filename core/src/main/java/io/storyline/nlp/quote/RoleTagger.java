package io.storyline.nlp.quote;

import io.storyline.nlp.EntityMention;
import io.storyline.nlp.RoleMention;
import io.storyline.nlp.SentenceSplitter;
import io.storyline.nlp.SentenceStarters;
import io.storyline.nlp.Token;
import io.storyline.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds titles and roles ("NATO Secretary General", "South Korean President", "spokesperson for the Foreign
 * Ministry", "the NATO chief") as a head from {@link RoleLexicon} widened by rank prefixes, capitalised
 * modifiers, acronyms and possessives before it and "of/for/to (the) Capitalised Words" after it.
 * Person names are never taken as modifiers. Stateless apart from its lexicon, so thread-safe.
 */
public final class RoleTagger {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our", "this", "that");
    private static final Set<String> POST_PREPOSITIONS = Set.of("of", "for", "to", "at");
    private static final Set<String> CALENDAR_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    private final RoleLexicon lexicon;
    private final Tokenizer tokenizer = new Tokenizer();

    public RoleTagger() {
        this(RoleLexicon.standard());
    }

    public RoleTagger(RoleLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The role mentions of {@code text}. */
    public List<RoleMention> tag(String text, List<EntityMention> entities) {
        return titles(text, tokenizer.tokenize(text), entities).stream().map(RoleTitle::mention).toList();
    }

    /** The role titles over {@code tokens} of {@code text}; tokens inside PERSON {@code entities} are never modifiers. */
    public List<RoleTitle> titles(String text, List<Token> tokens, List<EntityMention> entities) {
        // Hyphenated tokens ("Secretary-General") are matched word by word.
        List<String> words = new ArrayList<>();
        List<Integer> tokenOfWord = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            for (String w : RoleLexicon.words(tokens.get(t).text())) {
                words.add(w);
                tokenOfWord.add(t);
            }
        }
        PersonSpans persons = new PersonSpans(entities);
        List<RoleTitle> titles = new ArrayList<>();
        int w = 0;
        while (w < words.size()) {
            RoleLexicon.Head head = lexicon.longestAt(words, w);
            int first = tokenOfWord.get(w);
            int lastWord = head == null ? w : w + head.words().size() - 1;
            boolean aligned = head != null && (w == 0 || tokenOfWord.get(w - 1) != first)
                    && (lastWord + 1 >= words.size() || tokenOfWord.get(lastWord + 1) != tokenOfWord.get(lastWord));
            if (!aligned || persons.covers(tokens.get(first))) {
                w++;
                continue;
            }
            RoleTitle title = widen(text, tokens, persons, head, first, tokenOfWord.get(lastWord));
            if (title != null) {
                titles.add(title);
                while (w < words.size() && tokens.get(tokenOfWord.get(w)).start() < title.end()) {
                    w++;
                }
            } else {
                w = lastWord + 1;
            }
        }
        return titles;
    }

    private RoleTitle widen(String text, List<Token> tokens, PersonSpans persons, RoleLexicon.Head head,
                            int headFirst, int headLast) {
        List<String> prefixes = new ArrayList<>();
        List<String> modifiers = new ArrayList<>();
        int start = tokens.get(headFirst).start();
        int k = headFirst - 1;
        while (k >= 0 && sameLine(text, tokens.get(k), tokens.get(k + 1)) && !persons.covers(tokens.get(k))) {
            String t = tokens.get(k).text();
            if (lexicon.isPrefix(t)) {
                prefixes.add(0, t);
            } else if (t.equals(")") && k >= 2 && tokens.get(k - 2).text().equals("(")
                    && RoleTitle.isAcronym(tokens.get(k - 1).text())) {
                modifiers.add(0, tokens.get(k - 1).text());
                k -= 2;
            } else if (isPossessive(t) && k >= 1 && isModifierWord(tokens.get(k - 1).text())
                    && !persons.covers(tokens.get(k - 1))) {
                modifiers.add(0, tokens.get(k - 1).text());
                k -= 1;
            } else if (isModifierWord(t)) {
                modifiers.add(0, t);
            } else {
                break;
            }
            start = tokens.get(k).start();
            k--;
        }
        boolean determined = k >= 0 && sameLine(text, tokens.get(k), tokens.get(k + 1))
                && DETERMINERS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT));
        if (determined) {
            start = tokens.get(k).start();
        }
        String headText = tokens.get(headFirst).text();
        boolean lowerSingle = Character.isLowerCase(headText.charAt(0)) && head.words().size() == 1;
        if (lowerSingle && head.generic() && !determined && modifiers.isEmpty() && prefixes.isEmpty()) {
            return null; // "will head to", "lead to": a bare lower-case vague word is no title
        }
        int end = tokens.get(headLast).end();
        int after = postModifierEnd(text, tokens, headLast + 1, persons, modifiers);
        if (after > headLast + 1) {
            end = tokens.get(after - 1).end();
        }
        return new RoleTitle(new RoleMention(text.substring(start, end), start, end), head, prefixes, modifiers, determined);
    }

    /** "of NATO", "for the Foreign Ministry", "of the North Atlantic Treaty Organization (NATO)": returns the token after it. */
    private static int postModifierEnd(String text, List<Token> tokens, int k, PersonSpans persons, List<String> modifiers) {
        if (k >= tokens.size() || !POST_PREPOSITIONS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            return k;
        }
        int j = k + 1;
        if (j < tokens.size() && tokens.get(j).text().equalsIgnoreCase("the")) {
            j++;
        }
        int end = k;
        List<String> words = new ArrayList<>();
        while (j < tokens.size() && sameLine(text, tokens.get(j - 1), tokens.get(j)) && !persons.covers(tokens.get(j))) {
            String t = tokens.get(j).text();
            if (t.equals("(") && j + 2 < tokens.size() && tokens.get(j + 2).text().equals(")")
                    && RoleTitle.isAcronym(tokens.get(j + 1).text())) {
                words.add(tokens.get(j + 1).text());
                j += 3;
            } else if (isModifierWord(t) || !words.isEmpty() && t.equals("and")) {
                if (!t.equals("and")) {
                    words.add(t);
                }
                j++;
            } else {
                break;
            }
            end = j;
        }
        if (words.isEmpty()) {
            return k;
        }
        modifiers.addAll(words);
        return end;
    }

    private static boolean isModifierWord(String t) {
        if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
            return false;
        }
        if (RoleTitle.isAcronym(t)) {
            return true; // "WHO", "IT" are organisations here, not sentence starters
        }
        String lower = t.toLowerCase(Locale.ROOT);
        return !SentenceStarters.contains(t) && !CALENDAR_WORDS.contains(lower);
    }

    private static boolean isPossessive(String t) {
        return t.equalsIgnoreCase("'s") || t.equalsIgnoreCase("’s") || t.equals("'") || t.equals("’");
    }

    private static boolean sameLine(String text, Token before, Token after) {
        return !SentenceSplitter.lineBreakBetween(text, before.end(), after.start());
    }

    /** The character spans of PERSON mentions, to keep names out of titles. */
    private record PersonSpans(List<EntityMention> persons) {
        PersonSpans(List<EntityMention> persons) {
            this.persons = persons.stream().filter(m -> m.type().equals("PERSON")).toList();
        }

        boolean covers(Token token) {
            for (EntityMention m : persons) {
                if (token.start() < m.end() && m.start() < token.end()) {
                    return true;
                }
            }
            return false;
        }
    }
}
