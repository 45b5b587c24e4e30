package io.storyline.nlp.time;

import io.storyline.language.Tense;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Runs one rule on a made-up sentence, from a given word, and resolves what it read against a fixed anchor. */
final class RuleProbe {
    /** A Thursday, in the second quarter and in spring. */
    static final LocalDate ANCHOR = LocalDate.of(2024, 4, 4);

    private final String text;
    private final TokenView tokens;

    private RuleProbe(String text) {
        this.text = text;
        this.tokens = new TokenView(TimeTokenizer.tokenize(text));
    }

    static RuleProbe of(String text) {
        return new RuleProbe(text);
    }

    /** The rule's match from the first token spelled {@code word}, if any. */
    Optional<TimeMatch> match(TimeRule rule, String word) {
        return rule.match(tokens, indexOf(word));
    }

    /** The rule's match from {@code word}, failing the test when there is none. */
    TimeMatch expect(TimeRule rule, String word) {
        return match(rule, word).orElseGet(() -> fail("no match from \"" + word + "\" in \"" + text + "\""));
    }

    void expectNone(TimeRule rule, String word) {
        Optional<TimeMatch> match = match(rule, word);
        assertTrue(match.isEmpty(), () -> "unexpected \"" + surface(match.get()) + "\" in \"" + text + "\"");
    }

    /** The text the match covers. */
    String surface(TimeMatch match) {
        return text.substring(tokens.get(match.first()).start(), tokens.get(match.end() - 1).end());
    }

    int indexOf(String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token \"" + word + "\" in \"" + text + "\"");
    }

    static Resolution resolve(TimeMatch match, Tense tense) {
        return match.resolver().resolve(new ResolutionContext(ANCHOR, tense, null, false, null, null));
    }

    /** Resolved after an earlier expression of value {@code reference} in the same or the previous sentence. */
    static Resolution resolveAfter(TimeMatch match, String reference) {
        return match.resolver().resolve(new ResolutionContext(ANCHOR, Tense.PAST, reference, true, null, null));
    }

    /** Resolved in a document reporting on {@code period} ("2024-Q1"). */
    static Resolution resolveInPeriod(TimeMatch match, String period) {
        return match.resolver().resolve(new ResolutionContext(ANCHOR, Tense.PAST, null, false, null, period));
    }

    static String value(TimeMatch match, Tense tense) {
        return resolve(match, tense).value();
    }
}
