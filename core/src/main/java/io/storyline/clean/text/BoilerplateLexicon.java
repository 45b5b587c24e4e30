package io.storyline.clean.text;

import io.storyline.clean.boilerplate.FurniturePhrases;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Phrases that page furniture uses across many sites and several languages (English, French, German,
 * Spanish, Italian, Portuguese, Dutch): ad slots, share and log-in prompts, legal notices, comment widgets,
 * feed stamps, date and weather widgets, tracking identifiers. Each rule names the reason a line is dropped.
 * Whole-line rules ({@code label}) only fire on short lines; phrase rules fire on longer lines but use
 * wording that running news prose does not. Rules are written in lower case and matched against the
 * lower-cased line (case-insensitive Unicode matching is several times slower).
 */
public final class BoilerplateLexicon {

    private record Rule(String reason, Pattern pattern, int maxWords, boolean wholeLine) {
    }

    private static Rule label(String reason, String regex) {
        return new Rule(reason, Pattern.compile("^(?:" + regex + ")[\\s:.!»›>…|-]*$"), 12, true);
    }

    private static Rule shortPhrase(String reason, String regex, int maxWords) {
        return new Rule(reason, Pattern.compile(regex), maxWords, false);
    }

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|février|mars|avril|mai|juin|juillet"
            + "|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero"
            + "|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\\.?";
    private static final String WEEKDAY = "(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?"
            + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag"
            + "|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo";
    private static final String CLOCK = "\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*(?:[a-z]{2,4}|gmt[+-]?\\d*|utc[+-]?\\d*))?";
    private static final String DATE = "(?:(?:" + WEEKDAY + "),?\\s*)?(?:"
            + "\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}"
            + "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?(?:\\s+\\d{4})?"
            + "|\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+(?:de\\s+)?" + MONTH + ",?(?:\\s+(?:de\\s+)?\\d{4})?"
            + "|" + MONTH + "\\s+\\d{4})";

    private static final List<Rule> RULES = List.of(
            // ad slots
            label("ad-marker", "\\[\\s*ad[_ -]?\\d*\\s*\\]|\\(?advert(?:isement|s)?\\)?|ads?|sponsored(?: content| links?| post)?"
                    + "|promoted(?: content| stories)?|publicité|anzeige|werbung|publicidad|pubblicità|publicidade|advertentie|reklame"
                    + "|ad choices|adchoices|story continues below(?: this)? advertisement|continue reading below"
                    + "|scroll (?:down )?to continue(?: reading)?|skip ad|report this ad|close ad"),
            shortPhrase("ad-marker", "^\\[?\\s*ad[_ ]?\\d+\\s*\\]?$|\\bcontinue reading the main story\\b", 12),
            // video player controls dumped as text (video.js and the like)
            label("media-player", "play|pause|mute|unmute|fullscreen|non-fullscreen|exit fullscreen|play video|replay|"
                    + "current time.*|duration.*|remaining time.*|loaded: ?\\d+.*|progress: ?\\d+.*|stream type.*|live|"
                    + "playback rate.*|chapters|descriptions|subtitles|captions|audio track|quality levels|"
                    + "(?:descriptions|subtitles|captions|chapters) (?:off|settings).*|captions settings.*|default, selected|"
                    + "this is a modal window\\..*|beginning of dialog window.*|end of dialog window.*|close modal dialog|"
                    + "video player is loading\\.?|media player|now playing|up next|autoplay"),
            // navigation
            label("navigation", "home|menu|main menu|search|close|open|back|next|previous|prev|(?:scroll|back|go|return) to (?:the )?top|skip to (?:main )?(?:content|navigation)"
                    + "|skip to .{1,30}|go to (?:top|content)|back to top|top|toggle navigation|navigation|site navigation|sections"
                    + "|accueil|startseite|inicio|portada|página principal|retour en haut|volver arriba|torna su|zurück"
                    + "|(?:view|switch to) (?:mobile|desktop|full) (?:version|site)|load more|show more|see more|see all|view all"),
            shortPhrase("navigation", "^[^.!?]{1,60}(?:\\s+[>»›/|]\\s+[^.!?>»›|]{1,50}){1,8}$", 16),
            shortPhrase("navigation", "\\bskip to (?:main )?(?:content|navigation)\\b|\\bupgrade your browser\\b|\\benable javascript\\b"
                    + "|\\bjavascript (?:is )?(?:disabled|required)\\b|\\bbrowser (?:is )?(?:not supported|out of date)\\b", 25),
            // comment widgets
            label("comment-widget", "leave a (?:reply|comment)|post a comment|add a comment|write a comment|\\d+\\s+comments?|comments?(?: \\(\\d+\\))?"
                    + "|reply|cancel reply|join the (?:conversation|discussion)|show comments|view comments|laisser un commentaire"
                    + "|kommentare?|comentarios?|commenti|comentários|reacties|be the first to comment|no comments(?: yet)?"
                    + "|comment policy|community guidelines|lock icon|help-image.*"),
            shortPhrase("comment-widget", "^(?!.*[.!?:]\\s*$).*(?:\\bcomments?\\b|\\bkommentare?\\b|\\bcommentaires?\\b"
                    + "|\\bcomentarios?\\b|\\bcommenti\\b|\\bcomentários\\b|\\breacties\\b|\\bdiscussion\\b).*$", 5),
            shortPhrase("comment-widget", "\\bto (?:write|post|leave|add) (?:a )?comments?\\b|\\byour email address will not be published\\b|\\brequired fields are marked\\b"
                    + "|\\bcomments? (?:are|is) (?:closed|moderated|disabled)\\b|\\bcharacters? (?:left|remaining)\\b|\\(\\d+/\\d+\\S*\\)", 30),
            // sharing, log-in and subscription prompts
            shortPhrase("share-prompt", "^(?:(?:share|tweet|email|e-mail|mail|print|pin|pin it|save|copy link|copy|link|whatsapp|facebook"
                    + "|twitter|x|linkedin|reddit|telegram|messenger|flipboard|pinterest|tumblr|sms|more|comment|comments|subscribe|partager"
                    + "|teilen|compartir|condividi|compartilhar|delen|imprimer|drucken|imprimir|stampa|font size|text size|a\\+|a-"
                    + "|share (?:this|on|via) ?\\w*|share (?:article|story|page))[\\s,|/·•:]*){1,8}$", 12),
            shortPhrase("share-prompt", "\\b(?:log|sign) ?in (?:to|with|using|via)\\b.{0,40}\\b(?:account|facebook|twitter|google|apple|email)"
                    + "|\\b(?:log|sign) ?in to (?:comment|reply|continue|read|post|write|save|follow)"
                    + "|\\bplease (?:log|sign) ?in\\b|\\bfollow us (?:on|at)\\b"
                    + "|\\b(?:like|follow) us on (?:facebook|twitter|instagram|linkedin|x)\\b|\\bshare (?:this|the) (?:article|story|post|page)\\b"
                    + "|\\bsubscribe (?:to|now|today|for)\\b|\\bsign up (?:for|to|now|today)\\b|\\bnewsletter\\b|\\bunsubscribe\\b"
                    + "|\\bclick to (?:share|email|print|tweet|copy)\\b|\\bopens in (?:a )?new window\\b|\\bdownload (?:our|the) app\\b|\\bget the app\\b|\\bclick here\\b|\\bturn on (?:desktop )?notifications\\b"
                    + "|\\babonnez-vous\\b|\\binscrivez-vous\\b|\\bjetzt abonnieren\\b|\\bsuscr[ií]bete\\b|\\biscriviti\\b|\\bassine (?:já|agora)\\b"
                    + "|\\bconnectez-vous\\b|\\banmelden\\b|\\binicia sesión\\b|\\baccedi\\b", 30),
            // legal notices
            shortPhrase("legal-disclaimer", "^disclaimer\\b|\\bwithout (?:any )?warrant(?:y|ies)\\b|\\bas is\\W{0,3} without\\b"
                    + "|\\b(?:do|does) not (?:accept|assume) (?:any )?(?:responsibility|liability)\\b|\\baccepts? no (?:responsibility|liability)\\b"
                    + "|\\bfor (?:general )?informational purposes only\\b|\\bshall not be (?:held )?liable\\b", 150),
            shortPhrase("legal-disclaimer", "\\bdisclaimer\\b|\\bterms (?:of|and) (?:use|service|conditions)\\b|\\bprivacy (?:policy|notice|settings)\\b"
                    + "|\\bcookie (?:policy|settings|preferences)\\b|\\bwe use cookies\\b|\\bthis (?:site|website) uses cookies\\b"
                    + "|\\byour privacy\\b|\\bthis page was printed from\\b|\\bdo not sell my\\b|\\bmentions légales\\b"
                    + "|\\bhaftungsausschluss\\b|\\bdatenschutz\\b|\\baviso legal\\b|\\bnota legale\\b", 14),
            shortPhrase("copyright", "^\\s*(?:©|\\(c\\)\\s*\\d{4}|copyright\\b).*\\b(?:rights reserved|trade ?marks?|may not be)\\b", 150),
            shortPhrase("copyright", "©|\\(c\\)\\s*\\d{4}|\\bcopyright\\b|\\ball rights reserved\\b|\\btous droits réservés\\b"
                    + "|\\balle rechte vorbehalten\\b|\\btodos los derechos reservados\\b|\\btutti i diritti riservati\\b"
                    + "|\\bmay not be (?:published|reproduced|redistributed|rewritten)\\b", 40),
            // feed and source stamps
            shortPhrase("source-link", "^(?:source|sources|via|source link|original article|read the original(?: article)?(?: here)?|read (?:the )?full (?:article|story)(?: here)?"
                    + "|originally published (?:at|on|by)\\b.*|source ?:.{0,60}|quelle ?:.{0,60}|fuente ?:.{0,60}|fonte ?:.{0,60})$", 14),
            // a news ticker: time-stamped headlines
            shortPhrase("teaser", "^\\d{1,2}[:h.]\\d{2}\\s+(?:[ap]\\.?m\\.?\\s+)?\\p{L}(?!.*[.!?]$).*$", 25),
            // widgets whose heading names what they hold
            shortPhrase("widget-heading", "^(?:(?:[\\p{L}'’-]+\\s+){0,4}(?:cartoons?|photos?|photo gallery|gallery|galleries|slideshows?|videos?"
                    + "|podcasts?|quiz(?:zes)?|puzzles?|crosswords?|horoscopes?|newsletters?|tags|categories|filed under"
                    + "|keywords?|trending)(?:\\s+[\\p{L}'’-]+){0,4})\\s*:?.{0,0}$", 8),
            shortPhrase("widget-heading", "^(?:tags?|topics?|categories|category|filed under|keywords?|mots-clés|schlagwörter|etiquetas|temi)\\s*:.*$", 30)
    );

    /** Openers of a block of links to other stories; what follows them are teasers until prose resumes. */
    private static final Pattern BLOCK_OPENER = Pattern.compile("^(?:"
            + "related(?: articles?| stories| story| posts?| news| content| coverage| reading| links?| topics)?"
            + "|(?:read|see|watch) (?:more|also|next)(?: on| about| from)?.{0,30}|also read|also see|must read|more (?:from|on|in|about|stories|news|articles|to read|like this).{0,30}"
            + "|most (?:popular|read|viewed|shared|commented|emailed)(?: articles| stories| news| posts| now| today)?"
            + "|(?:latest|recent|top|trending|popular|featured|other|similar|further|more) (?:posts?|news|stories|articles|headlines|reads)"
            + "|latest|trending(?: now)?|you (?:may|might|could|will) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| stories| reading)?"
            + "|editor'?s? picks?|don'?t miss|what to read next|up next|in other news|in case you missed it|elsewhere on .{1,30}"
            + "|lire aussi|à lire aussi|a lire aussi|voir aussi|sur le même sujet|les plus lus|dans la même rubrique"
            + "|mehr zum thema|lesen sie auch|auch interessant|das könnte sie (?:auch )?interessieren|meistgelesen"
            + "|leer más|lee también|te puede interesar|noticias relacionadas|lo más leído|ver también"
            + "|leggi anche|articoli correlati|potrebbe interessarti|i più letti"
            + "|leia também|veja também|mais lidas|notícias relacionadas|lees ook|gerelateerd|meest gelezen"
            + ")[\\s:.!»›>…|-]*$");

    private static final Pattern DATE_WIDGET = Pattern.compile("^(?:(?:date|dated|published|updated|posted|last updated|modified|"
            + "publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato)(?: on| at)?\\s*:?\\s*)?"
            + "(?:" + DATE + ")?(?:,?\\s*(?:at\\s*)?" + CLOCK + ")?"
            + "(?:\\s*\\|\\s*(?:" + DATE + "|" + CLOCK + "))?$");
    private static final Pattern TEMPERATURE = Pattern.compile("^-?\\d{1,3}(?:[.,]\\d)?\\s*°?\\s*[cf]$|^-?\\d{1,3}(?:[.,]\\d)?\\s*°$");
    private static final Pattern RELATIVE_TIME = Pattern.compile("^(?:updated |posted |published )?(?:\\d+|an?|one)\\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\\s+ago$");
    private static final Pattern TRACKING_ID = Pattern.compile("^(?=(?:\\D*\\d){8})[A-Za-z0-9_-]{16,}$");
    private static final Pattern FEED_STAMP = Pattern.compile("^(?:https?://\\S+|www\\.\\S+)(?:\\s+.{0,40})?$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_WIDGET_CHARS = 80;
    private static final Pattern COMMENT_SECTION = Pattern.compile("^(?:leave a (?:reply|comment)|post a comment|add a comment"
            + "|write a comment|join the (?:conversation|discussion)|\\d+\\s+(?:comments?|responses?|replies)"
            + "|there (?:are|is) \\d+ comments?|comments are closed|be the first to comment"
            + "|(?:show|view|read|see|load) (?:all )?(?:\\d+ )?comments?(?: \\(\\d+\\))?|comments? \\(\\d+\\)|\\d+ thoughts on .*"
            + "|laisser un commentaire|\\d+ commentaires?|kommentare? \\(\\d+\\)|\\d+ kommentare?|deja (?:un|tu) comentario"
            + "|\\d+ comentarios?|lascia un commento|\\d+ commenti)[\\s:.!»›>…|-]*$");
    private static final Pattern COMMENT_STAMP = Pattern.compile("^[^.!?]{1,50}?\\s*(?:·|\\||—|–|-|\\bon\\b|\\bsays:?|\\bsaid:?)\\s*"
            + DATE + "(?:,?\\s*(?:at\\s*)?" + CLOCK + ")?$");
    private static final Pattern EDGE_FURNITURE = Pattern.compile("^[\\p{Punct}–—•·|»«\\s]+|[–—•·|\\s]+$");
    private static final Pattern FEED_ORIGIN = Pattern.compile("^from\\s+\\S.{0,60}$");
    private static final Set<String> LONE_LABELS = Set.of("date", "by", "author", "photo", "image", "credit", "posted", "published", "updated");

    /** A tag leaked into the text: "<form class=…", "</div>". */
    private static final Pattern MARKUP = Pattern.compile("^</?[a-z][a-z0-9-]*(?:\\s+[a-z_:-]+\\s*=|\\s*/?>)");
    private static final FurniturePhrases PHRASES = new FurniturePhrases();

    private static final Set<String> TOOL_WORDS = Set.of("share", "print", "email", "e-mail", "mail", "tweet", "save",
            "bookmark", "font", "text", "size", "listen", "comment", "comments", "like", "follow", "facebook", "twitter",
            "whatsapp", "linkedin", "reddit", "pinterest", "copy", "link", "download", "pdf", "a+", "a-", "aa");

    /** The reason this line is page furniture, or empty when no lexicon rule applies. */
    public Optional<String> reasonFor(String line, LineFeatures features) {
        String text = line.strip();
        if (isToolBar(text)) {
            return Optional.of("share-prompt");
        }
        if (TRACKING_ID.matcher(text).matches() && features.words() == 1) {
            return Optional.of("tracking-id");
        }
        if (FEED_STAMP.matcher(text).matches() && features.words() <= 8) {
            return Optional.of("feed-stamp");
        }
        if (isDateWidget(text)) {
            return Optional.of("date-widget");
        }
        if (isCommentStamp(text)) {
            return Optional.of("comment-widget");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String bare = EDGE_FURNITURE.matcher(lower).replaceAll("");
        for (Rule rule : RULES) {
            if (features.words() <= rule.maxWords()
                    && (rule.pattern().matcher(lower).find() || !bare.equals(lower) && rule.pattern().matcher(bare).find())) {
                return Optional.of(rule.reason());
            }
        }
        Optional<String> furniture = furnitureReason(text);
        if (furniture.isPresent()) {
            return furniture;
        }
        return labelledReason(text, features);
    }

    /** Captions with a credit, embed placeholders, reader prompts, leaked markup. */
    private static Optional<String> furnitureReason(String text) {
        if (PHRASES.isCaptionWithCredit(text)) return Optional.of("caption");
        if (PHRASES.isEmbedPlaceholder(text)) return Optional.of("embed-placeholder");
        if (PHRASES.isReaderPrompt(text)) return Optional.of("reader-prompt");
        if (MARKUP.matcher(text).find()) return Optional.of("markup");
        return Optional.empty();
    }

    /**
     * "Sponsored: …", "READ MORE: …": a label the lexicon knows, a colon, and something that is not a
     * sentence: the label says what the line is.
     */
    private Optional<String> labelledReason(String text, LineFeatures features) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > 30 || features.endsLikeSentence() || features.words() > 20) {
            return Optional.empty();
        }
        String label = text.substring(0, colon).strip();
        LineFeatures labelFeatures = LineFeatures.of(label);
        if (labelFeatures.words() > 3) {
            return Optional.empty();
        }
        if (isBlockOpener(label, labelFeatures)) {
            return Optional.of("teaser");
        }
        for (Rule rule : RULES) {
            if (rule.wholeLine() && rule.pattern().matcher(label.toLowerCase(Locale.ROOT)).matches()) {
                return Optional.of(rule.reason());
            }
        }
        return Optional.empty();
    }

    /** A short row of page tools ("Print Email Share", "print dictionary print"): most of its words are tool names. */
    private static boolean isToolBar(String text) {
        String[] tokens = text.toLowerCase(Locale.ROOT).split("[\\s|/·•,]+");
        if (tokens.length < 2 || tokens.length > 6) {
            return false;
        }
        long tools = java.util.Arrays.stream(tokens).filter(TOOL_WORDS::contains).count();
        return tools * 3 >= tokens.length * 2;
    }

    /** "Jane · March 10, 2017 at 1:26 AM": a name and a time stamp, the head of a reader comment. */
    public boolean isCommentStamp(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.length() <= MAX_WIDGET_CHARS && COMMENT_STAMP.matcher(t).matches();
    }

    /** The head of a comment section ("Leave a Reply", "27 Comments", "View comments (27)"): the article is over. */
    public boolean opensCommentSection(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.length() <= MAX_WIDGET_CHARS && COMMENT_SECTION.matcher(t).matches();
    }

    public boolean isDateWidget(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.length() > MAX_WIDGET_CHARS) {
            return false;
        }
        if (LONE_LABELS.contains(t.replaceAll("[:\\s]+$", ""))) {
            return true;
        }
        return (DATE_WIDGET.matcher(t).matches() && t.chars().anyMatch(Character::isDigit))
                || TEMPERATURE.matcher(t).matches() || RELATIVE_TIME.matcher(t).matches();
    }

    /** "from Some Feed" after a feed stamp: the syndication origin IFTTT-style feeds append. */
    public boolean isFeedOrigin(String text) {
        return FEED_ORIGIN.matcher(text.strip()).matches();
    }

    public boolean isBlockOpener(String line, LineFeatures features) {
        return features.words() <= 8 && (BLOCK_OPENER.matcher(line.strip().toLowerCase(Locale.ROOT)).matches()
                || PHRASES.isRecirculationLabel(line));
    }
}
