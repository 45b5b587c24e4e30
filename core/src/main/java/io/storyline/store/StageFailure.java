package io.storyline.store;

/**
 * A stage that failed on one page: the page is stored all the same, with what the stages before gave, and this
 * names what is missing and why ({@code show} lists it).
 *
 * @param stage the stage that failed ({@code clean}, {@code language})
 * @param error what went wrong, as the exception or the budget said it
 */
public record StageFailure(String stage, String error) {
}
