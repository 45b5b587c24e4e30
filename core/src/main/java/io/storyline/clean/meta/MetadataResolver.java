package io.storyline.clean.meta;

import io.storyline.clean.PageHints;
import io.storyline.clean.meta.date.DateClue;
import io.storyline.clean.meta.date.PageDateHints;
import io.storyline.clean.meta.date.PublishedDateResolver;

import io.storyline.clean.meta.date.PublishedDateSolver;

import org.jsoup.parser.Parser;

import java.util.List;
import java.util.Optional;

/**
 * Decides a page's metadata (title, outlet, credited original, byline, language, publication date), each
 * with the evidence behind it. Thread-safe after construction; build one and reuse it (it loads lexicons).
 */
public final class MetadataResolver {

    private final OutletResolver outlets;
    private final BylineResolver bylines;
    private final LanguageDetector languages;
    private final PublishedDateResolver dates;

    public MetadataResolver() {
        WireAgencies agencies = new WireAgencies();
        this.outlets = new OutletResolver(new NewsOutletGazetteer(), agencies);
        this.bylines = new BylineResolver(new PersonNameCase(), agencies);
        this.languages = new LanguageDetector();
        this.dates = new PublishedDateResolver(agencies::namedIn);
    }

    public ArticleMetadata resolve(MetadataInput raw) {
        MetadataInput in = decoded(raw);
        List<String> lines = in.rawText().lines().toList();
        PageHints hints = in.hints();
        OutletResolver.Outlets outlet = outlets.resolve(lines, hints, in.url());
        Evidenced language = languages.detect(in.mainText(), hints.language()).orElse(null);
        List<DateClue> dateClues = dates.clues(in.rawText(), in.mainText(), in.title(), new PageDateHints(hints.published(),
                hints.modified(), in.url() != null ? in.url() : hints.url(), in.fetchedAt(), language == null ? null : language.value(),
                hints.scriptPublished()));
        Optional<PublishedDateSolver.Solution> date = dates.solve(dateClues);
        return new ArticleMetadata(
                title(in, outlet.outlet()),
                outlet.outlet(),
                outlet.originalOutlet(),
                bylines.resolve(lines, hints, outlet).orElse(null),
                language,
                date.map(PublishedDateSolver.Solution::published).orElse(null),
                date.map(PublishedDateSolver.Solution::likeliestDay).orElse(null),
                url(in),
                dateClues);
    }

    /**
     * Markup and JSON-LD often escape twice ("Bike &amp;amp; Style", "don&amp;#39;t" in a meta tag, entities inside
     * JSON-LD strings), so what the markup says and the extractor's headline are decoded here, once, before any rule
     * reads them; the page's text is already decoded by the HTML parser (or is plain text).
     */
    private static MetadataInput decoded(MetadataInput in) {
        PageHints h = in.hints();
        PageHints hints = new PageHints(decoded(h.title()), decoded(h.byline()), decoded(h.siteName()), h.published(),
                h.language(), h.url(), h.source(), h.modified(), h.scriptPublished());
        return new MetadataInput(in.rawText(), in.mainText(), decoded(in.title()), hints, in.url(), in.fetchedAt());
    }

    private static String decoded(String value) {
        if (value == null || value.indexOf('&') < 0) return value;
        return Parser.unescapeEntities(value, false).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** The crawl record's address wins over what the page says about itself (it is where the page was found). */
    private static Evidenced url(MetadataInput in) {
        if (in.url() != null && !in.url().isBlank()) return new Evidenced(in.url().strip(), "address in the crawl record");
        String hinted = in.hints().url();
        if (hinted == null || hinted.isBlank()) return null;
        return new Evidenced(hinted.strip(), "address the page declares (" + in.hints().sourceOf("url") + ")");
    }

    /** The outlet's name printed as a line of its own is a masthead, never the headline. */
    private Evidenced title(MetadataInput in, Evidenced outlet) {
        if (usable(in.title(), outlet)) return new Evidenced(in.title().strip(), "headline found by the extractor");
        String hinted = in.hints().title();
        if (usable(hinted, outlet)) return new Evidenced(hinted.strip(), "title in the markup");
        return in.rawText().lines().map(String::strip).filter(l -> !l.isEmpty() && usable(l, outlet)).findFirst()
                .filter(l -> l.split("\\s+").length >= 3 && l.split("\\s+").length <= 25)
                .map(l -> new Evidenced(l, "first line of the page")).orElse(null);
    }

    private boolean usable(String title, Evidenced outlet) {
        return title != null && !title.isBlank() && (outlet == null || !outlet.value().equalsIgnoreCase(title.strip()))
                && !outlets.isOutletLine(title);
    }
}
