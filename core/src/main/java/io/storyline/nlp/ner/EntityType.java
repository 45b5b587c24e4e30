package io.storyline.nlp.ner;

/** The CoNLL-2003 entity types and the names the pipeline uses for them. */
enum EntityType {
    PER("PERSON"), ORG("ORGANIZATION"), LOC("LOCATION"), MISC("MISC");

    static final EntityType[] ALL = values();
    final String pipelineName;

    EntityType(String pipelineName) {
        this.pipelineName = pipelineName;
    }

    /** The type of a CoNLL label suffix such as "PER", or null when unknown. */
    static EntityType ofConll(String label) {
        for (EntityType t : ALL) {
            if (t.name().equals(label)) {
                return t;
            }
        }
        return null;
    }
}
