package io.storyline.nlp.quote;

import io.storyline.nlp.EntityMention;
import io.storyline.language.LexiconFile;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.SentenceSplitter;
import io.storyline.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides who said a quotation from the words around it: a speech verb (resource speech-verbs.txt) with the
 * speaker next to it, before ("Kim stated", "the NATO boss added", "X, spokesperson for Y, said", "X was quoted as
 * saying", "X told Politico") or after it ("said the NATO chief", "according to X"), after the quote or before it
 * ("X said that “…”", "X said in a statement:" ending the paragraph before). The cue is sought in the quote's
 * sentence, and in the next one when the quote ends with "?" or "!" (where the splitter ends a sentence). The
 * speaker phrase is searched clause by clause back from the verb and read as, in this order: a PERSON mention (a
 * surname alone stands for the full name met in the document), a title (the person it is attached to here, or the
 * one an earlier title it can stand for was attached to: "the NATO chief" -> "NATO Secretary General X"; a title
 * right before an unmarked capitalised name refers to nobody earlier), an organisation or place, or "he"/"she"
 * (the latest person who was a sentence subject or a speaker before it, else the latest person mentioned; gender is
 * not checked), or "it" (the same for organisations). A quote with no cue of its own continues the quote just before it in its paragraph, or the
 * previous paragraph's when it opens its paragraph and only blank lines lie between.
 * One instance serves one document (it remembers the speakers found so far); use a new one per document.
 */
final class SpeakerResolver {
    /** A decided speaker, with the evidence and where its cue is. */
    record Attribution(EntityMention speaker, String evidence, int cueOffset) {
    }

    private static final Set<String> SPEECH_VERBS = Set.copyOf(LexiconFile.lines(SpeakerResolver.class, "speech-verbs.txt"));
    private static final Set<String> AUXILIARIES = Set.of("was", "is", "were", "are", "has", "had", "have", "will",
            "would", "also", "later", "then", "further", "reportedly", "again", "once", "did", "does", "be",
            "been", "being", "repeatedly", "previously", "earlier", "recently", "publicly", "separately", "quickly",
            "simply", "only", "just", "even", "too");
    private static final Set<String> NP_STOPS = Set.of(",", ".", ";", ":", "as", "in", "on", "at", "during", "after",
            "before", "when", "while", "to", "and", "who", "which", "that", "adding", "citing", "referring", "with",
            "from", "by", "(", "—", "–", "-", "--", "!", "?", "told");
    private static final int MAX_CUE_DISTANCE = 14;

    private final QuoteDocument doc;
    private final List<int[]> quoteSpans = new ArrayList<>();
    private final List<Attribution> history = new ArrayList<>();
    private List<Attribution> subjects;

    SpeakerResolver(QuoteDocument doc, List<QuotedSpan> spans) {
        this.doc = doc;
        spans.forEach(s -> quoteSpans.add(new int[] {s.openMark(), s.closeMark() < 0 ? s.end() : s.closeMark() + 1}));
    }

    /**
     * The speaker of {@code span}; {@code previous} and {@code next} are the neighbouring quotations (or null),
     * {@code previousSpeaker} what was decided for {@code previous}.
     */
    Attribution attribute(QuotedSpan span, QuotedSpan previous, Attribution previousSpeaker, QuotedSpan next) {
        Attribution found = fromCues(span, previous, next);
        if (found == null && previousSpeaker != null && previousSpeaker.speaker() != null
                && continues(span, previous)) {
            found = new Attribution(previousSpeaker.speaker(),
                    "continues the quote before it, by " + previousSpeaker.speaker().surface(), span.openMark());
        }
        if (found == null) {
            found = new Attribution(null, "no speaker cue in its sentence", span.openMark());
        }
        if (found.speaker() != null) {
            history.add(found);
        }
        return found;
    }

    private Attribution fromCues(QuotedSpan span, QuotedSpan previous, QuotedSpan next) {
        int open = doc.tokenAt(span.openMark());
        int close = span.closeMark() >= 0 ? doc.tokenAt(span.closeMark()) : doc.tokenAt(span.end() - 1);
        Sentence closing = doc.sentenceAt(close < doc.tokens.size() ? doc.tokens.get(close).start() : span.end());
        Sentence opening = doc.sentenceAt(span.openMark());
        int rightFrom = close + 1;
        int rightTo = doc.tokenAt(closing.end());
        Token lastInside = close - 1 >= 0 ? doc.tokens.get(close - 1) : null;
        if (rightFrom >= rightTo && rightTo < doc.tokens.size() && lastInside != null && "?!…".contains(lastInside.text())
                && sameLine(doc.tokens.get(close), doc.tokens.get(rightTo))) {
            // “…?” Forte said. — the splitter ends the sentence at the question mark
            rightTo = doc.tokenAt(doc.sentenceAt(doc.tokens.get(rightTo).start()).end());
        }
        if (next != null) {
            rightTo = Math.min(rightTo, doc.tokenAt(next.openMark()));
        }
        int leftFrom = doc.tokenAt(opening.start());
        if (previous != null && previous.closeMark() >= 0) {
            leftFrom = Math.max(leftFrom, doc.tokenAt(previous.closeMark()) + 1);
        }
        boolean trailing = lastInside != null && ",?!—–-…".contains(lastInside.text());
        Attribution right = span.closeMark() >= 0 ? fromRight(rightFrom, rightTo) : null;
        if (trailing && right != null) {
            return right;
        }
        Attribution left = fromLeft(leftFrom, open);
        if (left == null && leftFrom == open && open > 0 && doc.tokens.get(open - 1).text().equals(":")) {
            // "X said in a statement:\n“…”": the cue ends the paragraph before
            Sentence before = doc.sentenceAt(doc.tokens.get(open - 1).start());
            left = fromLeft(doc.tokenAt(before.start()), open - 1);
        }
        return left != null ? left : right;
    }

    /** Cue after the quote: ", said X" / ", X said" / ", according to X" / "X was quoted as saying". */
    private Attribution fromRight(int from, int to) {
        int first = from;
        while (first < to && isPunctuation(doc.tokens.get(first).text())) {
            first++;
        }
        for (int v = first; v < to && v < first + MAX_CUE_DISTANCE; v++) {
            String word = lower(v);
            if (word.equals("according") && v + 1 < to && lower(v + 1).equals("to")) {
                return speakerAfter(v + 2, to, v, true);
            }
            if (SPEECH_VERBS.contains(word)) {
                if (v == first) {
                    return speakerAfter(v + 1, to, v, true);
                }
                return speakerBefore(first, v, true);
            }
            if (isClauseBreak(doc.tokens.get(v).text())) {
                return null;
            }
        }
        return null;
    }

    /** Cue before the quote: "X said (that|:) “…”", "According to X, “…”", "X described it as a “…”". */
    private Attribution fromLeft(int from, int to) {
        for (int v = to - 1; v >= from; v--) {
            String word = lower(v);
            if (word.equals("according") && v + 1 < to && lower(v + 1).equals("to")) {
                return speakerAfter(v + 2, to, v, true);
            }
            if (SPEECH_VERBS.contains(word)) {
                return speakerBefore(from, v, true);
            }
        }
        return null;
    }

    private Attribution speakerAfter(int from, int limit, int verb, boolean pronouns) {
        int to = from;
        while (to < limit && !NP_STOPS.contains(lower(to))) {
            to++;
        }
        return speakerIn(from, to, verb, true, pronouns);
    }

    private Attribution speakerBefore(int from, int verb, boolean pronouns) {
        int to = verb;
        while (to > from && AUXILIARIES.contains(lower(to - 1))) {
            to--;
        }
        if (verb >= 2 && lower(verb).equals("quoted") && lower(verb - 1).equals("be")) {
            return null; // "wishes to be quoted": no statement made
        }
        // Clause by clause back from the verb: "After … in South Carolina, he admitted" is "he";
        // "Lim, spokesperson for the ministry, said" reaches the appositive, then the name.
        int start = to;
        while (true) {
            int comma = start - 1;
            while (comma >= from && !lower(comma).equals(",")) {
                comma--;
            }
            Attribution found = speakerIn(Math.max(comma + 1, from), to, verb, false, pronouns);
            if (found != null || comma < from) {
                return found;
            }
            start = comma;
        }
    }

    /** The speaker named in tokens [from, to), preferring the one nearest the verb. */
    private Attribution speakerIn(int from, int to, int verb, boolean afterVerb, boolean pronouns) {
        if (from >= to) {
            return null;
        }
        int start = doc.tokens.get(from).start();
        int end = doc.tokens.get(to - 1).end();
        String cue = cueText(Math.min(from, verb), Math.max(to - 1, verb));
        int cueOffset = doc.tokens.get(verb).start();
        EntityMention person = nearest(mentionsIn(start, end, "PERSON"), afterVerb);
        if (person != null) {
            EntityMention full = doc.fullName(person);
            String how = full == person ? "" : " (surname of " + full.surface() + ")";
            return new Attribution(full, "\"" + cue + "\": person " + person.surface() + how, cueOffset);
        }
        RoleTitle role = nearestRole(start, end, afterVerb);
        if (role != null) {
            Attribution byRole = byRole(role, cue, cueOffset);
            if (byRole != null) {
                return byRole;
            }
        }
        for (String type : List.of("ORGANIZATION", "LOCATION")) {
            EntityMention body = nearest(mentionsIn(start, end, type), afterVerb);
            if (body != null) {
                return new Attribution(body, "\"" + cue + "\": " + type.toLowerCase(Locale.ROOT) + " " + body.surface(), cueOffset);
            }
        }
        for (int k = from; k < to && pronouns; k++) {
            String word = lower(k);
            if (word.equals("he") || word.equals("she")) {
                return byPronoun(doc.tokens.get(k), "PERSON", cue, cueOffset);
            }
            if (word.equals("it")) {
                return byPronoun(doc.tokens.get(k), "ORGANIZATION", cue, cueOffset);
            }
        }
        return null;
    }

    private Attribution byRole(RoleTitle role, String cue, int cueOffset) {
        TitleAttachment here = doc.attachmentOf(role);
        if (here != null) {
            EntityMention full = doc.fullName(here.person());
            return new Attribution(full, "\"" + cue + "\": " + full.surface() + ", " + role.mention().surface(), cueOffset);
        }
        if (namesSomeoneUnmarked(role)) {
            return null; // "President Obama" with no PERSON mention: a title of an unmarked name, not a back-reference
        }
        TitleAttachment earlier = doc.referent(role);
        if (earlier == null) {
            return null;
        }
        EntityMention full = doc.fullName(earlier.person());
        return new Attribution(full, "\"" + cue + "\": title \"" + role.mention().surface() + "\" -> \""
                + earlier.role().mention().surface() + "\" of " + full.surface() + " (" + earlier.how() + ")", cueOffset);
    }

    private boolean namesSomeoneUnmarked(RoleTitle role) {
        int k = doc.tokenAt(role.end());
        if (k >= doc.tokens.size() || !sameLine(doc.tokens.get(Math.max(0, k - 1)), doc.tokens.get(k))) {
            return false;
        }
        String next = doc.tokens.get(k).text();
        return Character.isUpperCase(next.charAt(0)) && !SPEECH_VERBS.contains(next.toLowerCase(Locale.ROOT));
    }

    /**
     * "he"/"she" (a PERSON; gender is not checked) or "it" (an ORGANIZATION): the latest of that type before it who
     * was a sentence subject or a speaker, else the latest mentioned outside quotations.
     */
    private Attribution byPronoun(Token pronoun, String type, String cue, int cueOffset) {
        Attribution latest = null;
        for (List<Attribution> source : List.of(subjects(), history)) {
            for (Attribution a : source) {
                if (a.cueOffset() < pronoun.start() && a.speaker().type().equals(type)
                        && (latest == null || a.cueOffset() > latest.cueOffset())) {
                    latest = a;
                }
            }
        }
        if (latest == null) {
            EntityMention mentioned = latestOutsideQuotes(pronoun.start(), type);
            return mentioned == null ? null : new Attribution(mentioned, "\"" + cue + "\": " + pronoun.text()
                    + " -> latest " + type.toLowerCase(Locale.ROOT) + " mentioned " + mentioned.surface(), cueOffset);
        }
        return new Attribution(latest.speaker(), "\"" + cue + "\": " + pronoun.text() + " -> latest subject or speaker "
                + latest.speaker().surface(), cueOffset);
    }

    private EntityMention latestOutsideQuotes(int before, String type) {
        EntityMention latest = null;
        for (EntityMention m : doc.entities) {
            if (m.start() >= before) {
                break;
            }
            if (m.type().equals(type) && !insideQuote(m.start())) {
                latest = m;
            }
        }
        return latest == null ? null : doc.fullName(latest);
    }

    /** Persons and organisations that open a sentence outside quotations ("Kim stated …", "The NATO chief expressed …"). */
    private List<Attribution> subjects() {
        if (subjects != null) {
            return subjects;
        }
        subjects = new ArrayList<>();
        for (Sentence sentence : doc.sentences) {
            if (insideQuote(sentence.start())) {
                continue;
            }
            Attribution subject = subjectOf(sentence);
            if (subject != null) {
                subjects.add(subject);
            }
        }
        return subjects;
    }

    private Attribution subjectOf(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            EntityMention person = mentionAt(token.start(), "PERSON");
            if (person != null) {
                return new Attribution(doc.fullName(person), "subject", person.start());
            }
            EntityMention organization = mentionAt(token.start(), "ORGANIZATION");
            if (organization != null) {
                return new Attribution(organization, "subject", organization.start());
            }
            RoleTitle role = roleAt(token.start());
            if (role != null) {
                EntityMention after = mentionAt(nextTokenStart(role.end()), "PERSON");
                if (after != null) {
                    return new Attribution(doc.fullName(after), "subject", after.start());
                }
                Attribution byRole = byRole(role, "", role.start());
                return byRole == null ? null : new Attribution(byRole.speaker(), "subject", role.start());
            }
            String t = token.text();
            if (!t.equalsIgnoreCase("the") && !Character.isUpperCase(t.charAt(0))) {
                break;
            }
        }
        return reportingSubjectOf(sentence);
    }

    /** Who speaks in a sentence of reported speech: "SEOUL - Park, the minister, said …", "The ministry said …". */
    private Attribution reportingSubjectOf(Sentence sentence) {
        int first = doc.tokenAt(sentence.start());
        int last = doc.tokenAt(sentence.end());
        for (int v = first; v < last; v++) {
            if (SPEECH_VERBS.contains(lower(v))) {
                Attribution speaker = speakerBefore(first, v, false);
                if (speaker == null && v > first && lower(v - 1).equals(",")) {
                    speaker = speakerAfter(v + 1, last, v, false); // "…, said Tom Forte, who follows …"
                }
                return speaker == null ? null : new Attribution(speaker.speaker(), "subject", speaker.cueOffset());
            }
        }
        return null;
    }

    private boolean continues(QuotedSpan span, QuotedSpan previous) {
        if (previous == null) {
            return false;
        }
        int previousEnd = previous.closeMark() >= 0 ? previous.closeMark() + 1 : previous.end();
        String between = doc.text.substring(previousEnd, span.openMark());
        long breaks = between.chars().filter(c -> c == '\n').count();
        if (breaks == 0) {
            return true; // same paragraph: "“…,” said X. “…”"
        }
        // The next paragraph, if this quote opens it and only blank lines lie between: "“…,” he said.\n“…”"
        int lineStart = doc.text.lastIndexOf('\n', span.openMark()) + 1;
        boolean opensParagraph = doc.text.substring(lineStart, span.openMark()).isBlank();
        return opensParagraph && between.substring(between.indexOf('\n')).isBlank();
    }

    private boolean insideQuote(int offset) {
        for (int[] q : quoteSpans) {
            if (offset > q[0] && offset < q[1]) {
                return true;
            }
        }
        return false;
    }

    private List<EntityMention> mentionsIn(int start, int end, String type) {
        List<EntityMention> in = new ArrayList<>();
        for (EntityMention m : doc.entities) {
            if (m.type().equals(type) && m.start() >= start && m.end() <= end) {
                in.add(m);
            }
        }
        return in;
    }

    private EntityMention mentionAt(int offset, String type) {
        for (EntityMention m : doc.entities) {
            if (m.start() == offset && m.type().equals(type)) {
                return m;
            }
        }
        return null;
    }

    private RoleTitle roleAt(int offset) {
        for (RoleTitle r : doc.roles) {
            if (r.start() == offset) {
                return r;
            }
        }
        return null;
    }

    private RoleTitle nearestRole(int start, int end, boolean first) {
        RoleTitle found = null;
        for (RoleTitle r : doc.roles) {
            if (r.start() >= start && r.end() <= end) {
                found = r;
                if (first) {
                    break;
                }
            }
        }
        return found;
    }

    private static EntityMention nearest(List<EntityMention> mentions, boolean first) {
        return mentions.isEmpty() ? null : first ? mentions.get(0) : mentions.get(mentions.size() - 1);
    }

    private int nextTokenStart(int offset) {
        int k = doc.tokenAt(offset);
        return k < doc.tokens.size() ? doc.tokens.get(k).start() : -1;
    }

    private boolean sameLine(Token before, Token after) {
        return !SentenceSplitter.lineBreakBetween(doc.text, before.end(), after.start());
    }

    private String cueText(int fromToken, int toToken) {
        return doc.text.substring(doc.tokens.get(fromToken).start(), doc.tokens.get(toToken).end());
    }

    private String lower(int k) {
        return doc.tokens.get(k).text().toLowerCase(Locale.ROOT);
    }

    private static boolean isPunctuation(String t) {
        return t.length() <= 2 && !Character.isLetterOrDigit(t.charAt(0));
    }

    private static boolean isClauseBreak(String t) {
        return t.equals(";") || t.equals(".") || t.equals("?") || t.equals("!");
    }
}
