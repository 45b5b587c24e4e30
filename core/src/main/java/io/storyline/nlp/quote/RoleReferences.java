package io.storyline.nlp.quote;

import io.storyline.nlp.EntityMention;
import io.storyline.nlp.Token;
import io.storyline.nlp.Tokenizer;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows titles used in place of a name back to the person: once "NATO Secretary General Jens Stoltenberg" is
 * written, a later "the NATO chief" or "the NATO boss" is him (same kind of title, no modifier the first lacks).
 * Stateless and thread-safe.
 */
public final class RoleReferences {
    /** A title standing for a person: its span and the index of the person's mention it refers back to. */
    public record Reference(String surface, int start, int end, int personMention, String how) {
    }

    private final Tokenizer tokenizer = new Tokenizer();
    private final RoleTagger roles = new RoleTagger();
    private final TitleAttacher attacher = new TitleAttacher();

    public List<Reference> find(String text, List<EntityMention> entities) {
        List<Token> tokens = tokenizer.tokenize(text);
        List<RoleTitle> titles = roles.titles(text, tokens, entities);
        Map<RoleTitle, EntityMention> holders = new IdentityHashMap<>();
        for (TitleAttachment a : attacher.attach(text, titles, entities)) {
            holders.put(a.role(), a.person());
        }
        List<Reference> found = new ArrayList<>();
        List<RoleTitle> attached = new ArrayList<>();
        for (RoleTitle title : titles) {
            EntityMention holder = holders.get(title);
            if (holder != null) {
                attached.add(title);
                continue;
            }
            for (int i = attached.size() - 1; i >= 0; i--) {
                RoleTitle earlier = attached.get(i);
                if (earlier.end() <= title.start() && title.canReferTo(earlier)) {
                    found.add(new Reference(text.substring(title.start(), title.end()), title.start(), title.end(),
                            entities.indexOf(holders.get(earlier)),
                            "refers back to \"" + text.substring(earlier.start(), earlier.end()) + "\""));
                    break;
                }
            }
        }
        return found;
    }

}
