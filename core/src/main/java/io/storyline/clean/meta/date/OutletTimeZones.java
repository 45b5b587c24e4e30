package io.storyline.clean.meta.date;

import io.storyline.clean.meta.lexicon.TsvResource;

import java.net.URI;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The time zone an outlet most likely prints in, from its address's top-level domain, else its language
 * ({@code outlet-time-zones.tsv}). Used only to read a UTC timestamp as the outlet's local day.
 */
public final class OutletTimeZones {

    public static final String RESOURCE = "outlet-time-zones.tsv";

    private final Map<String, ZoneId> zones = new HashMap<>();

    public OutletTimeZones() {
        this(TsvResource.rows(RESOURCE));
    }

    public OutletTimeZones(List<String[]> rows) {
        for (String[] row : rows) {
            if (row.length < 2) throw new IllegalArgumentException(RESOURCE + ": expected key and zone: " + String.join("\t", row));
            zones.put(row[0].strip().toLowerCase(Locale.ROOT), ZoneId.of(row[1].strip()));
        }
    }

    public Optional<ZoneId> of(String url, String language) {
        String host = host(url);
        if (host != null) {
            String[] labels = host.split("\\.");
            for (int n = Math.min(2, labels.length - 1); n >= 1; n--) {
                String tld = String.join(".", List.of(labels).subList(labels.length - n, labels.length));
                ZoneId z = zones.get("tld:" + tld);
                if (z != null) return Optional.of(z);
            }
        }
        return language == null ? Optional.empty() : Optional.ofNullable(zones.get("lang:" + language.toLowerCase(Locale.ROOT)));
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null; // an address we cannot parse says nothing about the zone
        }
    }
}
