package io.storyline.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.resolve.copy.CopyDetector;
import io.storyline.resolve.copy.CopyLink;
import io.storyline.resolve.copy.LshIndex;
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
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import org.apache.spark.storage.StorageLevel;

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
                int key = LshIndex.bandKey(signature, b, rowsPerBand);
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

        JavaPairRDD<Long, Iterable<Member>> groups = rows.filter(r -> componentOf.value().containsKey(r.seq()))
                .mapToPair(r -> new Tuple2<>(componentOf.value().get(r.seq()),
                        new Member(r.seq(), r.id(), r.text(), r.publishedDate() == null ? null : r.publishedDate().firstDay().toString())))
                .groupByKey().persist(StorageLevel.MEMORY_AND_DISK());
        // the originality rule weighs swapped words by how many earlier documents that copy nothing contain them,
        // over the whole crawl: a first pass learns which words it asks about and which members copy nothing, then
        // those words' documents (with their arrival) are counted everywhere and handed to the second pass
        List<Tuple2<List<String>, List<Long>>> firstPass = groups.map(group -> {
            Set<String> asked = new HashSet<>();
            List<Long> copyNothing = new ArrayList<>();
            CopyDetector detector = new CopyDetector(CopyDetector.Settings.DEFAULT, null, w -> {
                asked.add(w);
                return 0;
            });
            for (Member m : ordered(group._2())) {
                if (detector.add(m.id(), m.text(), m.day() == null ? null : LocalDate.parse(m.day())).isEmpty()) {
                    copyNothing.add(m.seq());
                }
            }
            return new Tuple2<>(List.copyOf(asked), copyNothing);
        }).collect();
        Set<String> asked = new HashSet<>();
        Set<Long> componentOriginals = new HashSet<>();
        firstPass.forEach(t -> {
            asked.addAll(t._1());
            componentOriginals.addAll(t._2());
        });
        Broadcast<Set<String>> askedWords = sc.broadcast(asked);
        Broadcast<Set<Long>> originalsInComponents = sc.broadcast(componentOriginals);
        Map<String, long[][]> documentsWith = new HashMap<>();
        rows.filter(r -> !componentOf.value().containsKey(r.seq()) || originalsInComponents.value().contains(r.seq()))
                .flatMapToPair(r -> new HashSet<>(WordTokens.of(r.text())).stream()
                        .filter(askedWords.value()::contains)
                        .map(w -> new Tuple2<>(w, new long[]{r.seq(), componentOf.value().getOrDefault(r.seq(), -1L)}))
                        .iterator())
                .groupByKey().collect().forEach(t -> {
                    List<long[]> docs = new ArrayList<>();
                    t._2().forEach(docs::add);
                    docs.sort((x, y) -> Long.compare(x[0], y[0]));
                    documentsWith.put(t._1(), docs.toArray(long[][]::new));
                });
        Broadcast<Map<String, long[][]>> wordDocuments = sc.broadcast(documentsWith);

        JavaRDD<String> inComponents = groups.flatMap(group -> detect(group._1(), group._2(), wordDocuments.value()).iterator());
        JavaRDD<String> alone = rows.filter(r -> !componentOf.value().containsKey(r.seq()))
                .mapPartitions(CopyComponents::spinOnly);
        List<String> records = inComponents.union(alone).collect();
        groups.unpersist();
        return records;
    }

    private static List<Member> ordered(Iterable<Member> members) {
        List<Member> ordered = new ArrayList<>();
        members.forEach(ordered::add);
        ordered.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        return ordered;
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
    private static List<String> detect(long component, Iterable<Member> members, Map<String, long[][]> documentsWith) {
        List<Member> ordered = ordered(members);
        long[] now = new long[1];
        // documents of other components and of no component that copy nothing and arrived before the current one
        CopyDetector detector = new CopyDetector(CopyDetector.Settings.DEFAULT, null, w -> {
            int n = 0;
            for (long[] doc : documentsWith.getOrDefault(w, new long[0][])) {
                if (doc[0] >= now[0]) {
                    break;
                }
                if (doc[1] != component) {
                    n++;
                }
            }
            return n;
        });
        Map<String, CopyLink> linkOf = new HashMap<>();
        for (Member m : ordered) {
            now[0] = m.seq();
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
                out.add(json(CopyRecord.linked(m.id(), original, link)));
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

    private static java.util.Optional<String> spun(SpinDetector spin, String id, String text) {
        return CopyRecord.spunAlone(id, spin.inspect(text)).map(CopyComponents::json);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
