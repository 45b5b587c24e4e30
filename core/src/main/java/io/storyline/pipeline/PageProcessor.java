package io.storyline.pipeline;

import io.storyline.budget.PageDeadline;
import io.storyline.clean.pipeline.ArticleCleaner;
import io.storyline.clean.CleanArticle;
import io.storyline.clean.UncleanedArticle;
import io.storyline.clean.text.LineStatistics;
import io.storyline.ingest.Page;
import io.storyline.nlp.Annotations;
import io.storyline.nlp.annotate.LanguagePipeline;
import io.storyline.store.Arrival;
import io.storyline.store.StageFailure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The per-page stages: cleans and annotates one new page, within the page's budget. Shared by the embedded ingest
 * and by the distributed job (which runs it in each executor), so both make the same article of the same page.
 */
public final class PageProcessor {
    private final ArticleCleaner cleaner;
    private final LanguagePipeline language;
    private final PageBudget budget;

    public PageProcessor(ArticleCleaner cleaner, LanguagePipeline language, PageBudget budget) {
        this.cleaner = cleaner;
        this.language = language;
        this.budget = budget;
    }

    /**
     * Cleans and annotates a new page; {@code lines} is the corpus's count of text lines so far. A stage that fails
     * on the page (a bug, a page that defeats it, the page's budget) never loses it: the page arrives with what the
     * stages before gave, and the failure is named in {@link Arrival#failures()}. Empty only when not even the
     * page's text can be had.
     */
    public Result process(Page page, LineStatistics lines) {
        List<StageFailure> failed = new ArrayList<>();
        CleanArticle article;
        LocalDate anchor;
        try {
            ArticleCleaner.Cleaned cleaned = PageDeadline.within(budget.clean(), "clean", () -> cleaner.clean(page, lines));
            article = cleaned.article();
            anchor = cleaned.timeAnchor();
        } catch (Exception | Error e) {
            failed.add(new StageFailure("clean", describe(rethrowIfFatal(e))));
            anchor = null;
            try {
                article = UncleanedArticle.of(page);
            } catch (Exception | Error again) {
                rethrowIfFatal(again);
                return new Result(Optional.empty(), failed);
            }
        }
        Annotations annotations;
        String text = article.text();
        try {
            String annotated = LanguageText.within(text, budget.languageChars());
            if (annotated.length() < text.length()) {
                failed.add(new StageFailure("language", "text of " + text.length() + " chars is over the budget of "
                        + budget.languageChars() + "; annotated the first " + annotated.length()));
            }
            LocalDate day = anchor;
            // the entity, role, time and quote models are English: another language is stored, searchable and
            // flagged by its language, never tagged with English entities
            annotations = readsAsEnglish(article.language())
                    ? PageDeadline.within(budget.language(), "language", () -> language.annotate(annotated, day))
                    : Annotations.NONE;
        } catch (Exception | Error e) {
            failed.removeIf(f -> f.stage().equals("language"));
            failed.add(new StageFailure("language", describe(rethrowIfFatal(e))));
            annotations = Annotations.NONE;
        }
        return new Result(Optional.of(new Arrival(page, article, annotations, failed)), failed);
    }

    /** What became of a page: its arrival at the store (none when not even its text could be had), and the stages that failed. */
    public record Result(Optional<Arrival> arrival, List<StageFailure> failures) {
        public Result {
            failures = List.copyOf(failures);
        }

        /** The run's report lines for the page's failures: which stage failed, why, and what was stored. */
        public List<String> messages(String path) {
            return failures.stream().map(f -> path + ": " + f.stage() + " failed (" + f.error() + ")"
                    + (f.stage().equals("clean") && failures.size() == 1 ? "; stored uncleaned" : "; stored")).toList();
        }
    }

    /** A page's failure, for its record: the exception, and where our code threw it. */
    static String describe(Throwable e) {
        String where = "";
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("io.storyline.")) {
                where = " at " + frame.getClassName().substring("io.storyline.".length()) + "." + frame.getMethodName()
                        + ":" + frame.getLineNumber();
                break;
            }
        }
        String message = e instanceof StackOverflowError ? "page nested too deeply (stack overflow)" : e.toString();
        return message + where;
    }

    /** Errors a page cannot cause and the JVM may not survive (an internal error) end the run; the rest are the page's. */
    private static Throwable rethrowIfFatal(Throwable e) {
        if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError) && !(e instanceof OutOfMemoryError)) {
            throw (VirtualMachineError) e;
        }
        return e;
    }

    /** English, or a language nobody could tell (short texts), which the English models are the best guess for. */
    public static boolean readsAsEnglish(String language) {
        return language == null || language.isBlank() || language.equals("en");
    }
}
