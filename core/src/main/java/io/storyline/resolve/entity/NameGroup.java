package io.storyline.resolve.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The mentions of one article that name the same thing, before names are matched across articles. */
final class NameGroup {
    final ArticleMentions article;
    String type;
    final String name;
    String key;
    List<String> tokenKeys;
    /** The keys a word of the name alone may have: each token's, and a token's without its particle ("al-Maliki"). */
    Set<String> wordKeys;
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
        keys();
    }

    private void keys() {
        String core = NameForms.core(type, name);
        tokenKeys = NameKey.tokens(core);
        key = String.join("", tokenKeys);
        wordKeys = new LinkedHashSet<>(tokenKeys);
        for (String word : core.split("\\s+")) {
            String bare = NameForms.withoutParticle(word);
            if (!bare.equals(word)) {
                wordKeys.addAll(NameKey.tokens(bare));
            }
        }
    }

    /**
     * Gives the group another type when the article shows the tagger's was wrong (a surname used alone as a
     * person's); its keys follow the new type's name forms.
     */
    void retype(String newType, String why) {
        type = newType;
        typedBy = why;
        keys();
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

    /** Whether this group goes by the name: its name or any spelling of it, in any letter case. */
    boolean goesBy(String other) {
        return name.equalsIgnoreCase(other) || surfaces.stream().anyMatch(s -> s.equalsIgnoreCase(other));
    }

    /**
     * Whether this is a full name the tagger did not take for a person's that may still be the person a surname
     * alone names: not a person's already, not known to a dictionary, of two words or more, not an acronym, no
     * English word in it ("Bank", "Iron Lady …"), and ending with the surname.
     */
    boolean mayBeAPersonNamed(Set<String> surnameKeys) {
        List<String> words = List.of(NameForms.core(type, name).split("\\s+"));
        return !type.equals("PERSON") && knownId == null && words.size() >= 2 && !Acronyms.isAcronym(name)
                && words.stream().noneMatch(EnglishWords::isCommon) && !tokenKeys.isEmpty()
                && surnameKeys.contains(tokenKeys.get(tokenKeys.size() - 1));
    }
}
