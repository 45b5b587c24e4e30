package io.storyline.clean.meta.date;

import io.storyline.clean.Granularity;
import io.storyline.clean.PublishedDate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Counts resolved dates against known ones: right day, a day off, coarse but consistent, wrong, none. */
final class DateTally {
    int pages, right, withinDay, coarseConsistent, wrong, none;

    void add(LocalDate truth, PublishedDate got) {
        pages++;
        if (got == null) { none++; return; }
        if (got.granularity().ordinal() >= Granularity.DAY.ordinal()) {
            long off = Math.abs(ChronoUnit.DAYS.between(truth, LocalDate.parse(Granularity.DAY.cut(got.value()))));
            if (off == 0) right++;
            else if (off == 1) withinDay++;
            else wrong++;
        } else if (truth.toString().startsWith(got.value())) {
            coarseConsistent++;
        } else {
            wrong++;
        }
    }

    double share(int n) { return pages == 0 ? 0 : (double) n / pages; }

    @Override
    public String toString() {
        return String.format("pages=%d right=%d (%.1f%%) within-a-day=%d coarse-consistent=%d wrong=%d (%.1f%%) null=%d (%.1f%%)",
                pages, right, 100 * share(right), withinDay, coarseConsistent, wrong, 100 * share(wrong), none, 100 * share(none));
    }
}
