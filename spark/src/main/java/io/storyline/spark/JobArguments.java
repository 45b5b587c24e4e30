package io.storyline.spark;

import java.util.ArrayList;
import java.util.List;

/** The job's command line: {@code [--master M] [--batch N] [--partitions N] INPUT... OUTPUT}. */
record JobArguments(String master, List<String> inputs, String output, StorylineJob.Options options) {
    static final String USAGE = """
            usage: storyline spark [--master M] [--batch N] [--partitions N] INPUT... OUTPUT
              INPUT   files or folders of pages (.txt .html .htm .jsonl .warc .warc.gz, + .gz) or .parquet of
                      {url, html|text|content, fetched_at}; local paths or Hadoop URIs (hdfs://, s3a://)
              OUTPUT  folder (or URI) that receives the Parquet tables articles, mentions, entities, events, stories
              --master      Spark master, e.g. local[2] (spark-submit gives its own)
              --batch       pages per ingest batch whose text-line counts a page's cleaner sees (default 256, as ingest)
              --partitions  partitions of the crawl's files (default: 4 per core)""";

    /** The arguments, or null (usage printed) when they do not make a job. */
    static JobArguments parse(String[] args) {
        String master = null;
        int batch = StorylineJob.Options.DEFAULT.batchSize();
        int partitions = 0;
        List<String> positional = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--master" -> master = args[++i];
                    case "--batch" -> batch = Integer.parseInt(args[++i]);
                    case "--partitions" -> partitions = Integer.parseInt(args[++i]);
                    case "-h", "--help" -> {
                        System.out.println(USAGE);
                        return null;
                    }
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        positional.add(args[i]);
                    }
                }
            }
            if (positional.size() < 2 || batch < 1) {
                throw new IllegalArgumentException(positional.size() < 2 ? "needs at least one INPUT and an OUTPUT"
                        : "--batch must be positive");
            }
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            System.err.println("storyline spark: " + (e instanceof ArrayIndexOutOfBoundsException ? "an option lacks its value" : e.getMessage()));
            System.err.println(USAGE);
            return null;
        }
        return new JobArguments(master, positional.subList(0, positional.size() - 1), positional.get(positional.size() - 1),
                new StorylineJob.Options(batch, partitions));
    }
}
