package io.storyline.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.resolve.copy.CopyDetector;
import io.storyline.resolve.copy.CopyLink;
import io.storyline.resolve.copy.MinHashSignature;
import io.storyline.resolve.copy.SpinDetector;
import io.storyline.resolve.copy.WordShingles;
import io.storyline.resolve.copy.WordTokens;
import io.storyline.store.ArticleRow;
import io.storyline.store.CopyRecord;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Copy detection distributed by LSH band keys. Each executor MinHashes its articles with core's signature code and
 * emits one key per band; the shuffle by key brings articles that share a band together, and every such pair is a
 * candidate edge. The connected components of those edges are the only places core's {@link CopyDetector} could
 * ever link two articles (it only compares LSH candidates), so each component is handed, in arrival order, to a
 * detector of its own on an executor: the same decisions as one detector over the whole corpus, without one
 * machine holding it. Articles in no component are only checked for spinning, as the embedded stage does.
 */
final class CopyComponents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CopyComponents() {
    }

    /** A document in a copy component: its arrival, id, text and day. */
    record Member(long seq, String id, String text, String day) implements java.io.Serializable {
    }

    /** The copy records (JSON of core's {@link CopyRecord}) of the corpus, with core's default detector settings. */
    static List<String> find(JavaSparkContext sc, JavaRDD<ArticleRow> rows) {
        CopyDetector.Settings settings = CopyDetector.Settings.DEFAULT;
        int bands = settings.bands();
        int rowsPerBand = settings.rows();
        int width = settings.shingleWidth();
        JavaPairRDD<Long, Long> bandKeys = rows.flatMapToPair(r -> {
            int[] signature = MinHashSignature.of(WordShingles.hashes(WordTokens.of(r.text()), width), bands * rowsPerBand);
            List<Tuple2<Long, Long>> keys = new ArrayList<>(bands);
            for (int b = 0; b < bands; b++) {
                int key = Arrays.hashCode(Arrays.copyOfRange(signature, b * rowsPerBand, (b + 1) * rowsPerBand));
                keys.add(new Tuple2<>(((long) b << 32) | (key & 0xffffffffL), r.seq()));
            }
            return keys.iterator();
        });
        // each bucket of several articles links them all to its first: edges enough for the components
        List<Tuple2<Long, Long>> edges = bandKeys.groupByKey().flatMap(bucket -> {
            List<Long> seqs = new ArrayList<>();
            bucket._2().forEach(seqs::add);
            if (seqs.size() < 2) {
                return java.util.Collections.<Tuple2<Long, Long>>emptyIterator();
            }
            long first = seqs.stream().mapToLong(Long::longValue).min().getAsLong();
            return seqs.stream().filter(s -> s != first).map(s -> new Tuple2<>(first, s)).iterator();
        }).distinct().collect();
        Map<Long, Long> component = components(edges);
        Broadcast<Map<Long, Long>> componentOf = sc.broadcast(component);

        JavaRDD<String> inComponents = rows.filter(r -> componentOf.value().containsKey(r.seq()))
                .mapToPair(r -> new Tuple2<>(componentOf.value().get(r.seq()),
                        new Member(r.seq(), r.id(), r.text(), r.publishedDate() == null ? null : r.publishedDate().firstDay().toString())))
                .groupByKey()
                .flatMap(group -> detect(group._2()).iterator());
        JavaRDD<String> alone = rows.filter(r -> !componentOf.value().containsKey(r.seq()))
                .mapPartitions(CopyComponents::spinOnly);
        return inComponents.union(alone).collect();
    }

    /** Union-find over the candidate edges: each article in a component → the component's smallest seq. */
    static Map<Long, Long> components(List<Tuple2<Long, Long>> edges) {
        Map<Long, Long> parent = new HashMap<>();
        for (Tuple2<Long, Long> e : edges) {
            long a = root(parent, e._1());
            long b = root(parent, e._2());
            if (a != b) {
                parent.put(Math.max(a, b), Math.min(a, b));
            }
        }
        Map<Long, Long> out = new HashMap<>();
        for (Long seq : new ArrayList<>(parent.keySet())) {
            out.put(seq, root(parent, seq));
        }
        return out;
    }

    private static long root(Map<Long, Long> parent, long seq) {
        parent.putIfAbsent(seq, seq);
        long r = seq;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        parent.put(seq, r);
        return r;
    }

    /** Core's detector over one component in arrival order, then the embedded stage's second pass. */
    private static List<String> detect(Iterable<Member> members) {
        List<Member> ordered = new ArrayList<>();
        members.forEach(ordered::add);
        ordered.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        CopyDetector detector = new CopyDetector();
        Map<String, CopyLink> linkOf = new HashMap<>();
        for (Member m : ordered) {
            for (CopyLink link : detector.add(m.id(), m.text(), m.day() == null ? null : LocalDate.parse(m.day()))) {
                linkOf.put(link.copyId(), link);
            }
        }
        SpinDetector spin = new SpinDetector();
        List<String> out = new ArrayList<>();
        for (Member m : ordered) {
            String original = detector.originalOf(m.id());
            CopyLink link = linkOf.get(m.id());
            if (!original.equals(m.id()) && link != null) {
                out.add(json(new CopyRecord(m.id(), original, link.kindLabel(), link.score(), link.evidence(),
                        link.substitutions().stream().map(Object::toString).toList())));
            } else {
                spun(spin, m.id(), m.text()).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Iterator<String> spinOnly(Iterator<ArticleRow> rows) {
        SpinDetector spin = new SpinDetector();
        List<String> out = new ArrayList<>();
        rows.forEachRemaining(r -> spun(spin, r.id(), r.text()).ifPresent(out::add));
        return out.iterator();
    }

    /** An article with no original in the corpus but a synonym spinner's tell-tale swaps, as the embedded stage records it. */
    private static java.util.Optional<String> spun(SpinDetector spin, String id, String text) {
        SpinDetector.SpinVerdict verdict = spin.inspect(text);
        if (!verdict.spun()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(json(new CopyRecord(id, null, "spun", Math.min(1.0, verdict.weight() / 10),
                "no original in the corpus; " + verdict.evidence(),
                verdict.suspects().stream().map(s -> "\"" + s.likelyOriginal() + "\" -> \"" + s.spunText() + "\""
                        + (s.count() > 1 ? " x" + s.count() : "")).toList())));
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
