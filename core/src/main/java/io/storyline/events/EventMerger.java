package io.storyline.events;


import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Merges the mentions of one event told in several sentences, articles and copies into one event with all the
 * evidence. Two mentions are one event when they have the same type and mode, share an actor, agree on the place
 * (or one has none), share a target when both name one, and their dates fit: overlapping, undated, or a report
 * without a stated date ("on or before its article's date") that is not earlier than the other's start. Stated
 * dates up to a week apart for the same place are kept as one event with the disagreement marked as disputed.
 * Sources are counted by original: an article and its copies are one source. Mentions that name no party ("the
 * meeting") are their article's event of that type ({@link PartylessMentions}).
 */
public final class EventMerger {
    private static final int DISPUTE_DAYS = 7;

    public List<Event> merge(List<EventMention> mentions, Function<String, String> names) {
        // one word of one sentence coded twice alike (reached from two verbs) is one mention, not two pieces of evidence
        Collection<EventMention> distinct = new LinkedHashSet<>(mentions);
        return mergeDistinct(distinct, names);
    }

    private List<Event> mergeDistinct(Collection<EventMention> mentions, Function<String, String> names) {
        List<List<EventMention>> clusters = new ArrayList<>();
        // only mentions of one type family can be one event: each is compared with its family's clusters only
        Map<String, List<List<EventMention>>> byFamily = new java.util.HashMap<>();
        PartylessMentions partyless = new PartylessMentions();
        for (EventMention m : mentions) {
            List<List<EventMention>> family = byFamily.computeIfAbsent(family(m.type()), k -> new ArrayList<>());
            if (PartylessMentions.partyless(m)) {
                List<EventMention> opened = partyless.add(m);
                if (opened != null) {
                    clusters.add(opened);
                    family.add(opened);
                }
                continue;
            }
            List<List<EventMention>> homes = family.stream()
                    .filter(cluster -> fits(m, cluster)).toList();
            // a report without its own date that fits several events cannot say which one it tells of
            boolean ambiguous = homes.size() > 1 && (m.start() == null || !m.stated());
            Optional<List<EventMention>> sameArticle = homes.stream()
                    .filter(cluster -> cluster.stream().anyMatch(other -> other.article().equals(m.article()))).findFirst();
            List<EventMention> home = sameArticle.orElse(homes.isEmpty() || ambiguous ? null : homes.get(0));
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
                family.add(home);
            }
            home.add(m);
        }
        partyless.foldIntoTheirArticlesEvent(clusters);
        List<Event> events = new ArrayList<>();
        for (List<EventMention> cluster : clusters) {
            events.add(event(cluster, names));
        }
        events.sort(Comparator.comparing((Event e) -> e.sortDate() == null ? "9999" : e.sortDate())
                .thenComparing(Event::id));
        return events;
    }

    /**
     * Whether a mention belongs with a cluster: it tells the same event as one member and contradicts none. A
     * mention without place or date must not bridge two events that differ in where or when.
     */
    static boolean fits(EventMention m, List<EventMention> cluster) {
        return cluster.stream().anyMatch(other -> sameEvent(m, other))
                && cluster.stream().noneMatch(other -> contradicts(m, other));
    }

    /**
     * Two mentions contradict when they name different places, or state dates that do not overlap and are either
     * more than the dispute window apart or told by the same source (one source does not dispute itself).
     */
    static boolean contradicts(EventMention a, EventMention b) {
        if (a.place() != null && b.place() != null && !a.place().equals(b.place())) {
            return true;
        }
        if (!a.stated() || !b.stated() || a.start() == null || b.start() == null) {
            return false;
        }
        boolean overlap = !a.start().isAfter(b.end()) && !b.start().isAfter(a.end());
        long apart = Math.abs(a.start().toEpochDay() - b.start().toEpochDay());
        return !overlap && (apart > DISPUTE_DAYS || a.source().equals(b.source()));
    }

    static boolean sameEvent(EventMention a, EventMention b) {
        boolean sameStory = a.story() != null && a.story().equals(b.story());
        // within a story, outlets tell one happening in different words: "met" (meet) and "held talks" (no mode),
        // "criticized" (DISAPPROVE) and "accused" (ACCUSE)
        boolean sameType = sameStory ? family(a.type()).equals(family(b.type())) : a.type().equals(b.type());
        boolean modesFit = Objects.equals(a.mode(), b.mode()) || sameStory && (a.mode() == null || b.mode() == null);
        if (!sameType || !modesFit) {
            return false;
        }
        boolean sharedActor = a.actors().stream().anyMatch(b.actors()::contains)
                || a.actorNames().stream().anyMatch(n -> containsIgnoringCase(b.actorNames(), n))
                || a.actorCountry() != null && a.actorCountry().equals(b.actorCountry());
        boolean unnamedActor = (a.actors().isEmpty() || b.actors().isEmpty())
                && a.targets().stream().anyMatch(b.targets()::contains);
        if (!sharedActor && !unnamedActor) {
            return false;
        }
        boolean samePlace = a.place() != null && a.place().equals(b.place());
        if (a.place() != null && b.place() != null && !samePlace) {
            return false;
        }
        // "invited Yoon" and "invited South Korea": a person and the country their title names are one party
        boolean sameTargetCountry = a.targetCountry() != null && a.targetCountry().equals(b.targetCountry());
        boolean sharedTarget = a.targets().stream().anyMatch(b.targets()::contains) || sameTargetCountry;
        if (!a.targets().isEmpty() && !b.targets().isEmpty() && !sharedTarget) {
            return false;
        }
        boolean sameArticle = a.article().equals(b.article());
        boolean closeStatedDays = a.stated() && b.stated() && a.start() != null && b.start() != null
                && a.startValue().length() == 10 && b.startValue().length() == 10;
        if (!sameArticle && !samePlace && !sharedTarget && !closeStatedDays && !sameStory) {
            return false; // across articles an actor and a type alone do not make one event
        }
        if (a.start() == null || b.start() == null) {
            return true;
        }
        if (a.stated() && b.stated()) {
            boolean overlap = !a.start().isAfter(b.end()) && !b.start().isAfter(a.end());
            long apart = Math.abs(a.start().toEpochDay() - b.start().toEpochDay());
            return overlap || (samePlace && !a.source().equals(b.source()) && apart <= DISPUTE_DAYS);
        }
        if (!a.stated() && !b.stated()) {
            return samePlace || sharedTarget || sameStory;
        }
        EventMention stated = a.stated() ? a : b;
        EventMention reported = a.stated() ? b : a;
        // a report without a date says it happened on or before its article's date; a plan, that it comes after;
        // an invitation is dated by the meeting it invites to, which may come after the report of it
        return reported.planned() || "invite".equals(a.mode()) || !stated.start().isAfter(reported.end());
    }

    private Event event(List<EventMention> cluster, Function<String, String> names) {
        EventMention first = cluster.get(0);
        List<String> actors = byFrequency(cluster.stream().flatMap(m -> m.actors().stream()).toList());
        List<String> targets = new ArrayList<>(byFrequency(cluster.stream().flatMap(m -> m.targets().stream()).toList()));
        targets.removeAll(actors);
        Map<String, List<Event.Claim>> disputed = new LinkedHashMap<>();
        // place: the most told; different places from different sources are a dispute
        Map<String, List<EventMention>> byPlace = cluster.stream().filter(m -> m.place() != null)
                .collect(Collectors.groupingBy(EventMention::place, LinkedHashMap::new, Collectors.toList()));
        String place = byPlace.entrySet().stream().max(Comparator.comparingInt(e -> sourcesOf(e.getValue()).size()))
                .map(Map.Entry::getKey).orElse(null);
        if (byPlace.size() > 1) {
            disputed.put("place", byPlace.entrySet().stream()
                    .map(e -> new Event.Claim(names.apply(e.getKey()), articlesOf(e.getValue()))).toList());
        }
        boolean planned = cluster.stream().allMatch(EventMention::planned);
        // dates: the claims of the sentences that state one; happened beats planned, then more sources
        Map<String, List<EventMention>> byDate = cluster.stream().filter(m -> m.stated() && m.start() != null)
                .collect(Collectors.groupingBy(m -> m.startValue() + "/" + m.endValue(), LinkedHashMap::new,
                        Collectors.toList()));
        String start = null;
        String end = null;
        String basis = null;
        if (!byDate.isEmpty()) {
            List<Map.Entry<String, List<EventMention>>> ranked = new ArrayList<>(byDate.entrySet());
            ranked.sort(Comparator.comparing((Map.Entry<String, List<EventMention>> e) ->
                            e.getValue().stream().anyMatch(m -> !m.planned()) ? 0 : 1)
                    .thenComparing(e -> -sourcesOf(e.getValue()).size())
                    .thenComparing(e -> -e.getValue().get(0).startValue().length())
                    .thenComparing(e -> -e.getValue().get(0).endValue().length() - (e.getValue().get(0).endValue()
                            .equals(e.getValue().get(0).startValue()) ? 0 : 1)));
            EventMention best = ranked.get(0).getValue().get(0);
            start = best.startValue();
            end = best.endValue();
            LocalDate bestEnd = best.end();
            for (EventMention m : cluster) {
                // a claim starting the same day that runs longer completes the chosen one
                if (m.stated() && m.start() != null && m.startValue().equals(start) && m.end().isAfter(bestEnd)) {
                    end = m.endValue();
                    bestEnd = m.end();
                }
            }
            basis = DateBasis.STATED.label();
            List<Map.Entry<String, List<EventMention>>> conflicting = ranked.stream()
                    .filter(e -> {
                        EventMention m = e.getValue().get(0);
                        return m.start().isAfter(best.end()) || best.start().isAfter(m.end());
                    }).toList();
            if (!conflicting.isEmpty() && start.length() == 10 && start.equals(end)) {
                // the same weekday a week apart is one weekday read against different anchors: keep the chosen
                // day and take the length the other report gives
                for (var e : conflicting) {
                    EventMention m = e.getValue().get(0);
                    long apart = Math.abs(m.start().toEpochDay() - best.start().toEpochDay());
                    long length = m.end().toEpochDay() - m.start().toEpochDay();
                    if (apart % 7 == 0 && length > 0 && m.startValue().length() == 10) {
                        end = best.start().plusDays(length).toString();
                        break;
                    }
                }
            }
            if (!conflicting.isEmpty()) {
                List<Event.Claim> claims = new ArrayList<>();
                claims.add(new Event.Claim(range(start, end), articlesOf(ranked.get(0).getValue())));
                conflicting.forEach(e -> claims.add(new Event.Claim(range(e.getValue().get(0).startValue(),
                        e.getValue().get(0).endValue()), articlesOf(e.getValue()))));
                disputed.put("date", claims);
            }
        } else {
            EventMention reported = cluster.stream().filter(m -> m.start() != null)
                    .min(Comparator.comparing(EventMention::start)).orElse(null);
            if (reported != null) {
                start = reported.startValue();
                end = reported.endValue();
                basis = DateBasis.ARTICLE.label();
            }
        }
        String announced = cluster.stream().map(EventMention::published).filter(Objects::nonNull)
                .min(LocalDate::compareTo).map(LocalDate::toString).orElse(null);
        List<EventSource> sources = sources(cluster);
        List<String> according = byFrequency(cluster.stream().flatMap(m -> m.accordingTo().stream()).toList());
        double confidence = Math.min(1.0, cluster.stream().mapToDouble(EventMention::confidence).max().orElse(0.5)
                + 0.05 * (sources.size() - 1));
        List<String> actorNames = names(actors, byFrequency(cluster.stream().flatMap(m -> m.actorNames().stream()).toList()), names);
        List<String> targetNames = names(targets, byFrequency(cluster.stream().flatMap(m -> m.targetNames().stream()).toList()), names);
        String placeName = place == null ? null : names.apply(place);
        String summary = EventSummary.of(first.type(), first.mode(), planned, actorNames, targetNames, placeName, start, end);
        return new Event(id(first), first.type(), first.mode(), planned ? "planned" : "happened", summary, actors,
                actorNames, targets, targetNames, place, placeName, start, end, basis, announced,
                cluster.stream().map(EventMention::evidence).toList(), sources, disputed.isEmpty() ? null : disputed,
                according, Math.round(confidence * 100) / 100.0, firstKnown(cluster, EventMention::actorCountry),
                firstKnown(cluster, EventMention::actorSector), firstKnown(cluster, EventMention::targetCountry),
                firstKnown(cluster, EventMention::targetSector), cluster.stream().anyMatch(EventMention::main));
    }

    /** The PLOVER 0.8 type a type belongs to (DISAPPROVE and INVESTIGATE are ACCUSE, DEMAND is REQUEST). */
    private static String family(String type) {
        return PloverType.named(type).map(t -> t.parent().name()).orElse(type);
    }

    private static boolean containsIgnoringCase(List<String> names, String name) {
        return names.stream().anyMatch(name::equalsIgnoreCase);
    }

    /** The names of the entity actors, then those of actors that are no entity ("gunmen"). */
    private static List<String> names(List<String> ids, List<String> unnamed, Function<String, String> names) {
        List<String> out = new ArrayList<>(ids.stream().map(names).toList());
        unnamed.stream().filter(n -> !containsIgnoringCase(out, n)).forEach(out::add);
        return out;
    }

    private static String firstKnown(List<EventMention> cluster, java.util.function.Function<EventMention, String> field) {
        return cluster.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String range(String start, String end) {
        return end == null || end.equals(start) ? start : start + "/" + end;
    }

    private static List<EventSource> sources(List<EventMention> cluster) {
        Map<String, List<EventMention>> bySource = cluster.stream()
                .collect(Collectors.groupingBy(EventMention::source, LinkedHashMap::new, Collectors.toList()));
        List<EventSource> out = new ArrayList<>();
        bySource.forEach((source, ms) -> {
            List<String> articles = articlesOf(ms);
            String outlet = ms.stream().filter(m -> m.article().equals(source)).map(EventMention::outlet)
                    .filter(Objects::nonNull).findFirst().orElse(ms.get(0).outlet());
            boolean copies = articles.stream().anyMatch(a -> !a.equals(source));
            out.add(new EventSource(source, outlet, articles, copies
                    ? "copies of " + source + " count once with it" : "its own report (no copy of another source)"));
        });
        return out;
    }

    private static Set<String> sourcesOf(List<EventMention> ms) {
        return ms.stream().map(EventMention::source).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<String> articlesOf(List<EventMention> ms) {
        return ms.stream().map(EventMention::article).distinct().toList();
    }

    private static List<String> byFrequency(List<String> ids) {
        Map<String, Long> counts = ids.stream().collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new,
                Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    private static String id(EventMention first) {
        String key = first.type() + "|" + first.mode() + "|" + (first.actors().isEmpty() ? "" : first.actors().get(0)) + "|" + first.article() + "|"
                + first.evidence().start() + "|" + first.evidence().trigger();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "v" + HexFormat.of().formatHex(hash, 0, 7);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
