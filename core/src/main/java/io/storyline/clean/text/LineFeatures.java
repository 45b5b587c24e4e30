package io.storyline.clean.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Surface evidence about one line of a text dump: how long it is, whether it reads like running prose
 * (function words, lower-case words, sentence punctuation) or like a label, a headline or a link list.
 *
 * @param words             whitespace tokens; for scripts written without spaces (CJK), characters / 2
 * @param letters           letter characters
 * @param stopWordRatio     share of tokens that are function words of one of the supported languages
 * @param capitalisedRatio  share of alphabetic tokens that start with an upper-case letter
 * @param digitRatio        share of non-space characters that are digits
 * @param endsLikeSentence  ends with . ! ? … 。 ！ ？ or a closing quote/bracket after one
 * @param hasUrl            contains http(s):// or www.
 * @param hasEmail          contains an e-mail address
 * @param spaceless         written in a script without spaces between words (CJK, Thai)
 */
public record LineFeatures(int words, int letters, double stopWordRatio, double capitalisedRatio, double digitRatio,
                           boolean endsLikeSentence, boolean hasUrl, boolean hasEmail, boolean spaceless) {

    /** The sentence-end check needs only the end of the line: punctuation, quotes and a short credit. */
    private static final int TAIL = 64;
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}“”‘’«»„]+|[\\p{Punct}“”‘’«»„]+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** Sentence punctuation at the end, perhaps followed by closing quotes or a bracketed credit "(AFP)". */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？](?:[\\s\"'”’»)\\]）」』]*)(?:[(\\[（【][^()\\[\\]（）【】]{1,40}[)\\]）】])?$");

    /** Function words of English, French, German, Spanish, Italian, Portuguese and Dutch. */
    private static final Set<String> STOP_WORDS = Set.copyOf(java.util.Arrays.asList((
            "a an the and or but if of to in on at by for from with as is are was were be been being has have had "
            + "do does did not no it its this that these those he she they we you i his her their our your him them "
            + "us who whom which what when where while than then there here also after before about into over under "
            + "will would can could should may might must said says up out more most some any all such so very just "
            + "le la les un une des du de et ou en dans sur pour par avec est sont était qui que ne pas ce cette il "
            + "elle ils au aux se sa son ses leur plus "
            + "der die das ein eine einer und oder in im zu den dem des ist sind war nicht mit von für auf sich es "
            + "auch als wie bei nach aus dass wird werden "
            + "el los las y o en del al con por para es son fue no se su sus lo como más pero que una uno "
            + "il gli i e di da con per non che è sono era una uno della nel alla "
            + "o os as e em do da dos das no na um uma com por para não que é são foi "
            + "het een en van in op te voor met niet is zijn was dat die er ook").split(" ")));

    public static LineFeatures of(String line) {
        String[] tokens = WHITESPACE.split(line.strip());
        int letters = 0;
        int digits = 0;
        int nonSpace = 0;
        int spacelessChars = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                continue;
            }
            nonSpace++;
            if (Character.isLetter(cp)) {
                letters++;
                if (isSpacelessScript(cp)) {
                    spacelessChars++;
                }
            } else if (Character.isDigit(cp)) {
                digits++;
            }
        }
        boolean spaceless = spacelessChars > letters / 2 && spacelessChars > 0;
        int stop = 0;
        int alphabetic = 0;
        int capitalised = 0;
        int tokenCount = 0;
        for (String raw : tokens) {
            if (raw.isEmpty()) {
                continue;
            }
            tokenCount++;
            String token = EDGE_PUNCTUATION.matcher(raw).replaceAll("");
            if (token.isEmpty()) {
                continue;
            }
            if (STOP_WORDS.contains(token.toLowerCase(Locale.ROOT))) {
                stop++;
            }
            if (Character.isLetter(token.codePointAt(0))) {
                alphabetic++;
                if (Character.isUpperCase(token.codePointAt(0))) {
                    capitalised++;
                }
            }
        }
        int words = spaceless ? Math.max(tokenCount, spacelessChars / 2) : tokenCount;
        String stripped = line.strip();
        return new LineFeatures(words, letters,
                tokenCount == 0 ? 0 : (double) stop / tokenCount,
                alphabetic == 0 ? 0 : (double) capitalised / alphabetic,
                nonSpace == 0 ? 0 : (double) digits / nonSpace,
                SENTENCE_END.matcher(stripped.substring(Math.max(0, stripped.length() - TAIL))).find(),
                mayHoldUrl(stripped) && URL.matcher(stripped).find(),
                stripped.indexOf('@') >= 0 && EMAIL.matcher(stripped).find(),
                spaceless);
    }

    private static boolean mayHoldUrl(String text) {
        return text.contains("://") || text.contains("www.") || text.contains("WWW.");
    }

    private static boolean isSpacelessScript(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }

    /**
     * Reads like running text: enough words, function words in normal proportion, mostly lower-case words.
     * Scripts without spaces have no function-word evidence here, so length and punctuation decide.
     */
    public boolean isProse() {
        if (spaceless) {
            return words >= 20 && (endsLikeSentence || words >= 40);
        }
        return words >= 12 && stopWordRatio >= 0.18 && capitalisedRatio <= 0.6 && !hasUrl;
    }

    /** Looks like a headline: a handful of words, no full stop at the end, not a number or date stub. */
    public boolean isHeadlineLike() {
        if (hasUrl || hasEmail || digitRatio > 0.3) {
            return false;
        }
        if (spaceless) {
            return words >= 4 && words <= 40;
        }
        return words >= 3 && words <= 25 && letters >= 10 && !endsLikeSentence;
    }

    /** Mostly Title Case words and few function words: menus, teaser headlines, site names. */
    public boolean isTitleCased() {
        return capitalisedRatio >= 0.6 && stopWordRatio < 0.3;
    }
}
