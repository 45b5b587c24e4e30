package io.storyline.clean.text;

import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Raw news articles out of TimeML files: the TITLE element and the TEXT element's paragraphs, tags stripped. */
final class TimeMlArticles {
    private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);

    record Article(String file, String title, List<String> paragraphs) {
    }

    private TimeMlArticles() {
    }

    /** Every {@code step}-th file of the folder in name order, up to {@code limit} articles with text. */
    static List<Article> sample(Path folder, int step, int limit) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sorted = files.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
            return java.util.stream.IntStream.range(0, sorted.size()).filter(i -> i % step == 0).mapToObj(sorted::get)
                    .map(TimeMlArticles::read).filter(a -> !a.paragraphs().isEmpty()).limit(limit).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article read(Path file) {
        try {
            String xml = Files.readString(file);
            Matcher title = TITLE.matcher(xml);
            Matcher text = TEXT.matcher(xml);
            String body = text.find() ? text.group(1) : "";
            List<String> paragraphs = Arrays.stream(body.split("\\n\\s*\\n"))
                    .map(TimeMlArticles::plain).filter(p -> !p.isEmpty()).toList();
            return new Article(file.getFileName().toString(), title.find() ? plain(title.group(1)) : null, paragraphs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(String marked) {
        return Parser.unescapeEntities(marked.replaceAll("<[^>]+>", ""), false).replaceAll("\\s+", " ").strip();
    }
}
