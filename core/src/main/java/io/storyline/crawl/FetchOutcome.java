package io.storyline.crawl;

/** How one fetch ended; only {@link #FETCHED} bodies are archived. */
public enum FetchOutcome {
    FETCHED("fetched"),
    NOT_MODIFIED("not modified since the last fetch (304)"),
    DISALLOWED_BY_ROBOTS("disallowed by robots.txt"),
    TOO_LARGE("larger than the page size limit"),
    TIMED_OUT("took longer than the page time limit"),
    REDIRECT_LOOP("redirect loop"),
    TOO_MANY_REDIRECTS("more redirects than the limit"),
    HTTP_ERROR("HTTP error status"),
    NETWORK_ERROR("network error"),
    TRUNCATED("body shorter than its Content-Length"),
    NOT_A_PAGE("content type is neither a page nor a feed or sitemap");

    private final String meaning;

    FetchOutcome(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
