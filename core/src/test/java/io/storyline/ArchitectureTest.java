package io.storyline;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layout is the architecture: data flows one way through the stages, so a stage never depends on a later
 * one, and no two packages depend on each other (a parent package holds records, its children the work).
 */
class ArchitectureTest {
    /**
     * The top-level packages in the order data flows through them; each may use only those before it. contract,
     * budget and language (the word lists and word-level readers that both clean and nlp apply) are shared
     * foundations; crawl fetches before ingest reads; query is the read side that web and cli only format;
     * correct looks names up as every command does and runs the corpus stages again.
     */
    static final List<String> STAGES = List.of("contract", "budget", "language", "crawl", "ingest", "clean", "nlp",
            "resolve", "events", "store", "pipeline", "query", "correct", "eval", "web", "cli");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.storyline");
    }

    @Test
    void noStageDependsOnALaterStage() {
        Architectures.LayeredArchitecture layers = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String stage : STAGES) {
            layers = layers.layer(stage).definedBy("io.storyline." + stage + "..");
        }
        for (int i = 0; i < STAGES.size(); i++) {
            String[] earlier = STAGES.subList(0, i).toArray(String[]::new);
            layers = earlier.length == 0 ? layers.whereLayer(STAGES.get(i)).mayNotAccessAnyLayer()
                    : layers.whereLayer(STAGES.get(i)).mayOnlyAccessLayers(earlier);
        }
        layers.check(classes);
    }

    @Test
    void noPackagesDependOnEachOther() {
        slices().matching("io.storyline.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyTopLevelPackageHasItsPlaceInTheFlow() {
        List<String> unplaced = classes.stream().map(c -> c.getPackageName().split("\\.")).filter(p -> p.length > 2)
                .map(p -> p[2]).distinct().filter(p -> !STAGES.contains(p)).toList();
        if (!unplaced.isEmpty()) {
            throw new AssertionError("packages with no place in ArchitectureTest.STAGES: " + unplaced
                    + "; add each where data reaches it, in " + Arrays.toString(STAGES.toArray()));
        }
    }
}
