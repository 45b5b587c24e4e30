package io.storyline.events.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH2's CAMEO verb-pattern dictionary (PETRARCH 1.0 format, MIT, Open Event Data Alliance): synonym sets
 * ({@code &NAME} then {@code +MEMBER} lines), verb blocks ({@code --- NAME [code] ---}, then the block's verbs, a
 * verb's own code after it, irregular forms in braces), and patterns ({@code - pre * post (PREP NOUN) [code] # verb})
 * that every verb of the block shares. Transformations ({@code ~}) are left out: they recode reported speech, which
 * Storyline reads from the tree instead. Words come out lower case, multi-word phrases with spaces.
 */
public final class PetrarchVerbReader {
    private static final Pattern BLOCK = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]\\s+---");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");

    /** A verb of a block: its words (the verb, then particles: "call off"), and its own code or null. */
    public record Verb(String words, String code) {
    }

    /** A pattern: its elements as written after conversion (see {@link #element}), and its CAMEO code. */
    public record RawPattern(String elements, String code) {
    }

    public record Block(String name, String code, List<Verb> verbs, List<RawPattern> patterns) {
    }

    public record Dictionary(Map<String, List<String>> sets, List<Block> blocks) {
    }

    private PetrarchVerbReader() {
    }

    public static Dictionary read(List<String> lines) {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        List<Block> blocks = new ArrayList<>();
        List<String> set = null;
        Block block = null;
        boolean inVerbs = false;
        for (String raw : lines) {
            String line = raw.replace('\t', ' ');
            String content = stripComment(line).strip();
            if (line.startsWith("####### VERB PATTERNS")) {
                inVerbs = true;
                set = null;
                continue;
            }
            if (line.startsWith("######## TRANSFORMATIONS")) {
                break;
            }
            if (content.isEmpty()) {
                continue;
            }
            if (!inVerbs) {
                if (content.startsWith("&")) {
                    set = new ArrayList<>();
                    sets.put(name(content.substring(1)), set);
                } else if (content.startsWith("+") && set != null) {
                    set.add(phrase(content.substring(1)));
                }
                continue;
            }
            Matcher head = BLOCK.matcher(content);
            if (head.find()) {
                block = new Block(phrase(head.group(1)), head.group(2).strip(), new ArrayList<>(), new ArrayList<>());
                blocks.add(block);
            } else if (block == null || content.startsWith("~")) {
                continue;
            } else if (content.startsWith("-")) {
                Matcher code = CODE.matcher(content);
                if (code.find()) {
                    String elements = content.substring(1, code.start()).strip();
                    block.patterns().add(new RawPattern(convert(elements), code.group(1).strip()));
                }
            } else {
                String noForms = content.replaceAll("\\{[^}]*\\}", " ");
                Matcher code = CODE.matcher(noForms);
                String own = code.find() ? code.group(1).strip() : null;
                String words = phrase(CODE.matcher(noForms).replaceAll(" ").strip().replaceFirst("^\\+", ""));
                if (!words.isEmpty()) {
                    block.verbs().add(new Verb(words, own));
                }
            }
        }
        return new Dictionary(sets, blocks);
    }

    /** Pattern elements in the converted form: words, {@code a_b} noun phrases, {@code (prep ...)}, {@code &set}. */
    static String convert(String elements) {
        String s = elements.replaceAll("\\{\\s*([^}]*?)\\s*\\}", "{$1}");
        StringBuilder out = new StringBuilder();
        String phrases = Pattern.compile("\\{([^}]*)\\}").matcher(s).replaceAll(m -> m.group(1).replace(' ', '_'));
        for (String token : phrases.replace("(", " ( ").replace(")", " ) ").split("\\s+")) {
            String t = element(token);
            if (t.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && !t.equals(")") && !out.toString().endsWith("(")) {
                out.append(' ');
            }
            out.append(t);
        }
        return out.toString().replace("( )", "").replaceAll("\\s+", " ").strip();
    }

    /** One token of a pattern: markers of where the source or target sits ($ + ^ %) carry nothing the tree lacks. */
    static String element(String token) {
        String t = token.toLowerCase(Locale.ROOT).replace("$", "").replace("^", "").replace("%", "");
        if (t.equals("+")) {
            return "";
        }
        t = t.replaceAll("\\+", "");
        while (t.endsWith("_") && t.length() > 1) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static String name(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("_+$", "");
    }

    private static String phrase(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("_+$", "").replace('_', ' ').strip();
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
