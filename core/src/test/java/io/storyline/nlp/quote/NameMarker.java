package io.storyline.nlp.quote;

import io.storyline.nlp.EntityMention;
import io.storyline.nlp.SentenceStarters;
import io.storyline.nlp.Token;
import io.storyline.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A stand-in for the NER stage in tests on real pages: runs of two to four capitalised words are PERSON
 * (ORGANIZATION when a word such as "Ministry" or "Inc." is among them), and a single capitalised word that is
 * the first or last word of an earlier PERSON run is PERSON too. Crude on purpose: good enough to exercise
 * attribution, not a model.
 */
final class NameMarker {
    private static final Set<String> ORG_WORDS = Set.of("inc", "inc.", "corp", "corp.", "co.", "company", "ministry",
            "department", "university", "party", "council", "association", "bank", "times", "post", "news", "agency",
            "organization", "organisation", "commission", "court", "congress", "senate", "house", "office", "committee",
            "service", "group", "union", "institute", "school", "church", "police", "army", "government", "press",
            "club", "foundation", "board", "center", "centre", "fund", "administration", "authority", "airlines");
    private static final Set<String> NOT_NAME = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "mr.", "mrs.", "ms.", "dr.", "president", "minister",
            "secretary", "senator", "sen.", "rep.", "gov.", "governor", "mayor", "chief", "director", "prime", "general",
            "foreign", "deputy", "chairman", "spokesman", "spokeswoman", "spokesperson", "judge", "officer", "professor");

    private NameMarker() {
    }

    static List<EntityMention> mark(String text) {
        List<Token> tokens = new Tokenizer().tokenize(text);
        List<EntityMention> mentions = new ArrayList<>();
        Set<String> personWords = new HashSet<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && j - i < 4 && isNameWord(tokens.get(j).text())
                    && (j == i || sameLine(text, tokens.get(j - 1), tokens.get(j)))) {
                j++;
            }
            if (j - i >= 2) {
                boolean org = false;
                for (int k = i; k < j; k++) {
                    org |= ORG_WORDS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT));
                }
                int start = tokens.get(i).start();
                int end = tokens.get(j - 1).end();
                mentions.add(new EntityMention(org ? "ORGANIZATION" : "PERSON", text.substring(start, end), start, end));
                if (!org) {
                    personWords.add(tokens.get(i).text());
                    personWords.add(tokens.get(j - 1).text());
                }
                i = j;
            } else {
                if (j == i + 1 && personWords.contains(tokens.get(i).text())) {
                    Token t = tokens.get(i);
                    mentions.add(new EntityMention("PERSON", t.text(), t.start(), t.end()));
                }
                i = Math.max(j, i + 1);
            }
        }
        return mentions;
    }

    private static boolean isNameWord(String t) {
        if (t.length() == 2 && Character.isUpperCase(t.charAt(0)) && t.charAt(1) == '.') {
            return true; // a middle initial: "William G. Gale"
        }
        return t.length() > 1 && Character.isUpperCase(t.charAt(0)) && !t.equals(t.toUpperCase(Locale.ROOT))
                && !SentenceStarters.contains(t) && !NOT_NAME.contains(t.toLowerCase(Locale.ROOT));
    }

    private static boolean sameLine(String text, Token a, Token b) {
        return text.substring(a.end(), b.start()).indexOf('\n') < 0;
    }
}
