package io.storyline.clean.meta;

import io.storyline.clean.PageHints;
import io.storyline.clean.meta.date.PublishedDateResolver;

import io.storyline.clean.meta.date.PublishedDateSolver;

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
        this.bylines = new BylineResolver(new PersonNameCase());
        this.languages = new LanguageDetector();
        this.dates = new PublishedDateResolver(agencies::namedIn);
    }

    public ArticleMetadata resolve(MetadataInput in) {
        List<String> lines = in.rawText().lines().toList();
        PageHints hints = in.hints();
        OutletResolver.Outlets outlet = outlets.resolve(lines, hints, in.url());
        Optional<PublishedDateSolver.Solution> date = dates.solve(in.rawText(), in.mainText(), in.title(),
                hints.published(), in.url() != null ? in.url() : hints.url(), in.fetchedAt());
        return new ArticleMetadata(
                title(in),
                outlet.outlet(),
                outlet.originalOutlet(),
                bylines.resolve(lines, hints).orElse(null),
                languages.detect(in.mainText(), hints.language()).orElse(null),
                date.map(PublishedDateSolver.Solution::published).orElse(null),
                date.map(PublishedDateSolver.Solution::likeliestDay).orElse(null));
    }

    private static Evidenced title(MetadataInput in) {
        if (in.title() != null && !in.title().isBlank()) return new Evidenced(in.title().strip(), "headline found by the extractor");
        String hinted = in.hints().title();
        if (hinted != null && !hinted.isBlank()) return new Evidenced(hinted.strip(), "title in the markup");
        return in.rawText().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .filter(l -> l.split("\\s+").length >= 3 && l.split("\\s+").length <= 25)
                .map(l -> new Evidenced(l, "first line of the page")).orElse(null);
    }
}
