package io.storyline.clean.meta;

import io.storyline.clean.meta.lexicon.TsvResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** News agencies whose credit makes an article a wire copy (general knowledge, in wire-agency-gazetteer.tsv). */
public final class WireAgencies {

    /** An agency's name and every way a page prints its credit. */
    public record Agency(String name, Pattern credit) {
    }

    private final List<Agency> agencies = new ArrayList<>();
    private final String alternation;
    private final Pattern anyCredit;

    public WireAgencies() {
        List<String> forms = new ArrayList<>();
        for (String[] row : TsvResource.rows("wire-agency-gazetteer.tsv")) {
            agencies.add(new Agency(row[0], Pattern.compile("^(?:" + row[1] + ")$")));
            forms.add(row[1]);
        }
        alternation = String.join("|", forms);
        anyCredit = Pattern.compile("\\b(?:" + alternation + ")\\b");
    }

    /** A regex alternation of every credit form, for embedding into credit patterns. */
    public String alternation() { return alternation; }

    /** Whether the text names any agency, e.g. the holder of "Copyright 2023 Thomson Reuters". */
    public boolean namedIn(String text) {
        return anyCredit.matcher(text).find();
    }

    /** The agency a printed credit names ("Thomson Reuters" → Reuters), if any. */
    public Optional<String> agencyOf(String credit) {
        String c = credit.strip();
        return agencies.stream().filter(a -> a.credit().matcher(c).matches()).map(Agency::name).findFirst();
    }
}
