package io.storyline.spark;

import io.storyline.ingest.CrawlReader;
import io.storyline.ingest.ReadOutcome;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import scala.Tuple2;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages from Parquet: rows with the fields a JSON Lines crawl has ({@code url}, {@code html} or {@code text} or
 * {@code content}, {@code fetched_at}). Each partition's rows become JSON Lines in a local file that core's reader
 * reads, so a Parquet row makes the same page as the same record in JSON Lines; a page's path is the Parquet input
 * and its row number.
 */
final class ParquetPages {
    private ParquetPages() {
    }

    static JavaRDD<PageRow> read(SparkSession spark, String input, int fileIndex, CollectionAccumulator<String> failures) {
        JavaRDD<Tuple2<String, Long>> rows = spark.read().parquet(input).toJSON().toJavaRDD().zipWithIndex()
                .map(t -> new Tuple2<>(t._1(), (Long) t._2()));
        return rows.mapPartitions(it -> {
            List<Long> numbers = new ArrayList<>();
            Path file = Files.createTempFile("storyline-parquet", ".jsonl");
            try {
                try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    while (it.hasNext()) {
                        Tuple2<String, Long> row = it.next();
                        out.write(row._1());
                        out.write('\n');
                        numbers.add(row._2());
                    }
                }
                List<PageRow> pages = new ArrayList<>();
                String prefix = file.toString() + "#";
                new CrawlReader().read(file, outcome -> {
                    String path = switch (outcome) {
                        case ReadOutcome.Read read -> read.page().path();
                        case ReadOutcome.Failed failed -> failed.path();
                    };
                    long row = path.startsWith(prefix) ? numbers.get(Integer.parseInt(path.substring(prefix.length())) - 1) : -1;
                    ReadOutcome named = CrawlFiles.renamed(outcome, path, input + "#" + (row + 1));
                    switch (named) {
                        case ReadOutcome.Read read -> pages.add(PageRow.of(fileIndex, (int) row, read.page()));
                        case ReadOutcome.Failed failed -> failures.add(StorylineJob.describe(failed));
                    }
                });
                return pages.iterator();
            } finally {
                Files.deleteIfExists(file);
            }
        });
    }
}
