package io.storyline.clean.meta;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Known news hosts and the names their outlets go by (general world knowledge, in news-outlet-gazetteer.tsv). */
public final class NewsOutletGazetteer {

    private final Map<String, String> byHost = new HashMap<>();

    public NewsOutletGazetteer() {
        for (String[] row : TsvResource.rows("news-outlet-gazetteer.tsv")) byHost.put(row[0].toLowerCase(Locale.ROOT), row[1]);
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
