package org.synoptic.stream;

import java.util.Iterator;
import java.util.List;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The one ordered operator: places prepared articles in arrival order ({@link AssignmentState}, the store's rules) and
 * keeps the story index, the near-copy ring and the catalog as Flink operator state, written at every checkpoint and
 * savepoint and read back on restore, so a restored job places the remaining articles exactly as an uninterrupted one.
 *
 * <p>Runs at parallelism 1 (the job sets it, with max parallelism 1): one index for all languages, as the single-JVM
 * store has. Duplicates of kept articles produce nothing.
 */
public final class StoryAssignment extends ProcessFunction<PreparedArticle, AssignedArticle>
        implements CheckpointedFunction {

    private static final long serialVersionUID = 1L;

    private transient AssignmentState state;
    private transient ListState<byte[]> checkpointed;

    @Override
    public void processElement(PreparedArticle article, Context ctx, Collector<AssignedArticle> out) {
        state.place(article).ifPresent(out::collect);
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        checkpointed.update(List.of(state.toBytes()));
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        checkpointed = context.getOperatorStateStore().getListState(
                new ListStateDescriptor<>("synoptic-story-assignment", PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
        state = AssignmentState.empty();
        if (context.isRestored()) {
            Iterator<byte[]> it = checkpointed.get().iterator();
            if (it.hasNext()) {
                state = AssignmentState.readFrom(it.next());
                if (it.hasNext()) {
                    throw new IllegalStateException("the story assignment must run at parallelism 1, "
                            + "but its state was split in several parts");
                }
            }
        }
    }
}
