package io.storyline.nlp.quote;

import io.storyline.SharedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import io.storyline.nlp.EntityMention;
import io.storyline.nlp.Quote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden quotes of the four seed pages, with entity mentions marked by hand as the NER stage would. */
class SeedQuotesTest {
    private static final Path SEEDS = SharedData.path("seeds");
    private final QuoteFinder finder = new QuoteFinder();

    private static String seed(String prefix) throws IOException {
        try (var files = Files.list(SEEDS)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(file);
        }
    }

    private static String speakerOf(List<Quote> quotes, String opening) {
        for (Quote q : quotes) {
            if (q.text().startsWith(opening)) {
                return q.speaker() == null ? null : q.speaker().surface();
            }
        }
        fail("no quote starting " + opening + " in " + quotes.stream().map(Quote::text).toList());
        return null;
    }

    @Test
    void seed000NatoChiefAndForeignMinistrySpokesperson() throws IOException {
        String text = seed("000_");
        List<EntityMention> entities = Mentions.of(text, "PERSON:Jens Stoltenberg", "PERSON:Yoon Suk Yeol",
                "PERSON:Stoltenberg", "PERSON:Yoon", "PERSON:Cho Tae-yul", "PERSON:Lim Soo-suk", "PERSON:LIM JEONG-WON",
                "ORGANIZATION:North Atlantic Treaty Organization", "ORGANIZATION:NATO", "ORGANIZATION:Foreign Ministry",
                "ORGANIZATION:UN Security Council", "LOCATION:Brussels", "LOCATION:Russia", "LOCATION:South Korea",
                "LOCATION:North Korea", "LOCATION:Washington", "LOCATION:Seoul", "LOCATION:Moscow");
        List<Quote> quotes = finder.find(text, entities);
        assertEquals("Jens Stoltenberg", speakerOf(quotes, "I welcome the fact"));
        assertEquals("Jens Stoltenberg", speakerOf(quotes, "Russia’s friends in Asia are vital"));
        assertEquals("Jens Stoltenberg", speakerOf(quotes, "North Korea and Iran are delivering"));
        assertEquals("Jens Stoltenberg", speakerOf(quotes, "In return, Pyongyang"));
        assertEquals("Jens Stoltenberg", speakerOf(quotes, "to defend a global order"));
        assertEquals("Lim Soo-suk", speakerOf(quotes, "We are making active efforts"));
        assertEquals("Lim Soo-suk", speakerOf(quotes, "We urge Russia"));
        assertEquals(7, quotes.size(), quotes.stream().map(Quote::text).toList().toString());
    }

    @Test
    void seed001SurnamePronounRoleAndQuotedAsSaying() throws IOException {
        String text = seed("001_");
        List<EntityMention> entities = Mentions.of(text, "PERSON:Jens Stoltenberg", "PERSON:Stoltenberg",
                "PERSON:Yoon Sok-yol", "PERSON:Yoon Sok-yul", "PERSON:Park Jin", "PERSON:Lee Jong-sub",
                "PERSON:Fumio Kishida", "ORGANIZATION:NATO", "ORGANIZATION:Yonhap", "LOCATION:South Korea",
                "LOCATION:Seoul", "LOCATION:Japan", "LOCATION:Europe", "LOCATION:Asia", "LOCATION:China");
        List<Quote> quotes = finder.find(text, entities);
        assertEquals("Jens Stoltenberg", speakerOf(quotes, "The most important message"));
        assertEquals("Jens Stoltenberg", speakerOf(quotes, "what is happening in Asia"));
        assertEquals("Jens Stoltenberg", speakerOf(quotes, "NATO will remain"));
        assertEquals("Jens Stoltenberg", speakerOf(quotes, "We need to address"));
        assertEquals("Jens Stoltenberg", speakerOf(quotes, "global security threat"));
    }

    @Test
    void seed002KoreanSurnameFirstAndNatoBoss() throws IOException {
        String text = seed("002_");
        List<EntityMention> entities = Mentions.of(text, "PERSON:Kim Sung-han", "PERSON:Kim", "PERSON:Yoon Soongu",
                "PERSON:Yoon Suk-yeol", "PERSON:Fumio Kishida", "PERSON:Jens Stoltenberg", "PERSON:Stoltenberg",
                "ORGANIZATION:NATO", "ORGANIZATION:Politico", "ORGANIZATION:European Union", "LOCATION:South Korea",
                "LOCATION:Brussels", "LOCATION:Belgium", "LOCATION:Seoul", "LOCATION:Washington", "LOCATION:China");
        List<Quote> quotes = finder.find(text, entities);
        assertEquals("Kim Sung-han", speakerOf(quotes, "By establishing a NATO mission"));
        assertEquals("Jens Stoltenberg", speakerOf(quotes, "For the first time, we will address"));
        assertEquals("Jens Stoltenberg", speakerOf(quotes, "In this context, I welcome"));
    }

    @Test
    void seed003SpunTextWithContinuation() throws IOException {
        String text = seed("003_");
        List<EntityMention> entities = Mentions.of(text, "PERSON:Jens Stoltenberg", "PERSON:Stoltenberg",
                "PERSON:Park Jin", "PERSON:Lee Jong-Sup", "PERSON:Yoon Suk-yeol", "PERSON:Fumio Kishida",
                "PERSON:Josh Smith", "PERSON:William Mallard", "ORGANIZATION:NATO", "ORGANIZATION:Reuters",
                "ORGANIZATION:Yonhap Information", "LOCATION:Seoul", "LOCATION:South Korea", "LOCATION:Japan");
        List<Quote> quotes = finder.find(text, entities);
        assertEquals("Jens Stoltenberg", speakerOf(quotes, "I strongly imagine"));
        assertEquals("Jens Stoltenberg", speakerOf(quotes, "What occurs in Asia"));
        assertEquals("Jens Stoltenberg", speakerOf(quotes, "We have to handle"));
    }

    @Test
    void everySeedQuoteCarriesEvidence() throws IOException {
        List<Quote> all = new ArrayList<>();
        for (String prefix : List.of("000_", "001_", "002_", "003_")) {
            String text = seed(prefix);
            all.addAll(finder.find(text, Mentions.of(text, "PERSON:Jens Stoltenberg", "PERSON:Stoltenberg")));
        }
        for (Quote q : all) {
            assertNotNull(q.evidence(), q.text());
        }
    }
}
