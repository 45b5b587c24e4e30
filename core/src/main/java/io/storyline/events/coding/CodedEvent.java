package io.storyline.events.coding;

import io.storyline.events.EventMention;

import java.util.List;

/**
 * One event coded from a sentence's tree: the {@link EventMention} the merger consumes, plus what the syntactic
 * coder knows beyond it: the CAMEO code and PLOVER context, the status with PLOVER's auxiliary modes, the GDELT-like
 * country and sector of actor and target (Actor1CountryCode, Actor1Type1Code…; null when unknown), whether it is the
 * article's headline event, and the reasons behind its confidence.
 */
public record CodedEvent(EventMention mention, String cameo, String context, EventStatus status,
                         String actorCountry, String actorSector, String targetCountry, String targetSector,
                         boolean main, List<String> reasons) {
    public CodedEvent {
        reasons = List.copyOf(reasons);
    }

    CodedEvent asMain() {
        return new CodedEvent(mention, cameo, context, status, actorCountry, actorSector, targetCountry, targetSector,
                true, reasons);
    }
}
