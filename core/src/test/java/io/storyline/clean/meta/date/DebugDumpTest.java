package io.storyline.clean.meta.date;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

class DebugDumpTest {
    @Test
    void dump() throws Exception {
        Path seeds = Path.of(System.getProperty("storyline.root", "."), "..", "shared", "seeds");
        for (Path p : Files.list(seeds).sorted().toList()) {
            String text = Files.readString(p);
            List<DateClue> clues = new DateClueCollector().collect(new PageLayout(text.lines().toList(), text, null), null, null, null);
            System.out.println("=== " + p.getFileName());
            clues.forEach(c -> System.out.println("  " + c.reading() + " w=" + c.weight() + " :: " + c.evidence()));
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate d = LocalDate.of(2021, 1, 1); d.getYear() < 2026; d = d.plusDays(1)) days.add(d);
            days.sort(Comparator.comparingDouble(d -> clues.stream().mapToDouble(c -> c.cost(d)).sum()));
            java.util.Map<String, Double> months = new java.util.TreeMap<>();
            double tot = 0;
            for (LocalDate d : days) { double w = Math.exp(-clues.stream().mapToDouble(c -> c.cost(d)).sum()); tot += w; months.merge(d.toString().substring(0, 7), w, Double::sum); }
            final double total = tot;
            months.entrySet().stream().filter(e -> e.getValue() / total > 0.02).forEach(e -> System.out.printf("    month %s %.3f%n", e.getKey(), e.getValue() / total));
            for (LocalDate d : days.subList(0, 12)) {
                System.out.printf("    %s %s %.2f%n", d, d.getDayOfWeek(), clues.stream().mapToDouble(c -> c.cost(d)).sum());
            }
        }
    }
}
