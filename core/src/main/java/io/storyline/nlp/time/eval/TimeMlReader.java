package io.storyline.nlp.time.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads TimeML (.tml) files. Hand-written on purpose: scoring needs each TIMEX3's character offsets in the TEXT
 * element's plain text, which DOM parsers (jsoup, javax.xml) do not keep.
 */
public final class TimeMlReader {
    private static final Pattern CREATION_TIME = Pattern.compile(
            "<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(type|value)=\"([^\"]*)\"");

    private TimeMlReader() {
    }

    /** Every .tml file under {@code root}, in path order. */
    public static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
    }

    public static TimeMlDocument read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        int dctAt = xml.indexOf("<DCT>");
        Matcher dct = CREATION_TIME.matcher(xml);
        if (!dct.find(Math.max(dctAt, 0))) {
            throw new IOException("no creation time in " + file);
        }
        Matcher value = VALUE.matcher(dct.group());
        if (!value.find()) {
            throw new IOException("creation time without a date in " + file);
        }
        LocalDate creation;
        try {
            creation = LocalDate.parse(value.group(1));
        } catch (DateTimeParseException e) {
            throw new IOException("creation time '" + value.group(1) + "' is no calendar day in " + file, e);
        }
        int open = xml.indexOf("<TEXT>");
        int close = xml.lastIndexOf("</TEXT>");
        if (open < 0 || close < open) {
            throw new IOException("no TEXT element in " + file);
        }
        StringBuilder text = new StringBuilder(close - open);
        List<TimeMlDocument.Timex> timexes = new ArrayList<>();
        int timexStart = -1;
        String type = null;
        String timexValue = null;
        int i = open + "<TEXT>".length();
        while (i < close) {
            char c = xml.charAt(i);
            if (c == '<') {
                int tagEnd = xml.indexOf('>', i);
                if (tagEnd < 0 || tagEnd >= close) {
                    throw new IOException("a tag opened at character " + i + " is not closed inside TEXT in " + file);
                }
                String tag = xml.substring(i, tagEnd + 1);
                if (tag.startsWith("<TIMEX3")) {
                    timexStart = text.length();
                    type = null;
                    timexValue = "";
                    Matcher a = ATTRIBUTE.matcher(tag);
                    while (a.find()) {
                        if (a.group(1).equals("type")) {
                            type = a.group(2);
                        } else {
                            timexValue = a.group(2);
                        }
                    }
                    if (tag.endsWith("/>")) {
                        timexStart = -1;
                    }
                } else if (tag.startsWith("</TIMEX3") && timexStart >= 0) {
                    if (text.length() > timexStart) {
                        timexes.add(new TimeMlDocument.Timex(timexStart, text.length(), type, timexValue));
                    }
                    timexStart = -1;
                }
                i = tagEnd + 1;
            } else if (c == '&') {
                int semi = xml.indexOf(';', i);
                String entity = semi > i && semi - i < 8 ? xml.substring(i + 1, semi) : "";
                String decoded = switch (entity) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    default -> null;
                };
                if (decoded == null) {
                    text.append(c);
                    i++;
                } else {
                    text.append(decoded);
                    i = semi + 1;
                }
            } else {
                text.append(c);
                i++;
            }
        }
        String name = file.getFileName().toString();
        return new TimeMlDocument(name, creation, text.toString(), timexes);
    }
}
