package io.storyline.ingest;

/** How a page's content is marked up. */
public enum PageFormat { HTML, TEXT }
