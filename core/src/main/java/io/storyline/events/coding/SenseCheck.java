package io.storyline.events.coding;

import io.storyline.nlp.DependencyTree;
import io.storyline.language.LexiconFile;
import io.storyline.nlp.SyntaxNode;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Checks a verb's sense by the kind of its object ({@code sense-checks.txt}): when no CAMEO pattern fitted and the
 * verb's own coding decided, "release" must release a person, or it is no event. A fitted pattern already chose
 * the sense, so it is not checked again.
 */
public final class SenseCheck {
    private static final SenseCheck STANDARD = new SenseCheck(
            LexiconFile.lines(SenseCheck.class, "/io/storyline/events/sense-checks.txt"), ActorDictionary.standard());
    private static final Set<String> PERSONAL = Set.of("him", "her", "them", "he", "she", "they", "us", "me");

    /** What an argument is: the entity type of a mention at that word ("PERSON"), or null for a common word. */
    public interface Kinds extends IntFunction<String> {
    }

    private final Map<String, Set<String>> required = new HashMap<>();
    private final ActorDictionary actors;

    public SenseCheck(List<String> lines, ActorDictionary actors) {
        this.actors = actors;
        for (String line : lines) {
            String[] f = line.split("\\|");
            if (f.length != 2) {
                throw new IllegalArgumentException("sense checks: need 'lemma | kinds': " + line);
            }
            required.put(f[0].strip().toLowerCase(Locale.ROOT), Set.of(f[1].strip().split("\\s+")));
        }
    }

    public static SenseCheck standard() {
        return STANDARD;
    }

    /** Whether the predicate keeps its coding with these arguments; {@code kinds} tells entity types by word index. */
    public boolean keeps(DependencyTree tree, CodedPredicate predicate, Arguments arguments, Kinds kinds) {
        Set<String> needs = required.get(tree.node(predicate.verb()).lemma().toLowerCase(Locale.ROOT));
        if (needs == null || predicate.pattern() != null || !predicate.entry().particles().isEmpty()) {
            return true;
        }
        if (arguments.targets().isEmpty()) {
            return true; // "the hostages were freed" without an object to judge by: the report decides
        }
        for (int target : arguments.targets()) {
            String kind = kinds.apply(target);
            boolean person = "PERSON".equals(kind) || PERSONAL.contains(tree.node(target).text().toLowerCase(Locale.ROOT))
                    || actors.resolve(words(tree, target)).map(ActorCode::sector).isPresent();
            boolean actor = person || "ORGANIZATION".equals(kind) || "LOCATION".equals(kind)
                    || actors.resolve(words(tree, target)).isPresent();
            if (needs.contains("person") && person || needs.contains("actor") && actor) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(DependencyTree tree, int head) {
        return tree.subtree(head).stream().map(SyntaxNode::text).toList();
    }
}
