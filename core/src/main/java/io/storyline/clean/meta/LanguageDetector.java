package io.storyline.clean.meta;

import io.storyline.clean.meta.lexicon.TsvResource;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names a text's language from its script and, within Latin, Cyrillic and Arabic scripts, from which
 * language's function words it uses most (profiles for 22 languages in language-stopword-lexicon.tsv, plus 8
 * languages known by script alone). Hand-written: the detector libraries for Java either ship large n-gram
 * models (Lingua: hundreds of MB) or are unmaintained (language-detector); on article-length text the
 * function words of a language are an accurate and explainable signal, and this fits in a page of code.
 */
public final class LanguageDetector {

    private static final Pattern WORD = Pattern.compile("[\\p{L}’']+");
    private static final int MIN_HITS = 3;
    private static final Map<UnicodeScript, String> BY_SCRIPT = new EnumMap<>(Map.of(
            UnicodeScript.HANGUL, "ko", UnicodeScript.GREEK, "el", UnicodeScript.HEBREW, "he",
            UnicodeScript.DEVANAGARI, "hi", UnicodeScript.THAI, "th", UnicodeScript.GEORGIAN, "ka",
            UnicodeScript.ARMENIAN, "hy", UnicodeScript.BENGALI, "bn"));

    private final Map<String, Set<String>> profiles = new LinkedHashMap<>();

    public LanguageDetector() {
        for (String[] row : TsvResource.rows("language-stopword-lexicon.tsv")) {
            profiles.put(row[0], new HashSet<>(java.util.List.of(row[1].split(" "))));
        }
    }

    /** The language of the text, else the markup's claim cut to ISO 639-1, else empty. */
    public Optional<Evidenced> detect(String text, String markupLanguage) {
        Optional<Evidenced> fromText = fromText(text == null ? "" : text);
        if (fromText.isPresent()) return fromText;
        if (markupLanguage != null && markupLanguage.strip().matches("(?i)[a-z]{2}([-_].*)?")) {
            return Optional.of(new Evidenced(markupLanguage.strip().substring(0, 2).toLowerCase(Locale.ROOT),
                    "language in the markup '" + markupLanguage.strip() + "'"));
        }
        return Optional.empty();
    }

    private Optional<Evidenced> fromText(String text) {
        Map<UnicodeScript, Integer> scripts = new EnumMap<>(UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            scripts.merge(UnicodeScript.of(cp), 1, Integer::sum);
        }
        if (letters == 0) return Optional.empty();
        int kana = scripts.getOrDefault(UnicodeScript.HIRAGANA, 0) + scripts.getOrDefault(UnicodeScript.KATAKANA, 0);
        int han = scripts.getOrDefault(UnicodeScript.HAN, 0);
        if (kana > letters * 0.1) return script("ja", "kana " + kana + " of " + letters + " letters");
        if (scripts.getOrDefault(UnicodeScript.HANGUL, 0) > letters * 0.3) return script("ko", "hangul letters");
        if (han > letters * 0.3) return script("zh", "han characters without kana");
        for (var e : BY_SCRIPT.entrySet()) {
            if (scripts.getOrDefault(e.getKey(), 0) > letters * 0.3) return script(e.getValue(), e.getKey().name().toLowerCase(Locale.ROOT) + " script");
        }
        return byFunctionWords(text);
    }

    private Optional<Evidenced> byFunctionWords(String text) {
        Map<String, Integer> counts = new HashMap<>();
        int words = 0;
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words++;
            counts.merge(m.group(), 1, Integer::sum);
        }
        String best = null, second = null;
        int bestHits = 0, secondHits = 0;
        for (var profile : profiles.entrySet()) {
            int hits = 0;
            for (String w : profile.getValue()) hits += counts.getOrDefault(w, 0);
            if (hits > bestHits) {
                second = best; secondHits = bestHits;
                best = profile.getKey(); bestHits = hits;
            } else if (hits > secondHits) {
                second = profile.getKey(); secondHits = hits;
            }
        }
        if (best == null || bestHits < MIN_HITS || bestHits < words * 0.05) return Optional.empty();
        return Optional.of(new Evidenced(best, "function words: " + bestHits + " of " + words + " words are " + best
                + (second == null ? "" : " (next " + second + " " + secondHits + ")")));
    }

    private static Optional<Evidenced> script(String language, String why) {
        return Optional.of(new Evidenced(language, why));
    }
}
