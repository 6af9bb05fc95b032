package org.synoptic.stream;

/**
 * One write to OpenSearch: put {@code json} as document {@code id} of {@code index}, merge it into that document
 * ({@link #update}: a partial update, skipped when the document is missing), or delete it. A positive
 * {@code version} is an external version: OpenSearch keeps the newest and refuses older writes, so out-of-order and
 * replayed writes are harmless; 0 means none (plain overwrite, for documents whose id alone makes replays harmless).
 */
public class IndexAction {
    public String index;
    public String id;
    public String json;
    public long version;
    public boolean delete;
    public boolean update;

    public IndexAction() {
    }

    public static IndexAction put(String index, String id, String json, long version) {
        IndexAction a = new IndexAction();
        a.index = index;
        a.id = id;
        a.json = json;
        a.version = version;
        return a;
    }

    /** Merges the fields of {@code json} into document {@code id} (no version: the writes of one key come in order). */
    public static IndexAction update(String index, String id, String json) {
        IndexAction a = put(index, id, json, 0);
        a.update = true;
        return a;
    }

    public static IndexAction remove(String index, String id, long version) {
        IndexAction a = put(index, id, null, version);
        a.delete = true;
        return a;
    }
}
