package io.storyline.nlp.quote;

import io.storyline.nlp.EntityMention;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.Token;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What attribution needs to know about one document: its tokens and sentences, entity mentions, role titles,
 * and which titles the document attached to which person ({@link TitleAttacher}).
 */
final class QuoteDocument {
    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final List<EntityMention> entities;
    final List<RoleTitle> roles;
    final List<TitleAttachment> attachments;

    QuoteDocument(String text, List<Sentence> sentences, List<Token> tokens, List<EntityMention> entities,
                  List<RoleTitle> roles) {
        this.text = text;
        this.sentences = sentences;
        this.tokens = tokens;
        this.entities = entities.stream().sorted(Comparator.comparingInt(EntityMention::start)).toList();
        this.roles = roles;
        this.attachments = new TitleAttacher().attach(text, roles, entities);
    }

    /** Index of the first token that ends after {@code offset}. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The sentence holding {@code offset} (or the first after it). */
    Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return sentences.get(lo);
    }

    /** The mention spelled out in full that a one-word PERSON mention ("Kim", "Smith") abbreviates, else the mention itself. */
    EntityMention fullName(EntityMention mention) {
        if (!mention.type().equals("PERSON") || mention.surface().strip().contains(" ")) {
            return mention;
        }
        String word = mention.surface().strip().toLowerCase(Locale.ROOT);
        EntityMention before = null;
        EntityMention after = null;
        for (EntityMention m : entities) {
            String[] parts = m.surface().strip().toLowerCase(Locale.ROOT).split("\\s+");
            if (!m.type().equals("PERSON") || parts.length < 2
                    || !(parts[0].equals(word) || parts[parts.length - 1].equals(word))) {
                continue;
            }
            if (m.start() < mention.start()) {
                before = m;
            } else if (after == null) {
                after = m;
            }
        }
        return before != null ? before : after != null ? after : mention;
    }

    TitleAttachment attachmentOf(RoleTitle role) {
        for (TitleAttachment a : attachments) {
            if (a.role() == role) {
                return a;
            }
        }
        return null;
    }

    /** The person an unattached title refers back to: the latest earlier attached title it can stand for (else a later one). */
    TitleAttachment referent(RoleTitle nominal) {
        TitleAttachment best = null;
        for (TitleAttachment a : attachments) {
            if (a.role() == nominal || !nominal.canReferTo(a.role())) {
                continue;
            }
            if (a.role().start() < nominal.start()) {
                best = a;
            } else if (best == null) {
                return a;
            }
        }
        return best;
    }
}
