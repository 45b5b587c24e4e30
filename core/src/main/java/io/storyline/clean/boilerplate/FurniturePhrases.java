package io.storyline.clean.boilerplate;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Judges one short block of text (an HTML block or a line of a text dump) by the phrases page furniture uses in
 * many languages: picture captions that end in a credit, consent placeholders of embedded posts, reader prompts
 * and reading times, and the labels that open a list of links to other stories. The phrases come from
 * {@link PhraseList} resources; the patterns here only say where in the block they must stand. Every test is
 * limited to short blocks, so running prose is never judged by a phrase it happens to contain.
 */
public final class FurniturePhrases {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    static final int MAX_CAPTION = 320;
    private static final int MAX_PROMPT = 300;
    private static final int MAX_TEASER = 220;

    private final Pattern creditInBrackets;
    private final Pattern creditLine;
    private final Pattern agencyAtEnd;
    private final Pattern copyrightAtEnd;
    private final Pattern slideNumber;
    private final Pattern embedPlaceholder;
    private final Pattern readerPrompt;
    private final Pattern readingTime;
    private final Pattern openerAlone;
    private final Pattern openerWithTeaser;

    public FurniturePhrases() {
        this(PhraseList.load("caption-credit-labels.txt"), PhraseList.load("photo-agencies.txt"),
                PhraseList.load("embed-placeholders.txt"), PhraseList.load("reader-prompts.txt"),
                PhraseList.load("reading-time-labels.txt"), PhraseList.load("recirculation-openers.txt"));
    }

    public FurniturePhrases(PhraseList creditLabels, PhraseList agencies, PhraseList embedPlaceholders,
                            PhraseList readerPrompts, PhraseList readingTimeLabels, PhraseList openers) {
        String label = creditLabels.alternation(), agency = agencies.alternation();
        creditInBrackets = Pattern.compile("[(\\[]\\s*" + label + "\\s*[:：]\\s*[^()\\[\\]]{1,80}[)\\]]\\s*$", FLAGS);
        creditLine = Pattern.compile("^" + label + "\\s*[:：]\\s*\\S.{0,80}$", FLAGS);
        agencyAtEnd = Pattern.compile("(?:\\S\\s?/|[—–|]\\s*[^.!?—–|]{0,50}/)\\s*" + agency + "(?:\\s*/\\s*" + agency + ")*\\s*\\)?\\s*$",
                FLAGS);
        copyrightAtEnd = Pattern.compile("(?:^|\\s)\\|?\\s*©\\s*[^©.!?]{1,80}$", FLAGS);
        slideNumber = Pattern.compile("^\\d{1,3}\\s*/\\s*\\d{1,3}\\s+\\S");
        embedPlaceholder = Pattern.compile(embedPlaceholders.alternation(), FLAGS);
        readerPrompt = Pattern.compile("^" + readerPrompts.alternation() + "\\b", FLAGS);
        String time = readingTimeLabels.alternation();
        readingTime = Pattern.compile("^(?:" + time + "\\s*[:：]?\\s*(?:ca\\.?\\s*)?\\d{1,3}\\s*\\p{L}{0,10}\\.?"
                + "|\\d{1,3}\\s*" + time + ")$", FLAGS);
        String opener = openers.alternation();
        openerAlone = Pattern.compile("^" + opener + "[\\s:.!»›>…|-]*$", FLAGS);
        // without a colon only a label of several words counts, and only before a capital or a quote: "Auch
        // interessant ist, dass …" and "Related research shows …" are prose
        String severalWords = openers.only(p -> p.contains(" ")).alternation();
        openerWithTeaser = Pattern.compile("^(?:" + opener + "\\s*[:：»›>|]\\s*\\S|" + severalWords
                + "\\s+(?-iu:[\\p{Lu}«\"“„'‘0-9]))", FLAGS);
    }

    /** "… (Bild: Kantonspolizei Aargau)", "… | © Getty Images", "… — Bob Edme/AP", "Photo: Oakland Zoo". */
    public boolean isCaptionWithCredit(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_CAPTION) return false;
        return creditInBrackets.matcher(t).find() || copyrightAtEnd.matcher(t).find() || agencyAtEnd.matcher(t).find()
                || t.length() <= 100 && creditLine.matcher(t).matches();
    }

    /** "1/5 Am Freitagabend krachte …": a numbered slide of a picture gallery. */
    public boolean isNumberedSlide(String text) {
        String t = text.strip();
        return t.length() <= MAX_CAPTION && slideNumber.matcher(t).find() && isCaptionWithCredit(t);
    }

    /** "Twitter freischalten", "Media playback is unsupported on your device": a stand-in for an embedded item. */
    public boolean isEmbedPlaceholder(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.length() <= MAX_PROMPT && embedPlaceholder.matcher(t).find();
    }

    /** "Was this article helpful?", "Inhaltsverzeichnis", "Lesezeit: 2 Minuten". */
    public boolean isReaderPrompt(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 80) return false;
        return readerPrompt.matcher(t).find() || readingTime.matcher(t.toLowerCase(Locale.ROOT)).matches();
    }

    /** "Related", "Lue aiheesta lisää:", "Noticias relacionadas": a label alone that opens a list of other stories. */
    public boolean isRecirculationLabel(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.length() <= 60 && openerAlone.matcher(t).matches();
    }

    /** "Auch interessant: Flächenüberwachung mit Satelliten …", "Lire aussi X, « Y »": one teaser after its label. */
    public boolean isLabelledTeaser(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.length() <= MAX_TEASER && openerWithTeaser.matcher(t).find();
    }
}
