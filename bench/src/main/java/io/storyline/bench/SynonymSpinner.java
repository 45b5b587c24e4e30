package io.storyline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-by-word article spinner for planting spun copies: it swaps a chosen share of a text's content words
 * for synonyms from {@code synonyms.tsv}, blind to context, keeping capitalisation, the way spinning tools do.
 */
final class SynonymSpinner {
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Set<String> FUNCTION_WORDS = Set.of(("a an the and or but if of to in on at by for with from "
            + "as into onto over under about after before between through during without within than that this these "
            + "those there here it its he she they them his her their we our you your i me my is are was were be been "
            + "being has have had do does did will would shall should can could may might must not no so also just "
            + "very more most some any all each both which who whom whose what when where why how s t").split(" "));

    private final Map<String, String[]> synonyms = new HashMap<>();

    SynonymSpinner() {
        try (InputStream in = SynonymSpinner.class.getResourceAsStream("synonyms.tsv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                List<String> alternatives = new ArrayList<>();
                for (String s : cols[1].split("\\|")) {
                    if (!s.equals(cols[0]) && !alternatives.contains(s)) {
                        alternatives.add(s);
                    }
                }
                if (!alternatives.isEmpty()) {
                    synonyms.put(cols[0], alternatives.toArray(String[]::new));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Swaps about {@code share} of the content words of {@code text} (as far as the table covers them). */
    String spin(String text, double share, SplittableRandom random) {
        int content = 0;
        int covered = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (!FUNCTION_WORDS.contains(w)) {
                content++;
                if (synonyms.containsKey(w)) {
                    covered++;
                }
            }
        }
        double p = covered == 0 ? 0 : Math.min(1.0, share * content / covered);
        StringBuilder out = new StringBuilder(text.length() + 64);
        m.reset();
        int last = 0;
        while (m.find()) {
            String word = m.group();
            String[] alternatives = synonyms.get(word.toLowerCase(Locale.ROOT));
            if (alternatives != null && random.nextDouble() < p) {
                String pick = alternatives[random.nextInt(alternatives.length)];
                out.append(text, last, m.start()).append(Character.isUpperCase(word.charAt(0))
                        ? Character.toUpperCase(pick.charAt(0)) + pick.substring(1) : pick);
                last = m.end();
            }
        }
        return out.append(text, last, text.length()).toString();
    }
}
