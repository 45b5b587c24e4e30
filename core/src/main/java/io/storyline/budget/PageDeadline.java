package io.storyline.budget;

import java.time.Duration;

/**
 * The time a page's stage may still take, checked cooperatively: long loops of the cleaner and the language layer
 * call {@link #check()}, which throws {@link OverBudgetException} once the page's stage has run past its budget,
 * so one pathological page ends as a named failure instead of holding the ingest for hours. Per thread, since a
 * page is processed on one thread from start to end; a thread with no deadline set is never over budget.
 */
public final class PageDeadline {
    private static final ThreadLocal<Limit> CURRENT = new ThreadLocal<>();

    private PageDeadline() {
    }

    /** Runs {@code work} under a budget of {@code budget} for this thread, then lifts it. */
    public static <T> T within(Duration budget, String stage, java.util.function.Supplier<T> work) {
        Limit outer = CURRENT.get();
        CURRENT.set(new Limit(System.nanoTime() + budget.toNanos(), budget, stage));
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** Throws when this thread's stage is past its budget; cheap enough to call in inner loops. */
    public static void check() {
        Limit limit = CURRENT.get();
        if (limit != null && System.nanoTime() - limit.deadline >= 0) {
            throw new OverBudgetException(limit.stage + " ran past its budget of " + limit.budget.toMillis() + " ms");
        }
    }

    private record Limit(long deadline, Duration budget, String stage) {
    }
}
