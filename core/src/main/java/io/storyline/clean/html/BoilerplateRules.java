package io.storyline.clean.html;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * The block rules for what news pages put inside the article body without being part of it. Each rule looks at
 * one short block only: long prose never matches, so a rule can cost at most a line.
 */
final class BoilerplateRules {
    private static final int SHORT = 160;

    private BoilerplateRules() {
    }

    /** "[ad_1]", "Advertisement", "ADVERTISEMENT - CONTINUE READING BELOW", "Sponsored". */
    static final BlockRule AD_MARKER = new BlockRule() {
        private final Pattern marker = Pattern.compile(
                "^\\[?\\s*ad[s_ -]?\\d*\\s*\\]?$|^(advertisement|advertising|sponsored( content)?|anzeige|werbung|publicité|pub"
                        + "|publicidad|anuncio|广告|реклама)"
                        + "(\\s*[-–—:|]\\s*.{0,40})?$|^(story continues|article continues) below( advertisement)?\\.?$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

        @Override
        public String reasonToDrop(Element block, String text) {
            return text.length() <= 80 && marker.matcher(text).find() ? "ad-marker" : null;
        }
    };

    /** Share, follow, log-in, subscribe and newsletter prompts. */
    static final BlockRule PROMPT = new BlockRule() {
        private final Pattern prompt = Pattern.compile(
                "^(share (this|on|via|article|story)|click to (share|print|email)|follow us|follow @|"
                        + "sign up (for|to)|subscribe (to|now|for|today)|log ?in to|sign in to|create (a free|an) account|"
                        + "already (a subscriber|have an account)|register (now|for free|to)|"
                        + "get (our|the) .{0,40}newsletter|(join|get) .{0,30} newsletter|enter your e-?mail)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

        @Override
        public String reasonToDrop(Element block, String text) {
            return text.length() <= SHORT && prompt.matcher(text).find() ? "share-login-prompt" : null;
        }
    };

    /** Cookie and consent notices. */
    static final BlockRule COOKIE_NOTICE = new BlockRule() {
        private final Pattern cookie = Pattern.compile(
                "\\b(we|this (web)?site) uses? cookies\\b|\\baccept (all )?cookies\\b|\\bcookie (policy|settings)\\b",
                Pattern.CASE_INSENSITIVE);

        @Override
        public String reasonToDrop(Element block, String text) {
            return text.length() <= 400 && cookie.matcher(text).find() ? "cookie-notice" : null;
        }
    };

    /** "Related:", "Read more: …", "Most Popular", "You may also like": links out of the article. */
    static final BlockRule RECIRCULATION = new BlockRule() {
        private final Pattern label = Pattern.compile(
                "^(related( (articles?|stories|coverage|content|news|reading|links))?|read (more|also|next)|"
                        + "also read|more from|more on this|most (popular|read|viewed|shared)|recommended( for you)?|"
                        + "you (may|might) (also )?like|trending( now)?|top stories|latest (news|stories)|"
                        + "don'?t miss|see also|watch)\\b\\s*[:|»>-]?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

        @Override
        public String reasonToDrop(Element block, String text) {
            if (!label.matcher(text).find()) return null;
            boolean bareLabel = label.matcher(text).replaceFirst("").isBlank();
            if (bareLabel && text.length() <= 40) return "recirculation";
            if (text.length() <= SHORT && TextMeasures.linkDensity(block) > 0.3) return "recirculation";
            return null;
        }
    };

    /** Comment counts and comment-widget leftovers. */
    static final BlockRule COMMENTS = new BlockRule() {
        private final Pattern comments = Pattern.compile(
                "^(\\d+\\s+)?comments?$|^(leave|post|add|write) a (comment|reply)|^(show|view|load) (all )?(\\d+ )?comments"
                        + "|^comments? (are|have been) (closed|disabled)|^be the first to comment",
                Pattern.CASE_INSENSITIVE);

        @Override
        public String reasonToDrop(Element block, String text) {
            return text.length() <= 80 && comments.matcher(text).find() ? "comment-widget" : null;
        }
    };

    /** Tag lists and copyright lines that close an article. */
    static final BlockRule TAGS_AND_COPYRIGHT = new BlockRule() {
        private final Pattern tags = Pattern.compile("^(tags|topics|filed under|categories)\\s*[:：]", Pattern.CASE_INSENSITIVE);
        private final Pattern copyright = Pattern.compile(
                "^(copyright\\b|©|\\(c\\) \\d{4})|all rights reserved\\.?$", Pattern.CASE_INSENSITIVE);

        @Override
        public String reasonToDrop(Element block, String text) {
            if (text.length() <= 200 && tags.matcher(text).find()) return "tag-list";
            if (text.length() <= 160 && copyright.matcher(text).find()) return "copyright";
            return null;
        }
    };
}
