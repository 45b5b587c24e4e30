package io.storyline.clean.boilerplate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FurniturePhrasesTest {
    private final FurniturePhrases phrases = new FurniturePhrases();

    @Test
    void captionsEndingInACreditAreCaptions() {
        for (String caption : List.of("W Chile z powodu koronawirusa zmarło 10 tysięcy osóbELVIS GONZALEZ/PAP/EPA",
                "Ilmastonmuutoksen myötä talvista uhkaa tulla lauhempia. Hanna Matikainen / Lehtikuva",
                "Photo: Oakland Zoo", "Das FWR reagiert mit Entsetzen. (Quelle: Fleischmann/Unsplash/DJV)")) {
            assertTrue(phrases.isCaptionWithCredit(caption), caption);
        }
    }

    @Test
    void proseThatNamesAnAgencyOrASourceIsNoCaption() {
        assertFalse(phrases.isCaptionWithCredit("The agency said it had spoken to AP and Reuters about the report."));
        assertFalse(phrases.isCaptionWithCredit("Unemployment rose to 5.2 per cent in March, the highest level since "
                + "2015, as factories in the north cut shifts and the service sector hired fewer people than at any time "
                + "in the past decade, according to figures released by the statistics office on Tuesday morning, which "
                + "economists had expected to show a smaller rise (Quelle: Destatis)"));
    }

    @Test
    void aProseSentenceThatOpensWithARecirculationWordIsNoTeaser() {
        assertTrue(phrases.isLabelledTeaser("Lire aussi Martine Bulard, « En Corée, la politique du rayon de soleil »"));
        assertFalse(phrases.isLabelledTeaser("Auch interessant ist, dass der Verband klagt."));
        assertFalse(phrases.isLabelledTeaser("Related research shows the same pattern in other cities."));
    }

    @Test
    void phraseListsComeFromResourcesUsersCanExtend() {
        assertTrue(PhraseList.load("recirculation-openers.txt").phrases().contains("noticias relacionadas"));
        assertTrue(phrases.isRecirculationLabel("Noticias relacionadas"));
    }
}
