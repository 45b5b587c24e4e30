package io.storyline.spark;

import io.storyline.ingest.CrawlReader;
import io.storyline.ingest.Page;
import io.storyline.ingest.ReadOutcome;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The crawl files of a job's inputs, in the order an embedded ingest reads them, and the reading of one file on an
 * executor. A plain path or a {@code file:} URI is the local disk (listed by core's {@link CrawlReader}, so the order
 * is the embedded one); any other scheme ({@code hdfs://}, {@code s3a://}) goes through Hadoop's FileSystem, and
 * each file is copied to the executor's local disk before core reads it, since core reads files by path.
 */
final class CrawlFiles {
    private CrawlFiles() {
    }

    /** One file to read: its place in the crawl and where it is. */
    record CrawlFile(int index, String location) implements Serializable {
    }

    static boolean isParquet(String input) {
        return input.toLowerCase(java.util.Locale.ROOT).replaceAll("/+$", "").endsWith(".parquet");
    }

    static boolean isLocal(String location) {
        URI uri = URI.create(location.replace(" ", "%20"));
        return uri.getScheme() == null || uri.getScheme().equals("file") || uri.getScheme().length() == 1;
    }

    static Path localPath(String location) {
        return location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
    }

    /** Every crawl file under the inputs (Parquet inputs aside); inputs that cannot be listed go to {@code missing}. */
    static List<String> list(List<String> inputs, Configuration hadoop, Consumer<ReadOutcome> missing) throws IOException {
        List<String> files = new ArrayList<>();
        for (String input : inputs) {
            if (isParquet(input)) {
                continue;
            }
            if (isLocal(input)) {
                for (Path p : CrawlReader.expand(List.of(localPath(input)), missing)) {
                    files.add(p.toString());
                }
                continue;
            }
            org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(input);
            FileSystem fs = root.getFileSystem(hadoop);
            if (!fs.exists(root)) {
                missing.accept(new ReadOutcome.Failed(input, "no such file or folder"));
                continue;
            }
            List<String> found = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            while (it.hasNext()) {
                org.apache.hadoop.fs.Path p = it.next().getPath();
                if (!p.getName().startsWith(".") && CrawlReader.reads(Path.of(p.getName()))) {
                    found.add(p.toString());
                }
            }
            found.sort(null);
            files.addAll(found);
        }
        return files;
    }

    /** Reads one crawl file on an executor: its pages, and its failures as pages' paths and reasons. */
    static void read(String location, CrawlReader reader, Configuration hadoop, Consumer<Page> pages,
                     Consumer<ReadOutcome.Failed> failures) throws IOException {
        if (isLocal(location)) {
            reader.read(localPath(location), outcome -> route(outcome, pages, failures));
            return;
        }
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(location);
        Path dir = Files.createTempDirectory("storyline-crawl");
        Path local = dir.resolve(remote.getName());
        try (InputStream in = remote.getFileSystem(hadoop).open(remote)) {
            Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
            String prefix = local.toString();
            reader.read(local, outcome -> route(renamed(outcome, prefix, location), pages, failures));
        } finally {
            Files.deleteIfExists(local);
            Files.deleteIfExists(dir);
        }
    }

    /** The outcome with the local copy's path replaced by the file's own location. */
    static ReadOutcome renamed(ReadOutcome outcome, String localPrefix, String location) {
        return switch (outcome) {
            case ReadOutcome.Read read -> {
                Page p = read.page();
                yield new ReadOutcome.Read(new Page(p.id(), location + p.path().substring(localPrefix.length()), p.url(),
                        p.format(), p.content(), p.charset(), p.fetchedAt()));
            }
            case ReadOutcome.Failed failed -> new ReadOutcome.Failed(
                    failed.path().startsWith(localPrefix) ? location + failed.path().substring(localPrefix.length())
                            : failed.path(), failed.reason());
        };
    }

    private static void route(ReadOutcome outcome, Consumer<Page> pages, Consumer<ReadOutcome.Failed> failures) {
        switch (outcome) {
            case ReadOutcome.Read read -> pages.accept(read.page());
            case ReadOutcome.Failed failed -> failures.accept(failed);
        }
    }
}
