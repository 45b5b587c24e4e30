package io.storyline.events.coding;

import io.storyline.events.DateBasis;

import io.storyline.nlp.DependencyTree;
import io.storyline.nlp.SyntaxNode;
import io.storyline.nlp.TimeMention;
import io.storyline.nlp.UniversalPos;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates an event from the time expressions attached to its verb in the tree ("met on Sunday": the time's words hang
 * below the verb with no other clause's verb between), else from the article's date, which the event happened on or
 * before; the basis says which.
 */
public final class EventDater {
    private static final Pattern DATE = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?$");
    private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern DAY_RANGE = Pattern.compile("^(\\d{1,2})[-–](\\d{1,2})$");
    private static final Pattern LENGTH = Pattern.compile("^(two|three|four|five|six|seven|\\d{1,2})-day$");
    private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven");
    private static final Set<String> RANGE_WORDS = Set.of("-", "–", "—", "to", "and", "through", "until", "till");

    /**
     * The date at its granularity (null when none) and the last day when the report gives one (else the same),
     * "stated" or "article", and the words that decided it.
     */
    public record Dating(String value, String end, DateBasis basis, String evidence) {
        public Dating(String value, DateBasis basis, String evidence) {
            this(value, value, basis, evidence);
        }
    }

    /** Dependents that make a clause a clause of its own rather than a description of a noun (UD relations). */
    private static final Set<String> CLAUSE_OF_ITS_OWN = Set.of("nsubj", "aux", "mark", "cop");

    private final Set<String> reporting;

    /** @param reporting lemmas of verbs of saying, whose times date the report rather than the event */
    public EventDater(Set<String> reporting) {
        this.reporting = Set.copyOf(reporting);
    }

    public Dating date(DependencyTree tree, int verb, List<TimeMention> times, String published) {
        for (TimeMention time : finestFirst(times)) {
            if (time.value() == null || !DATE.matcher(time.value()).matches() || startsAfterUntil(tree, time)) {
                continue;
            }
            for (SyntaxNode node : tree.nodes()) {
                if (node.token().start() >= time.start() && node.token().end() <= time.end() && attached(tree, verb, node.index())) {
                    String why = "'" + time.surface() + "' modifies '" + tree.node(verb).text() + "'";
                    Optional<String> lastDay = lastDayInToken(tree, time);
                    if (lastDay.isPresent()) {
                        return new Dating(time.value(), lastDay.get(), DateBasis.STATED, why + ", a range of days in one word");
                    }
                    return end(tree, verb, time, times).map(e -> new Dating(time.value(), e.value(), DateBasis.STATED,
                            why + ", until '" + e.surface() + "'")).orElseGet(() -> days(tree, verb, time)
                            .map(n -> new Dating(time.value(), LocalDate.parse(time.value()).plusDays(n - 1).toString(),
                                    DateBasis.STATED, why + ", lasting " + n + " days"))
                            .orElse(new Dating(time.value(), DateBasis.STATED, why)));
                }
            }
        }
        List<TimeMention> inSentence = times.stream().filter(t -> t.value() != null && DAY.matcher(t.value()).matches()
                && inSentence(tree, t) && !startsAfterUntil(tree, t)).toList();
        if (inSentence.size() == 1 && !datesAnotherClause(tree, verb, inSentence.get(0))) {
            // the parse hung the sentence's only day elsewhere ("sanctions on ships … shipping containers on
            // Tuesday"); unless it dates the report ("said Tuesday") or another clause with its own subject ("as
            // ministers met on Wednesday") it dates the event
            TimeMention only = inSentence.get(0);
            return new Dating(only.value(), DateBasis.STATED, "'" + only.surface() + "' is the only day the sentence states");
        }
        return new Dating(published, DateBasis.ARTICLE, published == null ? "no date stated and the article is undated"
                : "no date attached to the verb: on or before the article's date");
    }

    /** The far end of a range: "June 29-30", "from Monday until February 1", a later day of the same sentence. */
    private static Optional<TimeMention> end(DependencyTree tree, int verb, TimeMention start, List<TimeMention> times) {
        for (TimeMention t : times) {
            if (t == start || t.value() == null || !DAY.matcher(t.value()).matches() || !DAY.matcher(start.value()).matches()
                    || t.start() < start.end() || !LocalDate.parse(t.value()).isAfter(LocalDate.parse(start.value()))) {
                continue;
            }
            List<SyntaxNode> gap = tree.nodes().stream()
                    .filter(n -> n.token().start() >= start.end() && n.token().end() <= t.start()).toList();
            boolean adjacent = !gap.isEmpty() && gap.size() <= 2 && gap.stream().allMatch(n -> RANGE_WORDS.contains(lower(n)));
            if (adjacent || startsAfterUntil(tree, t) && inSentence(tree, t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** "a two-day visit": the length said by a word of the verb's arguments. */
    private static Optional<Integer> days(DependencyTree tree, int verb, TimeMention start) {
        if (!DAY.matcher(start.value()).matches()) {
            return Optional.empty();
        }
        for (SyntaxNode node : tree.subtree(verb)) {
            Matcher m = LENGTH.matcher(lower(node));
            if (m.matches()) {
                int n = NUMBERS.indexOf(m.group(1));
                return Optional.of(n >= 0 ? n + 1 : Integer.parseInt(m.group(1)));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the time hangs on a verb of saying (then it is when the report was made) or on another verb with a
     * subject of its own (then it is when that happened).
     */
    private boolean datesAnotherClause(DependencyTree tree, int verb, TimeMention t) {
        for (SyntaxNode node : tree.nodes()) {
            if (node.token().start() >= t.start() && node.token().end() <= t.end()) {
                for (int at = node.head(), steps = 0; at >= 0 && steps < tree.size(); at = tree.node(at).head(), steps++) {
                    if (tree.node(at).pos() == UniversalPos.VERB) {
                        return reporting.contains(tree.node(at).lemma().toLowerCase(Locale.ROOT)) || at != verb
                                && tree.children(at).stream().anyMatch(c -> c.baseRelation().equals("nsubj"));
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static boolean startsAfterUntil(DependencyTree tree, TimeMention t) {
        for (int i = 1; i < tree.size(); i++) {
            if (tree.node(i).token().start() == t.start()) {
                String before = lower(tree.node(i - 1));
                return before.equals("until") || before.equals("till") || before.equals("through");
            }
        }
        return false;
    }

    private static boolean inSentence(DependencyTree tree, TimeMention t) {
        return t.start() >= tree.node(0).token().start() && t.end() <= tree.node(tree.size() - 1).token().end();
    }

    private static String lower(SyntaxNode n) {
        return n.text().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code word} hangs below {@code verb} without passing another verb on the way. */
    private static boolean attached(DependencyTree tree, int verb, int word) {
        for (int at = tree.node(word).head(), steps = 0; at >= 0 && steps < tree.size(); at = tree.node(at).head(), steps++) {
            if (at == verb) {
                return true;
            }
            // a participle or relative clause describing a noun of the event ("the summit scheduled for June
            // 29-30", "which will be held on July 11-12") dates it; any other verb has its own time
            if (tree.node(at).pos() == UniversalPos.VERB && !tree.node(at).baseRelation().equals("acl")) {
                int noun = describedNoun(tree, at);
                if (noun < 0) {
                    return false;
                }
                at = noun; // the loop goes on from the noun's head
                if (at == verb) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The times, those naming a day before those naming a month or year: "this year's summit, held on July 11-12"
     * is dated by the day, which the year only contains.
     */
    private static List<TimeMention> finestFirst(List<TimeMention> times) {
        return times.stream().sorted(java.util.Comparator.comparingInt(
                (TimeMention t) -> t.value() == null ? 0 : -Math.min(t.value().length(), 10))).toList();
    }

    /**
     * The noun a participle clause set off by a comma describes when the parser hung it on a verb ("attend the
     * summit in Madrid, scheduled for June 29-30"): the word before the comma; -1 when the clause has its own
     * subject, auxiliary or conjunction, or is no such clause.
     */
    private static int describedNoun(DependencyTree tree, int clause) {
        SyntaxNode node = tree.node(clause);
        if (!node.baseRelation().equals("advcl") || clause < 2 || !tree.node(clause - 1).text().equals(",")
                || tree.children(clause).stream().anyMatch(c -> c.index() < clause && !c.baseRelation().equals("punct"))
                || tree.children(clause).stream().anyMatch(c -> CLAUSE_OF_ITS_OWN.contains(c.baseRelation()))) {
            return -1;
        }
        SyntaxNode before = tree.node(clause - 2);
        return before.pos() == UniversalPos.NOUN || before.pos() == UniversalPos.PROPN ? before.index() : -1;
    }

    /** The last day of a range written as one word ("June 29-30"), whose first day the time layer dated. */
    private static Optional<String> lastDayInToken(DependencyTree tree, TimeMention time) {
        if (!DAY.matcher(time.value()).matches()) {
            return Optional.empty();
        }
        LocalDate first = LocalDate.parse(time.value());
        for (SyntaxNode node : tree.nodes()) {
            Matcher m = DAY_RANGE.matcher(node.text());
            if (node.token().start() < time.end() && node.token().end() > time.start() && m.matches()
                    && Integer.parseInt(m.group(1)) == first.getDayOfMonth()) {
                int last = Integer.parseInt(m.group(2));
                return last > first.getDayOfMonth() && last <= first.lengthOfMonth()
                        ? Optional.of(first.withDayOfMonth(last).toString()) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
