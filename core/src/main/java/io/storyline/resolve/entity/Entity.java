package io.storyline.resolve.entity;

import java.util.List;

/**
 * One real thing, with every name it goes by (the Entity of the contract).
 *
 * @param id       stable: derived from the first name it was seen under
 * @param name     canonical name: the fullest name most often used
 * @param type     PERSON | ORGANIZATION | LOCATION | MISC
 * @param aliases  every other spelling seen
 * @param titles   titles and roles it was given ("NATO Secretary General")
 * @param articles ids of the articles that mention it
 * @param mentions how many mentions in all
 * @param merges   why its names were merged
 * @param references titles that stand for it in a text ("the NATO chief"), with where and why
 * @param knownId  a stable id from a dictionary when the name is known there (a country's CAMEO/ISO code "TUR",
 *                 a Phoenix actor code "IGOWSTNAT"), or null
 * @param typedBy  why its type is not the tagger's ("Phoenix actor IGOUNO", "a vessel: after 'ship'"), or null
 */
public record Entity(String id, String name, String type, List<String> aliases, List<String> titles,
                     List<String> articles, int mentions, List<MergeReason> merges, List<Reference> references,
                     String knownId, String typedBy) {

    /** An entity no dictionary knows, typed by the tagger. */
    public Entity(String id, String name, String type, List<String> aliases, List<String> titles,
                  List<String> articles, int mentions, List<MergeReason> merges, List<Reference> references) {
        this(id, name, type, aliases, titles, articles, mentions, merges, references, null, null);
    }

    /** A title used in place of the name: the article, the span and the title it refers back to. */
    public record Reference(String article, String surface, int start, int end, String how) {
    }
}
