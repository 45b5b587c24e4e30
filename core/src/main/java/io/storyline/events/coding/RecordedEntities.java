package io.storyline.events.coding;

import io.storyline.events.ResolvedEntities;
import io.storyline.resolve.entity.Entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resolved entities as one article's coding saw them: each question asked (the method and its arguments) with a
 * fingerprint of its answer, that is of every field of the answer the coder reads (id, name, type, aliases,
 * titles; which entity won when several fit). Coding is a function of the article and these answers, so when a later
 * resolution gives every question the same answer ({@link #stillAnswered}), the article's coded events are the same
 * and need not be coded again. Not thread-safe: one per article.
 */
public final class RecordedEntities implements ResolvedEntities {
    private static final String GET = "get", NAMED = "named", NAME = "name", TITLED = "titled", OFFICE = "office";
    private final ResolvedEntities entities;
    private final Map<List<String>, String> answers = new LinkedHashMap<>();

    public RecordedEntities(ResolvedEntities entities) {
        this.entities = entities;
    }

    /** Each question asked, as [method, arguments…, fingerprint of the answer], in the order first asked. */
    public List<List<String>> questions() {
        List<List<String>> out = new ArrayList<>();
        answers.forEach((question, answer) -> {
            List<String> row = new ArrayList<>(question);
            row.add(answer);
            out.add(List.copyOf(row));
        });
        return out;
    }

    /** Whether {@code entities} answers every recorded question as it was answered then. */
    public static boolean stillAnswered(List<List<String>> questions, ResolvedEntities entities) {
        for (List<String> q : questions) {
            String answer = answer(entities, q.subList(0, q.size() - 1));
            if (answer == null || !answer.equals(q.get(q.size() - 1))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Optional<Entity> get(String id) {
        record(List.of(GET, String.valueOf(id)));
        return entities.get(id);
    }

    @Override
    public Optional<Entity> named(String name) {
        record(List.of(NAMED, name));
        return entities.named(name);
    }

    @Override
    public String name(String id) {
        record(List.of(NAME, String.valueOf(id)));
        return entities.name(id);
    }

    @Override
    public List<Entity> titled(String role) {
        record(List.of(TITLED, role));
        return entities.titled(role);
    }

    @Override
    public Optional<Entity> holderOfOffice(Entity office, Collection<String> preferred) {
        List<String> question = new ArrayList<>(List.of(OFFICE, office.id()));
        preferred.forEach(id -> question.add(String.valueOf(id)));
        record(question);
        return entities.holderOfOffice(office, preferred);
    }

    private void record(List<String> question) {
        answers.computeIfAbsent(question, q -> answer(entities, q));
    }

    /** The fingerprint of what {@code entities} answers; null for a question it cannot be asked (an office gone). */
    private static String answer(ResolvedEntities entities, List<String> q) {
        String arg = q.get(1);
        return switch (q.get(0)) {
            case GET -> fingerprint(entities.get(arg).stream().toList());
            case NAMED -> fingerprint(entities.named(arg).stream().toList());
            case NAME -> fingerprint(entities.name(arg));
            case TITLED -> fingerprint(entities.titled(arg));
            case OFFICE -> entities.get(arg)
                    .map(office -> fingerprint(entities.holderOfOffice(office, q.subList(2, q.size())).stream().toList())
                            + fingerprint(List.of(office)))
                    .orElse(null);
            default -> null;
        };
    }

    private static String fingerprint(List<Entity> found) {
        StringBuilder what = new StringBuilder();
        for (Entity e : found) {
            what.append(e.id()).append('\u0001').append(e.name()).append('\u0001').append(e.type()).append('\u0001')
                    .append(String.join("\u0002", e.aliases())).append('\u0001')
                    .append(String.join("\u0002", e.titles())).append('\u0003');
        }
        return fingerprint(what.toString());
    }

    private static String fingerprint(String what) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(what.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
