package io.storyline.web;

import java.util.List;

/**
 * Who is tied to whom around one entity.
 *
 * @param edgeWeight what an edge's weight counts: "events" shared, or "articles" shared when there are no events
 */
record GraphView(List<Node> nodes, List<Edge> edges, String edgeWeight) {
    record Node(String id, String name, String type, int mentions) {
    }

    record Edge(String source, String target, int weight) {
    }
}
