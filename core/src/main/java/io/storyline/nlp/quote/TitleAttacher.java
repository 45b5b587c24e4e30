package io.storyline.nlp.quote;

import io.storyline.nlp.EntityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Ties titles to the PERSON mentions they name: a title right before the name ("NATO Secretary General Jens
 * Stoltenberg"), in apposition after it ("Lim Soo-suk, spokesperson for the Foreign Ministry,") or a name in
 * apposition after the title ("South Korea's envoy to Belgium, Yoon Soongu"), all on one line. Thread-safe.
 */
public final class TitleAttacher {

    /** The attachments of {@code roles} (from {@link RoleTagger#titles}) to the PERSON mentions among {@code entities}. */
    public List<TitleAttachment> attach(String text, List<RoleTitle> roles, List<EntityMention> entities) {
        Persons persons = new Persons(entities);
        List<TitleAttachment> found = new ArrayList<>();
        for (RoleTitle role : roles) {
            EntityMention after = persons.startingAfter(text, role.end(), "");
            EntityMention before = persons.endingBefore(text, role.start(), ",");
            EntityMention afterComma = persons.startingAfter(text, role.end(), ",");
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

    /** How many person mentions were looked at so far: tests check it grows linearly with the page, not squared. */
    long personsLookedAt() {
        return looked.sum();
    }

    private final LongAdder looked = new LongAdder();

    /**
     * The PERSON mentions sorted by start and by end, so the person next to a title is found by binary search
     * rather than by a scan from the first person of the page (quadratic on a long page).
     */
    private final class Persons {
        private final List<EntityMention> byStart;
        private final int[] starts;
        private final List<EntityMention> byEnd;
        private final int[] ends;

        Persons(List<EntityMention> entities) {
            byStart = entities.stream().filter(m -> m.type().equals("PERSON"))
                    .sorted(Comparator.comparingInt(EntityMention::start)).toList();
            starts = byStart.stream().mapToInt(EntityMention::start).toArray();
            byEnd = byStart.stream().sorted(Comparator.comparingInt(EntityMention::end)).toList();
            ends = byEnd.stream().mapToInt(EntityMention::end).toArray();
        }

        /** The PERSON mention that starts after {@code offset} with only spaces and {@code separator} between. */
        EntityMention startingAfter(String text, int offset, String separator) {
            for (int i = firstAtLeast(starts, offset); i < byStart.size(); i++) {
                looked.increment();
                EntityMention m = byStart.get(i);
                if (m.start() > offset + separator.length() + 3) {
                    break;
                }
                if (gapIs(text, offset, m.start(), separator)) {
                    return m;
                }
            }
            return null;
        }

        /**
         * The PERSON mention (the last in order of start) that ends before {@code offset} with only spaces and
         * {@code separator} between: it must end inside the run of spaces and separator just before the offset.
         */
        EntityMention endingBefore(String text, int offset, String separator) {
            int from = offset;
            while (from > 0 && isSpaceOnLine(text.charAt(from - 1))) {
                from--;
            }
            if (!separator.isEmpty() && text.startsWith(separator, from - separator.length())) {
                from -= separator.length();
                while (from > 0 && isSpaceOnLine(text.charAt(from - 1))) {
                    from--;
                }
            }
            EntityMention found = null;
            for (int i = firstAtLeast(ends, from); i < byEnd.size() && ends[i] <= offset; i++) {
                looked.increment();
                EntityMention m = byEnd.get(i);
                if (m.start() < offset && gapIs(text, m.end(), offset, separator)
                        && (found == null || m.start() > found.start())) {
                    found = m;
                }
            }
            return found;
        }
    }

    private static boolean isSpaceOnLine(char c) {
        return c != '\n' && Character.isWhitespace(c);
    }

    /** The first index whose value is at least {@code key} (the length when none is). */
    private static int firstAtLeast(int[] sorted, int key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean gapIs(String text, int from, int to, String separator) {
        String gap = text.substring(from, to);
        return gap.strip().equals(separator) && gap.indexOf('\n') < 0;
    }
}
