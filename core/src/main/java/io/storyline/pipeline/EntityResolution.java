package io.storyline.pipeline;

import io.storyline.nlp.quote.RoleReferences;
import io.storyline.resolve.entity.ArticleMentions;
import io.storyline.resolve.entity.EntityResolver;
import io.storyline.resolve.entity.Resolution;
import io.storyline.store.Corpus;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves the entities of the whole corpus from the stored annotations and replaces the stored entities, with
 * users' corrections applied. Run after each ingest and after each correction, so results never depend on the
 * order pages arrived in.
 */
public final class EntityResolution implements CorpusStage {
    private final EntityResolver resolver = new EntityResolver();
    private final RoleReferences roleReferences = new RoleReferences();

    @Override
    public void run(Corpus corpus, ArticleChanges changes, StageProgress progress) throws SQLException {
        progress.total(corpus.store().pageCount());
        List<ArticleMentions> articles = new ArrayList<>();
        corpus.store().forEachResolvedArticle(resolved -> {
            progress.tick();
            var stored = resolved.stored();
            var a = stored.annotations();
            // a spun copy's mangled wording ("Secretary Basic") must not become a name or a title
            boolean spun = resolved.spun();
            String text = stored.article().text();
            articles.add(new ArticleMentions(stored.article().id(), stored.seq(), a.entities(), a.roles(),
                    text, !spun, roleReferences.find(text, a.entities()), stored.article().title()));
        });
        Resolution resolution = resolver.resolve(articles, corpus.store().entities().corrections());
        corpus.store().entities().replace(resolution);
    }
}
