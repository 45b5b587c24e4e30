package io.storyline.crawl;

/** What the last fetch of a URL said about its version, sent back for a conditional GET; either may be null. */
public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);

    public boolean any() {
        return etag != null || lastModified != null;
    }
}
