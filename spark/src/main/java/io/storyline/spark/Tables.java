package io.storyline.spark;

import io.storyline.events.Event;
import io.storyline.nlp.Annotations;
import io.storyline.nlp.EntityMention;
import io.storyline.nlp.Quote;
import io.storyline.nlp.TimeMention;
import io.storyline.resolve.entity.Entity;
import io.storyline.resolve.entity.MentionLink;
import io.storyline.resolve.entity.Resolution;
import io.storyline.resolve.story.Story;
import io.storyline.store.ArticleRow;
import io.storyline.store.CopyRecord;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The job's output: Parquet tables articles, mentions, entities, events, stories (and copies) under the output
 * folder, each partitioned by publication month ({@code month=2023-01}; {@code month=undated} when a date is coarser
 * than a month or missing). Columns carry the contract's fields; nested parts the contract lists (an article's
 * entities, times and quotes) are arrays of structs, and each row also keeps the whole record as core writes it to
 * its store ({@code record}, or the store's columns for articles), which is what {@code storyline import} reads.
 */
final class Tables {
    static final String UNDATED = "undated";
    private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType);

    private Tables() {
    }

    static String month(String isoDate) {
        return isoDate != null && isoDate.length() >= 7 ? isoDate.substring(0, 7) : UNDATED;
    }

    static void write(SparkSession spark, JavaSparkContext sc, String output, JavaRDD<ArticleRow> articles,
                      Resolution resolution, List<Entity> entities, Map<String, CopyRecord> copies, List<Story> stories,
                      List<Event> events) {
        Map<String, String> storyOf = new HashMap<>();
        stories.forEach(s -> s.articles().forEach(a -> storyOf.put(a, s.id())));
        Map<String, String[]> copyOf = new HashMap<>();
        copies.forEach((id, c) -> copyOf.put(id, new String[]{c.copyOf(), c.kind().label()}));
        Map<String, Map<Integer, String>> links = DriverStages.linksByArticle(resolution);
        Broadcast<Map<String, String>> storyB = sc.broadcast(storyOf);
        Broadcast<Map<String, String[]>> copyB = sc.broadcast(copyOf);
        Broadcast<Map<String, Map<Integer, String>>> linkB = sc.broadcast(links);

        JavaRDD<Row> articleRows = articles.map(r -> articleRow(r, storyB.value().get(r.id()),
                copyB.value().get(r.id()), linkB.value().getOrDefault(r.id(), Map.of())));
        save(spark.createDataFrame(articleRows, ARTICLES), output, "articles");

        JavaRDD<Row> mentionRows = articles.flatMap(r -> {
            List<Row> out = new ArrayList<>();
            List<EntityMention> mentions = r.annotationsValue().entities();
            Map<Integer, String> of = linkB.value().getOrDefault(r.id(), Map.of());
            for (int i = 0; i < mentions.size(); i++) {
                EntityMention m = mentions.get(i);
                String entity = of.get(i);
                out.add(RowFactory.create(r.id(), i, entity, m.type(), m.surface(), m.start(), m.end(),
                        entity == null ? null : StorylineJob.JSON.writeValueAsString(new MentionLink(r.id(), i, entity)),
                        month(r.published())));
            }
            return out.iterator();
        });
        save(spark.createDataFrame(mentionRows, MENTIONS), output, "mentions");

        Map<String, String> monthOfArticle = new HashMap<>(articles.mapToPair(r -> new scala.Tuple2<>(r.id(), month(r.published())))
                .collectAsMap());
        List<Row> entityRows = new ArrayList<>();
        for (Entity e : entities) {
            entityRows.add(RowFactory.create(e.id(), e.name(), e.type(), e.aliases().toArray(String[]::new),
                    e.titles().toArray(String[]::new), e.articles().toArray(String[]::new), e.mentions(), json(e),
                    e.articles().isEmpty() ? UNDATED : monthOfArticle.getOrDefault(e.articles().get(0), UNDATED)));
        }
        save(spark.createDataFrame(entityRows, ENTITIES), output, "entities");

        List<Row> storyRows = new ArrayList<>();
        for (Story s : stories) {
            storyRows.add(RowFactory.create(s.id(), s.title(), s.articles().toArray(String[]::new), s.start(), s.end(),
                    s.entities().toArray(String[]::new), json(s), month(s.start())));
        }
        save(spark.createDataFrame(storyRows, STORIES), output, "stories");

        List<Row> eventRows = new ArrayList<>();
        for (Event e : events) {
            eventRows.add(RowFactory.create(e.id(), e.type(), e.mode(), e.summary(), e.actors().toArray(String[]::new),
                    e.targets().toArray(String[]::new), e.place(), e.start(), e.end(), json(e.evidence()),
                    json(e.sources()), e.disputed() == null ? null : json(e.disputed()), json(e), month(e.start())));
        }
        save(spark.createDataFrame(eventRows, EVENTS), output, "events");

        List<Row> copyRows = new ArrayList<>();
        for (CopyRecord c : copies.values()) {
            copyRows.add(RowFactory.create(c.articleId(), c.copyOf(), c.kind().label(), c.score(), json(c),
                    monthOfArticle.getOrDefault(c.articleId(), UNDATED)));
        }
        save(spark.createDataFrame(copyRows, COPIES), output, "copies");
    }

    private static void save(org.apache.spark.sql.Dataset<Row> table, String output, String name) {
        table.write().mode(SaveMode.Overwrite).partitionBy("month").parquet(output + "/" + name);
    }

    private static Row articleRow(ArticleRow r, String story, String[] copy, Map<Integer, String> links) {
        Annotations a = r.annotationsValue();
        List<Row> entities = new ArrayList<>();
        for (int i = 0; i < a.entities().size(); i++) {
            EntityMention m = a.entities().get(i);
            entities.add(RowFactory.create(links.get(i), m.type(), m.surface(), m.start(), m.end()));
        }
        List<Row> times = new ArrayList<>();
        for (TimeMention t : a.times()) {
            times.add(RowFactory.create(t.surface(), t.start(), t.end(), t.type(), t.value()));
        }
        List<Row> quotes = new ArrayList<>();
        for (Quote q : a.quotes()) {
            int speaker = q.speaker() == null ? -1 : a.entities().indexOf(q.speaker());
            quotes.add(RowFactory.create(q.text(), q.start(), q.end(), speaker < 0 ? null : links.get(speaker)));
        }
        return RowFactory.create(r.id(), r.path(), r.url(), r.title(), r.outlet(), r.originalOutlet(), r.byline(),
                r.language(), r.published(), r.publishedGranularity(), r.publishedEvidence(), r.publishedConfidence(),
                r.text(), copy == null ? null : copy[0], copy == null ? null : copy[1], story,
                entities.toArray(), times.toArray(), quotes.toArray(),
                r.seq(), r.pageUrl(), r.format(), r.charset(), r.fetchedAt(), r.content(), r.removed(),
                r.annotations(), r.evidence(), r.failures(), r.seen(), month(r.published()));
    }

    static String json(Object value) {
        return CopyComponents.json(value);
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    private static final DataType S = DataTypes.StringType;
    private static final DataType I = DataTypes.IntegerType;

    static final StructType ARTICLES = struct(field("id", S), field("path", S), field("url", S), field("title", S),
            field("outlet", S), field("original_outlet", S), field("byline", S), field("language", S),
            field("published", S), field("published_granularity", S), field("published_evidence", S),
            field("published_confidence", DataTypes.DoubleType), field("text", S), field("copy_of", S),
            field("copy_kind", S), field("story", S),
            field("entities", DataTypes.createArrayType(struct(field("id", S), field("type", S), field("surface", S),
                    field("start", I), field("end", I)))),
            field("times", DataTypes.createArrayType(struct(field("surface", S), field("start", I), field("end", I),
                    field("type", S), field("value", S)))),
            field("quotes", DataTypes.createArrayType(struct(field("text", S), field("start", I), field("end", I),
                    field("speaker", S)))),
            // the store's own columns, for import
            field("seq", DataTypes.LongType), field("page_url", S), field("format", S), field("charset", S),
            field("fetched_at", S), field("content", S), field("removed", S), field("annotations", S),
            field("evidence", S), field("failures", S), field("seen", S), field("month", S));
    static final StructType MENTIONS = struct(field("article", S), field("mention", I), field("entity", S),
            field("type", S), field("surface", S), field("start", I), field("end", I), field("record", S),
            field("month", S));
    static final StructType ENTITIES = struct(field("id", S), field("name", S), field("type", S),
            field("aliases", STRINGS), field("titles", STRINGS), field("articles", STRINGS), field("mentions", I),
            field("record", S), field("month", S));
    static final StructType STORIES = struct(field("id", S), field("title", S), field("articles", STRINGS),
            field("start", S), field("end", S), field("entities", STRINGS), field("record", S), field("month", S));
    static final StructType EVENTS = struct(field("id", S), field("type", S), field("mode", S), field("summary", S),
            field("actors", STRINGS), field("targets", STRINGS), field("place", S), field("start", S),
            field("end", S), field("evidence", S), field("sources", S), field("disputed", S), field("record", S),
            field("month", S));
    static final StructType COPIES = struct(field("article", S), field("copy_of", S), field("kind", S),
            field("score", DataTypes.DoubleType), field("record", S), field("month", S));
}
