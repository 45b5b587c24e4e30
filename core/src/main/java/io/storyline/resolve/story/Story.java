package io.storyline.resolve.story;

import java.util.List;

/**
 * Articles about one happening (the Story of the contract).
 *
 * @param id       stable: derived from the story's first article, so later articles never renumber it
 * @param title    the title of its first titled article
 * @param articles its articles in order of arrival
 * @param start    earliest publication date, or null
 * @param end      latest publication date, or null
 * @param entities its main entities, most mentioned first
 * @param why      for each article after the first, why it joined (shared entities and score, or copy)
 */
public record Story(String id, String title, List<String> articles, String start, String end, List<String> entities,
                    List<String> why) {
}
