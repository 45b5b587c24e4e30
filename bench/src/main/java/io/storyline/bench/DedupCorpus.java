package io.storyline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A crawl with planted copies, built from the TE3-Silver articles: every original once, then variants of
 * random originals: exact copies, syndicated copies (new header and footer chrome, a paragraph dropped or
 * altered), spun copies (10-30% of content words swapped by {@link SynonymSpinner}), and collages (paragraphs
 * from four or more same-period articles, each under a quarter of its source and under 40% of the collage:
 * similar, but a copy of nothing).
 * TE3-Silver holds its own near-duplicates (wire updates of one story, daily reports on one template); originals
 * whose shingle sets have Jaccard of at least {@link #RELATED_JACCARD} are grouped as related, and a collage
 * takes at most one source per group, so that it never holds most of one story through its versions.
 *
 * <p>Documents are regenerated from their number on demand, deterministically, so a million of them need no
 * memory beyond a kind and a family per document.
 */
final class DedupCorpus {
    enum Kind { ORIGINAL, EXACT, SYNDICATED, SPUN, COLLAGE }

    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern DOCID = Pattern.compile("<DOCID>(.*?)</DOCID>", Pattern.DOTALL);
    private static final Pattern DCT = Pattern.compile("<DCT>(.*?)</DCT>", Pattern.DOTALL);
    private static final Pattern DCT_VALUE = Pattern.compile("value=\"(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
    private static final String[] SITE_WORDS = {"Daily", "Global", "Times", "Herald", "Post", "Observer", "Wire",
            "Tribune", "News", "Today", "Ledger", "Gazette", "Monitor", "Chronicle", "Express", "Online", "Report"};
    private static final String[] SECTIONS = {"World", "Asia", "Europe", "Business", "Markets", "Politics",
            "Africa", "Middle East", "Sport", "Economy"};

    record Article(String id, LocalDate date, String title, String dateline, List<String> paragraphs, int words) {
        String text() {
            return title + "\n\n" + dateline + "\n\n" + String.join("\n\n", paragraphs);
        }
    }

    private final List<Article> originals;
    private final String[] originalTexts;
    private final Map<String, Integer> originalNumbers = new HashMap<>();
    private final int size;
    private final long seed;
    private final byte[] kinds;
    private final int[] families;
    private final SynonymSpinner spinner = new SynonymSpinner();
    private final int[] relatedGroup;
    static final double RELATED_JACCARD = 0.1;
    private static final double MAX_COLLAGE_SHARE = 0.4;
    private static final int MIN_COLLAGE_SOURCES = 4;

    DedupCorpus(List<Article> articles, int size, long seed) {
        this.originals = articles.subList(0, Math.min(articles.size(), Math.max(1, size / 4)));
        this.originalTexts = originals.stream().map(Article::text).toArray(String[]::new);
        for (int i = 0; i < originals.size(); i++) {
            originalNumbers.put(originals.get(i).id(), i);
        }
        this.size = size;
        this.seed = seed;
        this.relatedGroup = relatedGroups();
        this.kinds = new byte[size];
        this.families = new int[size];
        SplittableRandom random = new SplittableRandom(seed);
        for (int d = 0; d < size; d++) {
            if (d < originals.size()) {
                kinds[d] = (byte) Kind.ORIGINAL.ordinal();
                families[d] = d;
                continue;
            }
            double r = random.nextDouble();
            Kind kind = r < 0.15 ? Kind.EXACT : r < 0.45 ? Kind.SYNDICATED : r < 0.85 ? Kind.SPUN : Kind.COLLAGE;
            kinds[d] = (byte) kind.ordinal();
            families[d] = kind == Kind.COLLAGE ? -1 - d : random.nextInt(originals.size());
        }
    }

    static List<Article> readTeSilver(Path source) throws IOException {
        List<Article> out = new ArrayList<>();
        for (Path tml : TeSilverPages.tmlFiles(source)) {
            String xml = Files.readString(tml);
            String id = first(DOCID, xml).trim();
            String dct = first(DCT, xml);
            Matcher value = DCT_VALUE.matcher(dct);
            LocalDate date = value.find() ? LocalDate.parse(value.group(1)) : null;
            List<String> paragraphs = new ArrayList<>();
            int words = 0;
            for (String p : plain(first(TEXT, xml)).split("\\n\\s*\\n")) {
                String para = p.strip().replaceAll("\\s+", " ");
                if (!para.isEmpty()) {
                    paragraphs.add(para);
                    words += para.split(" ").length;
                }
            }
            if (!paragraphs.isEmpty()) {
                out.add(new Article(id, date, plain(first(TITLE, xml)).strip(), plain(dct).strip().replaceAll("\\s+", " "),
                        paragraphs, words));
            }
        }
        return out;
    }

    /** Union of originals whose shingle sets overlap by {@link #RELATED_JACCARD} or more. */
    private int[] relatedGroups() {
        int[] group = new int[originals.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        for (long[] hit : ExactJaccard.allPairs(originals.size(), i -> originalTexts[i], 3, RELATED_JACCARD).hits()) {
            int a = root(group, (int) hit[0]);
            int b = root(group, (int) hit[1]);
            group[Math.max(a, b)] = Math.min(a, b);
        }
        for (int i = 0; i < group.length; i++) {
            group[i] = root(group, i);
        }
        return group;
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            i = group[i];
        }
        return i;
    }

    /** The related-originals group of a family (TE3 near-duplicates share one); a collage's is its own. */
    int relatedGroup(int family) {
        return family >= 0 ? relatedGroup[family] : family;
    }

    int size() {
        return size;
    }

    int originalCount() {
        return originals.size();
    }

    Kind kind(int doc) {
        return Kind.values()[kinds[doc]];
    }

    /** The original a variant was made from (the document number of an original), or a unique negative number. */
    int family(int doc) {
        return families[doc];
    }

    String id(int doc) {
        if (doc < originals.size()) {
            return originals.get(doc).id();
        }
        // variant ids sort randomly against originals' ids, so the lowest-id rule is no hidden oracle
        return String.format("%06x-%d", (int) (mix(doc) & 0xffffff), doc);
    }

    int docOf(String id) {
        Integer original = originalNumbers.get(id);
        return original != null ? original : Integer.parseInt(id.substring(id.indexOf('-') + 1));
    }

    LocalDate published(int doc) {
        if (doc < originals.size()) {
            return originals.get(doc).date();
        }
        SplittableRandom random = random(doc, 1);
        LocalDate base = kind(doc) == Kind.COLLAGE ? collageSources(doc).get(0).date() : originals.get(families[doc]).date();
        return base == null || random.nextDouble() < 0.25 ? null : base.plusDays(random.nextInt(4));
    }

    String text(int doc) {
        Kind kind = kind(doc);
        if (kind == Kind.ORIGINAL || kind == Kind.EXACT) {
            return originalTexts[families[doc]];
        }
        SplittableRandom random = random(doc, 2);
        if (kind == Kind.COLLAGE) {
            return collage(doc, random);
        }
        Article original = originals.get(families[doc]);
        if (kind == Kind.SPUN) {
            double share = 0.10 + 0.20 * random.nextDouble();
            return spinner.spin(original.title(), share, random) + "\n\n" + original.dateline() + "\n\n"
                    + spinner.spin(String.join("\n\n", original.paragraphs()), share, random);
        }
        return syndicated(original, random);
    }

    private String syndicated(Article original, SplittableRandom random) {
        String site = SITE_WORDS[random.nextInt(SITE_WORDS.length)] + " " + SITE_WORDS[random.nextInt(SITE_WORDS.length)];
        String section = SECTIONS[random.nextInt(SECTIONS.length)];
        List<String> paragraphs = new ArrayList<>(original.paragraphs());
        if (paragraphs.size() >= 4 && random.nextBoolean()) {
            paragraphs.remove(1 + random.nextInt(paragraphs.size() - 1));
        }
        if (random.nextBoolean()) {
            int at = random.nextInt(paragraphs.size());
            String p = paragraphs.get(at);
            int cut = p.lastIndexOf(". ", p.length() - 3);
            paragraphs.set(at, cut > 40 ? p.substring(0, cut + 1) : p + " (Updated)");
        }
        StringBuilder page = new StringBuilder();
        page.append(site).append(" | ").append(section).append('\n');
        page.append("Home > ").append(section).append(" > Latest\n");
        if (random.nextBoolean()) {
            page.append("Share on Facebook  Share on Twitter  Email  Print\n");
        }
        page.append(original.title()).append(random.nextBoolean() ? " - " + site : "").append("\n\n");
        page.append(original.dateline()).append("\n\n").append(String.join("\n\n", paragraphs)).append("\n\n");
        if (random.nextBoolean()) {
            Article other = originals.get(random.nextInt(originals.size()));
            page.append("Related: ").append(other.title()).append('\n');
        }
        page.append("Tags: ").append(section).append(", news\n");
        page.append("(c) ").append(random.nextInt(1997, 2025)).append(' ').append(site).append(". All rights reserved.\n");
        return page.toString();
    }

    private String collage(int doc, SplittableRandom random) {
        List<Article> candidates = collageSources(doc);
        List<List<String>> taken = new ArrayList<>();
        int[] takenWords = new int[candidates.size()];
        // add sources until one more than the minimum contribute, then trim any that dominates
        for (int s = 0; s < candidates.size(); s++) {
            Article source = candidates.get(s);
            List<String> paragraphs = new ArrayList<>();
            int budget = source.words() / 4;
            int start = random.nextInt(source.paragraphs().size());
            for (int k = 0; k < source.paragraphs().size(); k++) {
                String p = source.paragraphs().get((start + k) % source.paragraphs().size());
                int words = p.split(" ").length;
                if (words <= budget) {
                    paragraphs.add(p);
                    budget -= words;
                    takenWords[s] += words;
                }
            }
            taken.add(paragraphs);
            if (Arrays.stream(takenWords).filter(w -> w > 0).count() > MIN_COLLAGE_SOURCES) {
                break;
            }
        }
        trimDominant(taken, takenWords);
        StringBuilder text = new StringBuilder("Roundup: ").append(candidates.get(0).title()).append("\n\n");
        for (List<String> paragraphs : taken) {
            for (String p : paragraphs) {
                text.append(p).append("\n\n");
            }
        }
        return text.toString();
    }

    /** Trims the sources that dominate: a text that is mostly one article's excerpt would be a partial copy of it. */
    private static void trimDominant(List<List<String>> taken, int[] takenWords) {
        int sources = taken.size();
        boolean trimmed = true;
        while (trimmed) {
            trimmed = false;
            int total = 0;
            for (int s = 0; s < sources; s++) {
                total += takenWords[s];
            }
            for (int s = 0; s < sources; s++) {
                List<String> paragraphs = taken.get(s);
                if (takenWords[s] > MAX_COLLAGE_SHARE * total && !paragraphs.isEmpty()) {
                    takenWords[s] -= paragraphs.remove(paragraphs.size() - 1).split(" ").length;
                    trimmed = true;
                    break;
                }
            }
        }
    }

    /**
     * Up to twelve originals near each other in the (date-sorted) list, one per related group: same period, often
     * the same story; a collage uses the first ones it needs.
     */
    private List<Article> collageSources(int doc) {
        SplittableRandom random = random(doc, 3);
        int around = random.nextInt(originals.size());
        int count = 12;
        List<Article> sources = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int at = Math.floorMod(around + random.nextInt(-20, 21), originals.size());
            if (!groups.contains(relatedGroup[at])) {
                sources.add(originals.get(at));
                groups.add(relatedGroup[at]);
            }
        }
        return sources;
    }

    private SplittableRandom random(int doc, int purpose) {
        return new SplittableRandom(mix(seed * 31 + doc) ^ purpose * 0x9E3779B97F4A7C15L);
    }

    private static String first(Pattern p, String xml) {
        Matcher m = p.matcher(xml);
        return m.find() ? m.group(1) : "";
    }

    private static String plain(String xml) {
        return TAG.matcher(xml).replaceAll("").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"");
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53a87d3L;
        h ^= h >>> 33;
        return h;
    }
}
