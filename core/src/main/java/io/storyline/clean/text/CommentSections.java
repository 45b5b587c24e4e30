package io.storyline.clean.text;

import java.util.List;

/**
 * Readers' comments are prose too, so the region finder can run on from the article into them. A comment
 * section opener ("Leave a Reply", "27 Comments") inside the region, after the body of an article, ends
 * the article there.
 */
public final class CommentSections {
    /** Prose words of the region above an opener for it to close the article rather than sit in its header. */
    private static final int ARTICLE_BODY_WORDS = 150;

    private final BoilerplateLexicon lexicon;

    public CommentSections(BoilerplateLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The region, ended at the first comment-section opener that follows the article's body. */
    public CoreRegionFinder.Region cut(List<DumpLine> lines, CoreRegionFinder.Region region) {
        int proseWords = 0;
        for (int i = region.start(); i < region.end(); i++) {
            DumpLine line = lines.get(i);
            if (line.kind() == LineKind.PROSE) {
                proseWords += line.features().words();
            } else if (proseWords >= ARTICLE_BODY_WORDS && lexicon.opensCommentSection(line.text())) {
                return new CoreRegionFinder.Region(region.start(), i);
            }
        }
        return region;
    }
}
