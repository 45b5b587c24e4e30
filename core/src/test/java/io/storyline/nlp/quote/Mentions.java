package io.storyline.nlp.quote;

import io.storyline.nlp.EntityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Hand-made entity mentions for tests: every word-bounded occurrence of each "TYPE:surface" in the text. */
final class Mentions {
    private Mentions() {
    }

    static List<EntityMention> of(String text, String... typedSurfaces) {
        List<EntityMention> mentions = new ArrayList<>();
        for (String typed : typedSurfaces) {
            int colon = typed.indexOf(':');
            String type = typed.substring(0, colon);
            String surface = typed.substring(colon + 1);
            for (int found = text.indexOf(surface); found >= 0; found = text.indexOf(surface, found + 1)) {
                int i = found;
                boolean startsWord = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
                int end = i + surface.length();
                boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
                boolean insideLonger = mentions.stream().anyMatch(m -> m.start() <= i && end <= m.end());
                if (startsWord && endsWord && !insideLonger) {
                    mentions.add(new EntityMention(type, surface, i, end));
                }
            }
        }
        mentions.sort(Comparator.comparingInt(EntityMention::start));
        return mentions;
    }
}
