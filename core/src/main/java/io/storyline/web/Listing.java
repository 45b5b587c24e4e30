package io.storyline.web;

import java.util.List;

/** A list as the API returns it: one page of items and how many there are in all. */
record Listing<T>(List<T> items, long total) {
    static <T> Listing<T> page(List<T> all, int limit, int offset) {
        int from = Math.min(offset, all.size());
        int to = Math.min(all.size(), from + limit);
        return new Listing<>(all.subList(from, to), all.size());
    }
}
