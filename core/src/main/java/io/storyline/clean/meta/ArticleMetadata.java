package io.storyline.clean.meta;

import java.time.LocalDate;

import io.storyline.clean.PublishedDate;
import io.storyline.clean.meta.date.DateClue;

import java.util.List;

/**
 * What the resolver decided about a page; every field is null when nothing supports it.
 *
 * @param title          headline
 * @param outlet         publisher of the page (falls back to the credited original when the page has no name)
 * @param originalOutlet wire agency or original publisher the article credits
 * @param byline         reporters' names, "Name and Name" when several
 * @param language       ISO 639-1 code
 * @param published      publication date at the granularity the clues support
 * @param likeliestDay   the single likeliest day, even when only the month or year is sure enough to publish;
 *                       relative time expressions ("on Wednesday") are anchored on it
 * @param url            the page's absolute address: the crawl record's, else the canonical one the page declares
 * @param dateClues      every clue the date solver weighed (for explaining a date, and for evaluation)
 */
public record ArticleMetadata(Evidenced title, Evidenced outlet, Evidenced originalOutlet, Evidenced byline,
                              Evidenced language, PublishedDate published, LocalDate likeliestDay, Evidenced url,
                              List<DateClue> dateClues) {
    public ArticleMetadata {
        dateClues = dateClues == null ? List.of() : List.copyOf(dateClues);
    }
}
