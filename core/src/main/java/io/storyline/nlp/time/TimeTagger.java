package io.storyline.nlp.time;

import io.storyline.language.Tense;
import io.storyline.language.TenseReader;
import io.storyline.nlp.TimeMention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds time expressions in text and normalises them TimeML style against an anchor date (the document's creation
 * date). Stateless and thread-safe: the rule base is static and each call builds its own token list.
 */
public final class TimeTagger {
    private static final TenseReader TENSE = TenseReader.forTimeExpressions();

    /** Every time expression of {@code text}, in text order, resolved against {@code anchor}. */
    public List<TimeMention> tag(String text, LocalDate anchor) {
        List<TimeToken> tokens = TimeTokenizer.tokenize(text);
        TimeGrammar grammar = new TimeGrammar(tokens);
        List<TimeMention> mentions = new ArrayList<>();
        List<Integer> sentences = new ArrayList<>();
        References references = new References();
        int i = 0;
        while (i < tokens.size()) {
            TimeMatch match = grammar.longestAt(i).orElse(null);
            if (match == null) {
                i++;
                continue;
            }
            mentions.add(resolve(text, tokens, match, anchor, references));
            sentences.add(tokens.get(match.first()).sentence());
            i = match.end();
            if (match.rangeEnd().isPresent()) {
                TimeMatch rangeEnd = match.rangeEnd().get();
                mentions.add(resolve(text, tokens, rangeEnd, anchor, references));
                sentences.add(tokens.get(rangeEnd.first()).sentence());
                i = rangeEnd.end();
            }
        }
        dateClockTimesByLaterDay(mentions, sentences);
        return mentions;
    }

    /**
     * A clock time that found no date before it takes the first full date after it in the same sentence
     * ("at about 10:35 a.m. (0735 GMT) Friday"), which a left-to-right pass cannot see yet.
     */
    private static void dateClockTimesByLaterDay(List<TimeMention> mentions, List<Integer> sentences) {
        for (int m = 0; m < mentions.size(); m++) {
            TimeMention time = mentions.get(m);
            if (!time.type().equals(Resolution.TIME) || !time.evidence().endsWith(ON_ANCHOR_DATE)) {
                continue;
            }
            for (int later = m + 1; later < mentions.size() && sentences.get(later).equals(sentences.get(m)); later++) {
                LocalDate day = TimeMlValues.asDay(mentions.get(later).value());
                if (day != null && mentions.get(later).value().length() == 10) {
                    String value = TimeMlValues.day(day) + time.value().substring(10);
                    String evidence = time.evidence().substring(0, time.evidence().length() - ON_ANCHOR_DATE.length())
                            + "on the date later in its sentence";
                    mentions.set(m, new TimeMention(time.surface(), time.start(), time.end(), time.type(), value,
                            evidence));
                    break;
                }
            }
        }
    }

    private static final String ON_ANCHOR_DATE = "on the anchor date";

    private static TimeMention resolve(String text, List<TimeToken> tokens, TimeMatch candidate,
                                       LocalDate anchor, References references) {
        int sentence = tokens.get(candidate.first()).sentence();
        int start = tokens.get(candidate.first()).start();
        int end = tokens.get(candidate.end() - 1).end();
        Tense tense = TENSE.around(text, sentenceStart(tokens, candidate.first()),
                sentenceEnd(tokens, candidate.end() - 1), start, end);
        ResolutionContext context = new ResolutionContext(anchor, tense, references.value,
                references.value != null && sentence - references.sentence <= 1,
                references.daySentence == sentence ? references.day : null, references.period);
        Resolution r = candidate.resolver().resolve(context);
        references.note(r, sentence);
        String evidence = "anchor " + anchor + "; " + r.rule();
        return new TimeMention(text.substring(start, end), start, end, r.type(), r.value(), evidence);
    }

    private static int sentenceStart(List<TimeToken> tokens, int i) {
        int sentence = tokens.get(i).sentence();
        while (i > 0 && tokens.get(i - 1).sentence() == sentence) i--;
        return tokens.get(i).start();
    }

    private static int sentenceEnd(List<TimeToken> tokens, int i) {
        int sentence = tokens.get(i).sentence();
        while (i + 1 < tokens.size() && tokens.get(i + 1).sentence() == sentence) i++;
        return tokens.get(i).end();
    }

    /** The last calendar value and the last full date met, for "a year earlier" and "at 10 a.m.". */
    private static final class References {
        String value;
        int sentence = -10;
        LocalDate day;
        int daySentence = -10;
        String period;

        void note(Resolution r, int sentenceIndex) {
            if ((r.type().equals(Resolution.DATE) || r.type().equals(Resolution.TIME))
                    && TimeMlValues.isCalendar(r.value())) {
                value = r.value();
                sentence = sentenceIndex;
                LocalDate d = TimeMlValues.asDay(r.value());
                if (d != null) {
                    day = d;
                    daySentence = sentenceIndex;
                }
                if (r.value().length() == 7 && (r.value().charAt(5) == 'Q' || r.value().charAt(5) == 'H')
                        && r.rule().startsWith("quarter")) {
                    period = r.value();
                }
            }
        }
    }
}
