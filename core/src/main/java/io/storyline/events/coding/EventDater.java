package io.storyline.events.coding;

import io.storyline.nlp.DependencyTree;
import io.storyline.nlp.SyntaxNode;
import io.storyline.nlp.TimeMention;
import io.storyline.nlp.UniversalPos;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Dates an event from the time expressions attached to its verb in the tree ("met on Sunday": the time's words hang
 * below the verb with no other clause's verb between), else from the article's date, which the event happened on or
 * before; the basis says which.
 */
public final class EventDater {
    private static final Pattern DATE = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?$");

    /** The date at its granularity (null when none), "stated" or "article", and the words that decided it. */
    public record Dating(String value, String basis, String evidence) {
    }

    public Dating date(DependencyTree tree, int verb, List<TimeMention> times, String published) {
        for (TimeMention time : times) {
            if (time.value() == null || !DATE.matcher(time.value()).matches()) {
                continue;
            }
            for (SyntaxNode node : tree.nodes()) {
                if (node.token().start() >= time.start() && node.token().end() <= time.end() && attached(tree, verb, node.index())) {
                    return new Dating(time.value(), "stated", "'" + time.surface() + "' modifies '" + tree.node(verb).text() + "'");
                }
            }
        }
        return new Dating(published, "article", published == null ? "no date stated and the article is undated"
                : "no date attached to the verb: on or before the article's date");
    }

    /** Whether {@code word} hangs below {@code verb} without passing another verb on the way. */
    private static boolean attached(DependencyTree tree, int verb, int word) {
        for (int at = tree.node(word).head(), steps = 0; at >= 0 && steps < tree.size(); at = tree.node(at).head(), steps++) {
            if (at == verb) {
                return true;
            }
            if (tree.node(at).pos() == UniversalPos.VERB) {
                return false;
            }
        }
        return false;
    }
}
