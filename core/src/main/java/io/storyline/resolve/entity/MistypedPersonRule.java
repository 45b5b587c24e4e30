package io.storyline.resolve.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the tagger typed a person's in one place and an organisation's in another. A full name typed a person's in
 * some article is a person's wherever else it is written ("Kazi Golam Rasul"); then a one-word organisation's name
 * in an article is the surname of the one person there whose name ends with it ("But Rasul refused", "Al-Shamari
 * and his wife"). Not a place's name (Mong Kok is not Mr. Kok), an English word, an acronym or a name the
 * dictionaries know (a company named after its founder stays a company).
 */
final class MistypedPersonRule implements AliasRule {
    private final KnownNames known;

    MistypedPersonRule(KnownNames known) {
        this.known = known;
    }

    @Override
    public void apply(Merges merges) {
        retypeFullNames(merges);
        Map<String, List<Integer>> peopleByArticle = new HashMap<>();
        for (int i = 0; i < merges.size(); i++) {
            NameGroup g = merges.group(i);
            if (g.type.equals("PERSON") && !g.tokenKeys.isEmpty()) {
                peopleByArticle.computeIfAbsent(g.article.articleId(), k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < merges.size(); i++) {
            NameGroup g = merges.group(i);
            if (!g.type.equals("ORGANIZATION") || g.tokenKeys.size() != 1 || !unknownNonEnglish(g)) {
                continue;
            }
            Set<Integer> people = new LinkedHashSet<>();
            for (int p : peopleByArticle.getOrDefault(g.article.articleId(), List.of())) {
                List<String> keys = merges.group(p).tokenKeys;
                if (g.wordKeys.contains(keys.get(keys.size() - 1))) {
                    people.add(merges.find(p));
                }
            }
            if (people.size() == 1) {
                int target = people.iterator().next();
                merges.join(target, i, "one-word name tagged an organisation's, the surname of the only person in the"
                        + " article with it", 0.8, g.name, merges.group(target).name);
                g.retype("PERSON", "a person: '" + g.name + "' ends the name of " + merges.group(target).name
                        + " in the same article");
            }
        }
    }

    /** Full names typed a person's somewhere become a person's where the tagger typed them otherwise. */
    private void retypeFullNames(Merges merges) {
        Set<String> personKeys = new HashSet<>();
        for (NameGroup g : merges.groups) {
            if (g.type.equals("PERSON") && g.tokenKeys.size() >= 2) {
                personKeys.add(g.key);
            }
        }
        for (NameGroup g : merges.groups) {
            if (!g.type.equals("PERSON") && g.typedBy == null && g.tokenKeys.size() >= 2 && personKeys.contains(g.key)
                    && unknownNonEnglish(g)) {
                g.retype("PERSON", "a person: named so as a person's in another article");
            }
        }
    }

    private boolean unknownNonEnglish(NameGroup g) {
        String core = NameForms.core(g.type, g.name);
        return g.knownId == null && !Acronyms.isAcronym(g.name) && known.of(core).isEmpty() && !known.isPlace(core)
                && known.companyBareNamed(core).isEmpty()
                && List.of(core.split("[\\s-]+")).stream().noneMatch(EnglishWords::isCommon);
    }
}
