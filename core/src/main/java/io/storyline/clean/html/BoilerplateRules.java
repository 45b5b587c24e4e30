package io.storyline.clean.html;

import io.storyline.clean.boilerplate.FurniturePhrases;
import io.storyline.clean.text.BoilerplateLexicon;
import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * The block rules for what news pages put inside the article body without being part of it. Each rule looks at
 * one short block only: long prose never matches, so a rule can cost at most a line.
 */
final class BoilerplateRules {
    private static final int SHORT = 160;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final FurniturePhrases PHRASES = new FurniturePhrases();

    private BoilerplateRules() {
    }

    /** A block of at most {@code maxLength} characters in which {@code pattern} is found is dropped for {@code reason}. */
    static BlockRule shortMatch(String reason, int maxLength, String pattern) {
        Pattern compiled = Pattern.compile(pattern, FLAGS);
        return (block, text) -> text.length() <= maxLength && compiled.matcher(text).find() ? reason : null;
    }

    /** "[ad_1]", "Advertisement", "ADVERTISEMENT - CONTINUE READING BELOW", "Sponsored", "Werbung". */
    static final BlockRule AD_MARKER = shortMatch("ad-marker", 80,
            "^\\[?\\s*ad[s_ -]?\\d*\\s*\\]?$|^(advertisement|advertising|sponsored( content)?|anzeige|werbung|publicité|pub"
                    + "|publicidad|anuncio|广告|реклама)(\\s*[-–—:|]\\s*.{0,40})?$"
                    + "|^(story continues|article continues) below( advertisement)?\\.?$");

    /** Share, follow, log-in, subscribe and newsletter prompts. */
    static final BlockRule PROMPT = shortMatch("share-login-prompt", SHORT,
            "^(share (this|on|via|article|story)|click to (share|print|email)|follow us|follow @|"
                    + "sign up (for|to)|subscribe (to|now|for|today)|log ?in to|sign in to|create (a free|an) account|"
                    + "already (a subscriber|have an account)|register (now|for free|to)|"
                    + "get (our|the) .{0,40}newsletter|(join|get) .{0,30} newsletter|enter your e-?mail)");

    /** Cookie and consent notices. */
    static final BlockRule COOKIE_NOTICE = shortMatch("cookie-notice", 400,
            "\\b(we|this (web)?site) uses? cookies\\b|\\baccept (all )?cookies\\b|\\bcookie (policy|settings)\\b");

    /** Comment counts and comment-widget leftovers. */
    static final BlockRule COMMENTS = shortMatch("comment-widget", 80,
            "^(\\d+\\s+)?comments?$|^(leave|post|add|write) a (comment|reply)|^(show|view|load) (all )?(\\d+ )?comments"
                    + "|^comments? (are|have been) (closed|disabled)|^be the first to comment");

    /** Tag lists that close an article. */
    static final BlockRule TAG_LIST = shortMatch("tag-list", 200, "^(tags|topics|filed under|categories)\\s*[:：]");

    /** Copyright lines. */
    static final BlockRule COPYRIGHT = shortMatch("copyright", SHORT,
            "^(copyright\\b|©|\\(c\\) \\d{4})|all rights reserved\\.?$");

    /** A picture caption that ends in its credit ("… | © Getty Images", "… (Bild: Kantonspolizei)", "… — Bob Edme/AP"). */
    static final BlockRule CAPTION = (block, text) -> PHRASES.isCaptionWithCredit(text) ? "caption" : null;

    /** What stands in for an embedded post or video until the reader consents ("Twitter freischalten"). */
    static final BlockRule EMBED_PLACEHOLDER = (block, text) -> PHRASES.isEmbedPlaceholder(text) ? "embed-placeholder" : null;

    /** A date or time stamp standing alone outside tables ("06/10/2020", "30. Juni 2022"): the page's words. */
    static final BlockRule DATE_STAMP = new BlockRule() {
        private final BoilerplateLexicon lexicon = new BoilerplateLexicon();

        @Override
        public String reasonToDrop(Element block, String text) {
            // a table's cells may be dates of its rows; a lone label ("Image") is no stamp
            boolean stamp = text.chars().anyMatch(Character::isDigit) && !TextMeasures.hasAncestor(block, "table")
                    && !block.normalName().equals("td") && lexicon.isDateWidget(text);
            return stamp ? "date-stamp" : null;
        }
    };

    /** "Was this article helpful?", "Inhaltsverzeichnis", "Lesezeit: 2 Minuten". */
    static final BlockRule READER_PROMPT = (block, text) -> PHRASES.isReaderPrompt(text) ? "reader-prompt" : null;

    /**
     * "Related:", "Read more: …", "Most Popular", "You may also like", "Lue aiheesta lisää", "Auch interessant: …":
     * links out of the article, labelled in English here and in many languages in recirculation-openers.txt.
     */
    static final BlockRule RECIRCULATION = new BlockRule() {
        private final Pattern label = Pattern.compile(
                "^(related( (articles?|stories|coverage|content|news|reading|links))?|read (more|also|next)|"
                        + "also read|more from|more on this|most (popular|read|viewed|shared)|recommended( for you)?|"
                        + "you (may|might) (also )?like|trending( now)?|top stories|latest (news|stories)|"
                        + "don'?t miss|see also|watch)\\b\\s*[:|»>-]?", FLAGS);

        @Override
        public String reasonToDrop(Element block, String text) {
            if (PHRASES.isRecirculationLabel(text)) return "recirculation";
            if (PHRASES.isLabelledTeaser(text) && TextMeasures.linkDensity(block) > 0.3) return "recirculation";
            var m = label.matcher(text);
            if (!m.find()) return null;
            boolean bareLabel = text.substring(m.end()).isBlank();
            if (bareLabel && text.length() <= 40) return "recirculation";
            if (text.length() <= SHORT && TextMeasures.linkDensity(block) > 0.3) return "recirculation";
            return null;
        }
    };
}
