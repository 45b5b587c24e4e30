package io.storyline.nlp.quote;

import io.storyline.nlp.EntityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ties titles to the PERSON mentions they name: a title right before the name ("NATO Secretary General Jens
 * Stoltenberg"), in apposition after it ("Lim Soo-suk, spokesperson for the Foreign Ministry,") or a name in
 * apposition after the title ("South Korea's envoy to Belgium, Yoon Soongu"), all on one line. Stateless.
 */
public final class TitleAttacher {

    /** The attachments of {@code roles} (from {@link RoleTagger#titles}) to the PERSON mentions among {@code entities}. */
    public List<TitleAttachment> attach(String text, List<RoleTitle> roles, List<EntityMention> entities) {
        List<EntityMention> persons = entities.stream().filter(m -> m.type().equals("PERSON"))
                .sorted(Comparator.comparingInt(EntityMention::start)).toList();
        List<TitleAttachment> found = new ArrayList<>();
        for (RoleTitle role : roles) {
            EntityMention after = personStartingAfter(text, persons, role.end(), "");
            EntityMention before = personEndingBefore(text, persons, role.start(), ",");
            EntityMention afterComma = personStartingAfter(text, persons, role.end(), ",");
            if (after != null) {
                found.add(new TitleAttachment(role, after, "title before the name"));
            } else if (before != null) {
                found.add(new TitleAttachment(role, before, "title in apposition after the name"));
            } else if (afterComma != null) {
                found.add(new TitleAttachment(role, afterComma, "name in apposition after the title"));
            }
        }
        return List.copyOf(found);
    }

    /** The PERSON mention that starts after {@code offset} with only spaces and {@code separator} between. */
    private static EntityMention personStartingAfter(String text, List<EntityMention> persons, int offset, String separator) {
        for (EntityMention m : persons) {
            if (m.start() >= offset && gapIs(text, offset, m.start(), separator)) {
                return m;
            }
            if (m.start() > offset + separator.length() + 3) {
                break;
            }
        }
        return null;
    }

    private static EntityMention personEndingBefore(String text, List<EntityMention> persons, int offset, String separator) {
        EntityMention found = null;
        for (EntityMention m : persons) {
            if (m.start() >= offset) {
                break;
            }
            if (m.end() <= offset && gapIs(text, m.end(), offset, separator)) {
                found = m;
            }
        }
        return found;
    }

    private static boolean gapIs(String text, int from, int to, String separator) {
        String gap = text.substring(from, to);
        return gap.strip().equals(separator) && gap.indexOf('\n') < 0;
    }
}
