package io.storyline.resolve.story;

/**
 * When an article is like enough a story to join it. It joins when the words agree enough, or the entities do
 * (with at least {@code minShared} shared, since one rare shared name is a coincidence more often than a story);
 * of the stories it may join it joins the likest (the two cosines weighed by {@code textWeight}). Each bar rises by {@code dayCost} for every day the article lies more than
 * {@code freeDays} outside the story's dates (one actor's next happening is usually days later), and by
 * {@code undatedExtra} when either has no date, so the window cannot rule a match out.
 *
 * @param windowDays   beyond this many days from the story's dates an article never joins it
 * @param freeDays     days outside the story's dates that cost nothing
 * @param dayCost      what each further day adds to every bar
 * @param undatedExtra what a missing date adds to every bar
 * @param minEntities  the bar for the idf-weighted cosine of entities
 * @param minShared    the entities that must be shared for the entity bar to count
 * @param minText      the bar for the TF-IDF cosine of the words against the story's centroid
 * @param textWeight   the words' share of the likeness that picks among stories the article may join
 */
public record StoryRules(int windowDays, int freeDays, double dayCost, double undatedExtra, double minEntities,
                         int minShared, double minText, double textWeight) {

    /** Tuned on the dev half of the story gold (core/src/test/resources/gold). */
    public static final StoryRules DEFAULT = new StoryRules(10, 3, 0.05, 0.15, 0.35, 2, 0.3, 0.5);
}
