package io.storyline.web;

/**
 * An error as RFC 9457 problem details ({@code application/problem+json}); thrown by handlers and written by
 * the server's exception mapping.
 */
final class Problem extends RuntimeException {
    static final String MEDIA_TYPE = "application/problem+json";
    private final int status;
    private final String title;

    Problem(int status, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
    }

    static Problem badRequest(String detail) {
        return new Problem(400, "Bad Request", detail);
    }

    static Problem notFound(String detail) {
        return new Problem(404, "Not Found", detail);
    }

    int status() {
        return status;
    }

    /** The JSON body: type is about:blank, so title is the HTTP status phrase, as RFC 9457 asks. */
    Body body(String instance) {
        return new Body("about:blank", title, status, getMessage(), instance);
    }

    record Body(String type, String title, int status, String detail, String instance) {
    }
}
