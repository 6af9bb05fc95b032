package org.synoptic.server;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A real Lucene directory whose writes fail with {@code No space left on device} while {@link #full} is set, as a
 * full file system's do: new files cannot be created, open ones cannot grow, nothing can be synced. Reads and
 * deletes work. Lets a test fill "the disk" without root or a size-limited mount.
 */
final class FullDiskDirectory extends FilterDirectory {

    final AtomicBoolean full = new AtomicBoolean();

    FullDiskDirectory(Directory in) {
        super(in);
    }

    private void check() throws IOException {
        if (full.get()) {
            throw new IOException("No space left on device");
        }
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        check();
        return new FullDiskOutput(in.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        check();
        return new FullDiskOutput(in.createTempOutput(prefix, suffix, context));
    }

    @Override
    public void sync(java.util.Collection<String> names) throws IOException {
        check();
        super.sync(names);
    }

    @Override
    public void rename(String source, String dest) throws IOException {
        check();
        super.rename(source, dest);
    }

    /** An output that stops accepting bytes once the disk is full. */
    private final class FullDiskOutput extends IndexOutput {
        private final IndexOutput out;

        FullDiskOutput(IndexOutput out) {
            super("full-disk(" + out + ")", out.getName());
            this.out = out;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public long getFilePointer() {
            return out.getFilePointer();
        }

        @Override
        public long getChecksum() throws IOException {
            return out.getChecksum();
        }

        @Override
        public void writeByte(byte b) throws IOException {
            check();
            out.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
            check();
            out.writeBytes(b, offset, length);
        }
    }
}
