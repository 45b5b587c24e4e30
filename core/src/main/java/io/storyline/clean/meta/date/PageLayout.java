package io.storyline.clean.meta.date;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the story sits among a page's lines: the lines before it (header, navigation, widgets) and after it
 * (footer, feed stamps) carry different kinds of dates than the story itself.
 */
public final class PageLayout {

    private static final int PROSE_WORDS = 12;
    private static final int LEAD_LINES = 5;

    private final List<String> lines;
    private final Set<String> mainLines;
    private final int storyStart;
    private final int storyEnd;

    public PageLayout(List<String> lines, String mainText, String title) {
        this.lines = List.copyOf(lines);
        this.mainLines = new HashSet<>();
        if (mainText != null) mainText.lines().map(PageLayout::norm).filter(l -> !l.isEmpty()).forEach(mainLines::add);
        int firstProse = -1, lastProse = -1, titleLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            String l = norm(lines.get(i));
            if (title != null && titleLine < 0 && !l.isEmpty() && l.equals(norm(title))) titleLine = i;
            if (words(l) >= PROSE_WORDS && isMain(i)) {
                if (firstProse < 0) firstProse = i;
                lastProse = i;
            }
        }
        this.storyStart = titleLine >= 0 && (firstProse < 0 || titleLine < firstProse) ? titleLine
                : Math.max(firstProse, 0);
        this.storyEnd = lastProse < 0 ? lines.size() - 1 : lastProse;
    }

    public List<String> lines() { return lines; }

    public String line(int i) { return lines.get(i); }

    public int size() { return lines.size(); }

    public boolean beforeStory(int i) { return i < storyStart; }

    /** In the header or the first few non-blank lines of the story, where a page prints its own date. */
    public boolean inLead(int i) {
        if (i < storyStart) return true;
        int nonBlank = 0;
        for (int j = storyStart; j < i; j++) if (!lines.get(j).isBlank()) nonBlank++;
        return nonBlank < LEAD_LINES;
    }

    /** Within a few non-blank lines after the story: where credits and copyright of the story sit. */
    public boolean closesStory(int i) {
        if (i <= storyEnd) return !beforeStory(i);
        int nonBlank = 0;
        for (int j = storyEnd + 1; j < i; j++) if (!lines.get(j).isBlank()) nonBlank++;
        return nonBlank < LEAD_LINES;
    }

    public boolean afterStory(int i) { return i > storyEnd; }

    /** Above the story with more than a few non-blank lines between: lists, teasers and mastheads, not its own head. */
    public boolean farAboveStory(int i) {
        if (!beforeStory(i)) return false;
        int nonBlank = 0;
        for (int j = i + 1; j < storyStart; j++) if (!lines.get(j).isBlank()) nonBlank++;
        return nonBlank >= LEAD_LINES;
    }

    /** Inside the story span and kept by the main-text extractor. */
    public boolean inStory(int i) { return !beforeStory(i) && !afterStory(i) && isMain(i); }

    private boolean isMain(int i) {
        return mainLines.isEmpty() || mainLines.contains(norm(lines.get(i)));
    }

    /** The nearest non-blank line before {@code i}, or "". */
    public String previousText(int i) {
        for (int j = i - 1; j >= 0; j--) if (!lines.get(j).isBlank()) return lines.get(j).strip();
        return "";
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String norm(String s) {
        return s.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
    }
}
