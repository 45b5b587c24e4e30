package io.storyline.web;

import java.util.List;

/** One search result: the CLI's fields, plus the snippet split into plain-text parts for the page. */
record SearchItem(String id, double score, String title, String displayTitle, String outlet, String published, String snippet,
                  List<SnippetParts.Part> snippetParts, String path) {
}
