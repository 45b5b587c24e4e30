package io.storyline.web;

import java.util.List;

/**
 * One thing on a timeline: an event (with the sentences that attest it) or an article (at its publication date).
 *
 * @param kind "event" or "article"
 */
record TimelineItem(String kind, String id, String start, String end, String label, String type,
                    List<String> articles, List<Evidence> evidence) {
    record Evidence(String article, int start, int end, String sentence) {
    }
}
