package io.storyline.resolve.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The mentions of one article that name the same thing, before names are matched across articles. */
final class NameGroup {
    final ArticleMentions article;
    final String type;
    final String name;
    final String key;
    final List<String> tokenKeys;
    final List<Integer> mentions = new ArrayList<>();
    final Set<String> surfaces = new LinkedHashSet<>();
    final Set<String> titles = new LinkedHashSet<>();
    final List<MergeReason> reasons = new ArrayList<>();
    final List<Entity.Reference> references = new ArrayList<>();
    /** The stable id of a known name (a country's code, a Phoenix actor code), or null. */
    String knownId;
    /** Why the type is not the tagger's, or null. */
    String typedBy;

    NameGroup(ArticleMentions article, String type, String name) {
        this.article = article;
        this.type = type;
        this.name = name;
        this.tokenKeys = NameKey.tokens(NameForms.core(type, name));
        this.key = String.join("", tokenKeys);
    }

    /** Keeps the first id and reason a mention of this group brought. */
    void typed(String id, String why) {
        knownId = knownId == null ? id : knownId;
        typedBy = typedBy == null ? why : typedBy;
    }

    /** A person named by one word only ("Kim", "Stoltenberg"): a surname or a given name, not a full name. */
    boolean partial() {
        return type.equals("PERSON") && tokenKeys.size() == 1;
    }

    /** The name's words without courtesy words, generations and legal forms ("Toyota Motor Corp." → 2). */
    int tokenCount() {
        return NameForms.core(type, name).split("\\s+").length;
    }
}
