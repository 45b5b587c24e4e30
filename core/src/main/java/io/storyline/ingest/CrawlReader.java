package io.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads the pages of crawl files: plain text, HTML, JSON Lines and WARC, each optionally gzipped. A file that
 * cannot be read is reported as a {@link ReadOutcome.Failed} with the reason, never thrown, so one bad file
 * never stops a batch.
 */
public final class CrawlReader {
    /** The largest page we accept; bigger ones are almost always dumps, logs or binaries by mistake. */
    public static final long DEFAULT_MAX_PAGE_BYTES = 32L << 20;

    private final PageDecoder decoder = new PageDecoder();
    private final long maxPageBytes;

    public CrawlReader() {
        this(DEFAULT_MAX_PAGE_BYTES);
    }

    public CrawlReader(long maxPageBytes) {
        this.maxPageBytes = maxPageBytes;
    }

    /**
     * Every readable file under the given files and folders, in a stable order; hidden files are skipped. A root
     * that does not exist is reported to {@code missing} and the others are still read.
     */
    public static List<Path> expand(List<Path> roots, Consumer<ReadOutcome> missing) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                missing.accept(new ReadOutcome.Failed(root.toString(), "no such file or folder"));
                continue;
            }
            if (Files.isDirectory(root)) {
                List<Path> found = new ArrayList<>();
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isRegularFile() && !file.getFileName().toString().startsWith(".")
                                && kindOf(file) != null) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        // an unreadable subfolder costs its own pages, never the rest of the crawl
                        missing.accept(new ReadOutcome.Failed(file.toString(), "cannot be read: " + describe(e)));
                        return FileVisitResult.CONTINUE;
                    }
                });
                found.sort(null);
                files.addAll(found);
            } else if (!Files.isRegularFile(root)) {
                // a FIFO or a device would block the ingest or never end
                missing.accept(new ReadOutcome.Failed(root.toString(), "not a regular file (a pipe, socket or device); "
                        + "save the pages to a file first"));
            } else {
                files.add(root);
            }
        }
        return files;
    }

    /** Whether the file's name says it is one we read (.txt .html .htm .jsonl .warc, optionally .gz). */
    public static boolean reads(Path file) {
        return kindOf(file) != null;
    }

    /** The kind of file by its name, or null when we do not read such files. */
    static FileKind kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".warc")) return FileKind.WARC;
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return FileKind.JSON_LINES;
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return FileKind.HTML;
        if (name.endsWith(".txt") || name.endsWith(".text")) return FileKind.TEXT;
        return null;
    }

    enum FileKind { TEXT, HTML, JSON_LINES, WARC }

    /** Reads one file and hands each page, or each failure, to {@code out}. */
    public void read(Path file, Consumer<ReadOutcome> out) {
        String path = file.toString();
        FileKind kind = kindOf(file);
        if (kind == null) {
            out.accept(new ReadOutcome.Failed(path, "unsupported file type (expected .txt .html .htm .jsonl .warc, optionally .gz)"));
            return;
        }
        try {
            switch (kind) {
                case TEXT, HTML -> out.accept(readSinglePage(file, kind));
                case JSON_LINES -> new JsonLinesPages(decoder, maxPageBytes).read(file, this::open, out);
                case WARC -> new WarcPages(decoder, maxPageBytes).read(file, out);
            }
        } catch (IOException e) {
            out.accept(new ReadOutcome.Failed(path, describe(e)));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a library choking on malformed input must cost this file, never the batch
            out.accept(new ReadOutcome.Failed(path, "unreadable: " + e));
        }
    }

    private ReadOutcome readSinglePage(Path file, FileKind kind) throws IOException {
        String path = file.toString();
        try (InputStream in = open(file)) {
            byte[] bytes = readLimited(in, maxPageBytes);
            PageFormat format = kind == FileKind.HTML || PageFormats.looksLikeHtml(bytes) ? PageFormat.HTML : PageFormat.TEXT;
            PageDecoder.Decoded decoded = decoder.decode(bytes, format, null);
            return new ReadOutcome.Read(new Page(ContentId.of(decoded.text()), path, null, format, decoded.text(),
                    decoded.charset(), null));
        } catch (BadPageException e) {
            return new ReadOutcome.Failed(path, e.getMessage());
        }
    }

    InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            try {
                return new GZIPInputStream(in, 1 << 16);
            } catch (IOException e) {
                in.close();
                throw e;
            }
        }
        return in;
    }

    /** Reads at most {@code limit} bytes; more is an error rather than a silent cut. */
    static byte[] readLimited(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw new PageTooLargeException(limit);
        }
        return bytes;
    }

    /** A short reason for a user, from an I/O failure. */
    static String describe(IOException e) {
        if (e instanceof PageTooLargeException) {
            return e.getMessage();
        }
        if (e instanceof java.io.EOFException || (e instanceof java.util.zip.ZipException)) {
            return "truncated or corrupt gzip data (" + e.getMessage() + ")";
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    static final class PageTooLargeException extends IOException {
        PageTooLargeException(long limit) {
            super("page larger than the " + (limit >> 20) + " MB limit");
        }
    }
}
