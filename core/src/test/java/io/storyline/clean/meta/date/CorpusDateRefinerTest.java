package io.storyline.clean.meta.date;

import io.storyline.SharedData;
import io.storyline.clean.Granularity;
import io.storyline.clean.PublishedDate;
import io.storyline.clean.meta.ArticleMetadata;
import io.storyline.clean.meta.MetadataInput;
import io.storyline.clean.meta.MetadataResolver;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusDateRefinerTest {

    private static final Path SEEDS = SharedData.path("seeds");
    private final MetadataResolver resolver = new MetadataResolver();
    private final CorpusDateRefiner refiner = new CorpusDateRefiner();

    private static String seed(String prefix) throws IOException {
        try (var files = Files.list(SEEDS)) {
            return Files.readString(files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow());
        }
    }

    private ArticleMetadata resolve(String text) {
        return resolver.resolve(MetadataInput.ofText(text, text, null));
    }

    @Test
    void refinesCopiedWireStoryToTheSundayNextToItsNeighbour() throws IOException {
        String copied = seed("003_");
        PublishedDate coarse = resolve(copied).published();
        PublishedDate neighbour = resolve(seed("001_")).published();
        assertEquals(Granularity.YEAR, coarse.granularity());

        PublishedDate refined = refiner.refine(coarse, copied, List.of(new SimilarArticle("seed-001", 0.8, neighbour)));

        assertEquals("2023-01-29", refined.value(), refined.evidence());
        assertEquals(Granularity.DAY, refined.granularity());
        assertTrue(refined.evidence().contains("seed-001"), refined.evidence());
        assertTrue(refined.confidence() < coarse.confidence() && refined.confidence() < neighbour.confidence());
    }

    @Test
    void keepsCoarseDateWhenNeighbourIsOutsideIt() throws IOException {
        String copied = seed("003_");
        PublishedDate coarse = resolve(copied).published();
        var elsewhere = new SimilarArticle("other", 0.9, new PublishedDate("2021-05-04", Granularity.DAY, "", 0.9));
        assertSame(coarse, refiner.refine(coarse, copied, List.of(elsewhere)));
    }

    @Test
    void keepsCoarseDateWhenNeighbourIsNotSimilarEnough() throws IOException {
        String copied = seed("003_");
        PublishedDate coarse = resolve(copied).published();
        var weak = new SimilarArticle("weak", 0.1, new PublishedDate("2023-01-30", Granularity.DAY, "", 0.9));
        assertSame(coarse, refiner.refine(coarse, copied, List.of(weak)));
    }

    @Test
    void keepsCoarseDateWithoutWeekdayClues() {
        String text = "The council approved the budget after a long debate over school funding and roads.";
        PublishedDate coarse = new PublishedDate("2023", Granularity.YEAR, "copyright", 0.6);
        var near = new SimilarArticle("n", 0.9, new PublishedDate("2023-03-02", Granularity.DAY, "", 0.9));
        assertSame(coarse, refiner.refine(coarse, text, List.of(near)));
    }
}
