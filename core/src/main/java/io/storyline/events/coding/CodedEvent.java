package io.storyline.events.coding;

import io.storyline.events.EventMention;

import java.util.List;

/**
 * One event coded from a sentence's tree: the {@link EventMention} the merger consumes (with the actor's and
 * target's country and sector and the headline flag), plus what the syntactic coder knows beyond it: the CAMEO code,
 * the PLOVER context, the status with PLOVER's auxiliary modes, and the reasons behind its confidence.
 */
public record CodedEvent(EventMention mention, String cameo, String context, EventStatus status, List<String> reasons) {
    public CodedEvent {
        reasons = List.copyOf(reasons);
    }

    CodedEvent asMain() {
        return new CodedEvent(mention.asMain(), cameo, context, status, reasons);
    }
}
