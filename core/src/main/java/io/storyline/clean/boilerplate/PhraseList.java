package io.storyline.clean.boilerplate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A list of phrases page furniture uses, one a line in a resource under io/storyline/clean/boilerplate (users
 * extend the files; '#' starts a comment line). Phrases are literal text, matched case-insensitively with any run
 * of white space standing for a space. Shared by the HTML and the text-dump cleaners, so both drop the same words.
 */
public final class PhraseList {
    private static final String BASE = "/io/storyline/clean/boilerplate/";

    private final List<String> phrases;
    private final String alternation;

    PhraseList(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        // longest first, so that "read more about" wins over "read more" in an alternation
        this.alternation = phrases.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    public static PhraseList load(String name) {
        var in = Objects.requireNonNull(PhraseList.class.getResourceAsStream(BASE + name), BASE + name);
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> phrases = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                String phrase = line.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                if (!phrase.isEmpty() && !phrase.startsWith("#")) phrases.add(phrase);
            }
            return new PhraseList(phrases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The phrases that pass {@code keep}, as a list of their own. */
    public PhraseList only(java.util.function.Predicate<String> keep) {
        return new PhraseList(phrases.stream().filter(keep).toList());
    }

    public List<String> phrases() {
        return phrases;
    }

    /** A regular-expression group matching any one phrase, for composing with patterns of the caller's own. */
    public String alternation() {
        return alternation;
    }
}
