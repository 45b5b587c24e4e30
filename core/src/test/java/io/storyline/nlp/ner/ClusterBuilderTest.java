package io.storyline.nlp.ner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterBuilderTest {
    private static int sharedPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    @Test
    void wordsUsedAlikeShareLongerPathPrefixes(@TempDir Path dir) throws Exception {
        // four groups of four words, so the balanced tree can keep each group in one subtree
        String[] days = {"Monday", "Tuesday", "Wednesday", "Friday"};
        String[] cities = {"Paris", "Berlin", "Madrid", "Prague"};
        String[] verbs = {"arrived", "left", "spoke", "met"};
        Random random = new Random(3);
        StringBuilder corpus = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            String verb = verbs[random.nextInt(verbs.length)];
            corpus.append("They ").append(verb).append(" on ").append(days[random.nextInt(days.length)])
                    .append(" in ").append(cities[random.nextInt(cities.length)]).append(" .\n\n");
        }
        Path tml = dir.resolve("a.tml");
        Files.writeString(tml, "<TimeML><TEXT>" + corpus + "</TEXT></TimeML>");
        ClusterBuilder builder = new ClusterBuilder(2, 50, 12, 1, true, new PrintStream(OutputStream.nullOutputStream()));
        builder.addTimeMl(tml);
        Path out = dir.resolve("clusters.txt");
        builder.write(out);
        Map<String, String> paths = new HashMap<>();
        for (String line : Files.readAllLines(out)) {
            String[] cols = line.split("\t");
            paths.put(cols[1], cols[0]);
        }
        int withinDays = sharedPrefix(paths.get("Monday"), paths.get("Friday"));
        int withinCities = sharedPrefix(paths.get("Paris"), paths.get("Prague"));
        int across = 0;
        for (String d : days) {
            for (String c : cities) {
                across = Math.max(across, sharedPrefix(paths.get(d), paths.get(c)));
            }
        }
        assertTrue(withinDays > across && withinCities > across,
                "days " + withinDays + ", cities " + withinCities + ", across " + across + " in " + paths);
        assertTrue(List.of(days).stream().allMatch(paths::containsKey), Arrays.toString(days));
    }
}
