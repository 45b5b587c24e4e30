package io.storyline.clean.html;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * The block rules for what news pages put inside the article body without being part of it. Each rule looks at
 * one short block only: long prose never matches, so a rule can cost at most a line.
 */
final class BoilerplateRules {
    private static final int SHORT = 160;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

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

    /** "Related:", "Read more: …", "Most Popular", "You may also like": links out of the article. */
    static final BlockRule RECIRCULATION = new BlockRule() {
        private final Pattern label = Pattern.compile(
                "^(related( (articles?|stories|coverage|content|news|reading|links))?|read (more|also|next)|"
                        + "also read|more from|more on this|most (popular|read|viewed|shared)|recommended( for you)?|"
                        + "you (may|might) (also )?like|trending( now)?|top stories|latest (news|stories)|"
                        + "don'?t miss|see also|watch)\\b\\s*[:|»>-]?", FLAGS);

        @Override
        public String reasonToDrop(Element block, String text) {
            var m = label.matcher(text);
            if (!m.find()) return null;
            boolean bareLabel = text.substring(m.end()).isBlank();
            if (bareLabel && text.length() <= 40) return "recirculation";
            if (text.length() <= SHORT && TextMeasures.linkDensity(block) > 0.3) return "recirculation";
            return null;
        }
    };
}
