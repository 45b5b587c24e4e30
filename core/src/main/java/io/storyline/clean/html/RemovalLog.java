package io.storyline.clean.html;

import io.storyline.clean.Extraction;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The blocks an extraction dropped and why, reported in page order however late they were dropped. */
final class RemovalLog {
    private record Entry(int order, String block, String reason) {
    }

    private final Map<Element, Integer> order = new IdentityHashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    RemovalLog(Element root) {
        int i = 0;
        for (Element e : root.getAllElements()) {
            order.put(e, i++);
        }
    }

    /** Records the element's text (if any) under {@code reason} and takes it out of the tree. */
    void remove(Element e, String reason) {
        note(e, reason);
        e.remove();
    }

    void note(Element e, String reason) {
        String text = BlockText.normalise(e.text());
        if (!text.isEmpty()) {
            entries.add(new Entry(position(e), text, reason));
        }
    }

    private int position(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            Integer o = order.get(p);
            if (o != null) return o;
        }
        return Integer.MAX_VALUE;
    }

    List<Extraction.Removed> removed() {
        return entries.stream().sorted(Comparator.comparingInt(Entry::order))
                .map(en -> new Extraction.Removed(en.block(), en.reason())).toList();
    }
}
