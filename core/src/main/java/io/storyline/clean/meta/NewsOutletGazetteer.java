package io.storyline.clean.meta;

import io.storyline.clean.meta.lexicon.TsvResource;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Known news hosts and the names their outlets go by (general world knowledge, in news-outlet-gazetteer.tsv). */
public final class NewsOutletGazetteer {

    private final Map<String, String> byHost = new HashMap<>();
    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> byArchiveCode = new HashMap<>();
    private final Set<String> nonNames = new HashSet<>();

    public NewsOutletGazetteer() {
        for (String[] row : TsvResource.rows("news-outlet-gazetteer.tsv")) {
            byHost.put(row[0].toLowerCase(Locale.ROOT), row[1]);
            byName.putIfAbsent(key(row[1]), row[1]);
            if (row.length > 2) for (String form : row[2].split("\\|")) byName.putIfAbsent(key(form), row[1]);
        }
        for (String[] row : TsvResource.rows("news-archive-source-codes.tsv")) byArchiveCode.put(row[0], row[1]);
        for (String[] row : TsvResource.rows("outlet-non-names.txt")) nonNames.add(key(row[0]));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
    }

    /** The outlet a printed name stands for ("BBC News" → BBC), when the line is that name and nothing else. */
    public Optional<String> outletNamed(String printed) {
        return printed == null ? Optional.empty() : Optional.ofNullable(byName.get(key(printed)));
    }

    /** The outlet of a news archive's source code ("XIN" of XIN_ENG_20051101.0011 → Xinhua). */
    public Optional<String> outletOfArchiveCode(String code) {
        return Optional.ofNullable(byArchiveCode.get(code));
    }

    /** A section, hosting word or country that markup gives as a site name ("U.S.", "Hosted"). */
    public boolean isNotAName(String siteName) {
        return nonNames.contains(key(siteName));
    }

    /** The outlet of a host or e-mail domain, trying it and each parent domain ("edition.cnn.com" → "cnn.com"). */
    public Optional<String> outletOf(String host) {
        if (host == null) return Optional.empty();
        String h = host.toLowerCase(Locale.ROOT);
        while (h.contains(".")) {
            String name = byHost.get(h);
            if (name != null) return Optional.of(name);
            h = h.substring(h.indexOf('.') + 1);
        }
        return Optional.empty();
    }

    /** The host of a URL without "www.", or empty when it has none. */
    public static Optional<String> hostOf(String url) {
        if (url == null || url.isBlank()) return Optional.empty();
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (host == null) return Optional.empty();
            return Optional.of(host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
