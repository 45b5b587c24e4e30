package io.storyline.nlp.quote;

import io.storyline.language.LexiconFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The role heads of resource roles.txt and the rank prefixes of role-prefixes.txt; the format is described at the
 * top of roles.txt. Users add their own titles with {@link #standardWith(Path)}.
 */
public final class RoleLexicon {
    /** One role head: its words, synonym group, broader kind and whether it is a vague generic head. */
    public record Head(List<String> words, String group, String kind, boolean generic) {
        /** True when a mention with this head can name the same role as one with {@code other}. */
        boolean compatibleWith(Head other) {
            return group.equals(other.group)
                    || generic && (kind.equals("*") || kind.equals(other.kind))
                    || other.generic && (other.kind.equals("*") || other.kind.equals(kind));
        }
    }

    private static final RoleLexicon STANDARD = new RoleLexicon(
            LexiconFile.lines(RoleLexicon.class, "roles.txt"), LexiconFile.lines(RoleLexicon.class, "role-prefixes.txt"));

    private final Map<String, List<Head>> headsByFirstWord = new HashMap<>();
    private final Set<String> prefixes;

    /** A lexicon from lines in the roles.txt format and a list of prefix words. */
    public RoleLexicon(List<String> roleLines, List<String> prefixWords) {
        for (String line : roleLines) {
            String[] cols = line.split("\\|");
            if (cols.length < 3) {
                throw new IllegalArgumentException("role line needs phrase | group | kind: " + line);
            }
            Head head = new Head(List.of(words(cols[0].strip())), cols[1].strip(), cols[2].strip(),
                    cols.length > 3 && cols[3].strip().equals("generic"));
            headsByFirstWord.computeIfAbsent(head.words().get(0), w -> new ArrayList<>()).add(head);
        }
        headsByFirstWord.values().forEach(list -> list.sort((a, b) -> b.words().size() - a.words().size()));
        Set<String> p = new HashSet<>();
        prefixWords.forEach(w -> p.add(w.strip().toLowerCase(Locale.ROOT)));
        prefixes = Set.copyOf(p);
    }

    public static RoleLexicon standard() {
        return STANDARD;
    }

    /** The standard lexicon plus the role lines of {@code extra}, a file in the roles.txt format (users' own titles). */
    public static RoleLexicon standardWith(Path extra) throws IOException {
        List<String> lines = new ArrayList<>(LexiconFile.lines(RoleLexicon.class, "roles.txt"));
        for (String line : Files.readAllLines(extra, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                lines.add(line.strip());
            }
        }
        return new RoleLexicon(lines, LexiconFile.lines(RoleLexicon.class, "role-prefixes.txt"));
    }

    static String[] words(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).split("[\\s\\-‐‑]+");
    }

    /** The longest head whose words are {@code words[i..]}, or null. */
    Head longestAt(List<String> words, int i) {
        List<Head> candidates = headsByFirstWord.get(words.get(i));
        if (candidates == null) {
            return null;
        }
        for (Head head : candidates) {
            int n = head.words().size();
            if (i + n <= words.size() && words.subList(i, i + n).equals(head.words())) {
                return head;
            }
        }
        return null;
    }

    boolean isPrefix(String word) {
        return prefixes.contains(word.toLowerCase(Locale.ROOT));
    }
}
