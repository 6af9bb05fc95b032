package org.synoptic.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.synoptic.digest.StoryDigest;

/**
 * The {@code entities} field of an article's document: the story-wide names of the entities the digest found in it,
 * each with its spelling variants ("Schoigu | Shoigu"), so a search for one spelling finds the others. Stateless.
 */
final class EntityFields {

    private EntityFields() {
    }

    /**
     * Rewrites the documents of those of {@code ids} whose entities changed (uncommitted; the caller holds the store's
     * write lock) and keeps the catalog's entity hashes and the reader's cache in step.
     *
     * @return whether any document was rewritten
     */
    static boolean write(List<String> ids, StoryDigest digest, StoreCatalog catalog, ArticleReader reader,
                         IndexWriter writer) throws IOException {
        boolean changed = false;
        for (String id : ids) {
            List<String> entities = new ArrayList<>();
            for (StoryDigest.EntityEntry e : digest.entities()) {
                if (e.articles().contains(id)) {
                    Set<String> names = new LinkedHashSet<>();
                    names.add(e.name());
                    names.addAll(e.variants());
                    entities.add(String.join(" | ", names));
                }
            }
            ArticleHead head = catalog.get(id);
            if (head != null && head.entitiesHash() != ArticleHead.entitiesHash(entities)) {
                StoredArticle updated = reader.stored(head).withEntities(entities);
                writer.updateDocument(new Term(ArticleDocuments.ID, id), ArticleDocuments.toDocument(updated));
                catalog.update(head.withEntitiesHash(ArticleHead.entitiesHash(entities)));
                reader.entitiesWritten(id, entities);
                changed = true;
            }
        }
        return changed;
    }
}
