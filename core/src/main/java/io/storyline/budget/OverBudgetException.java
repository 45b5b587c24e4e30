package io.storyline.budget;

/** A page's stage ran past its budget; the page is stored with what the stages before gave. */
public final class OverBudgetException extends RuntimeException {
    public OverBudgetException(String message) {
        super(message);
    }
}
