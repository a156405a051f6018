package org.techmatch.store;

import java.io.IOException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.SearcherManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes writes durable in groups: writers add to the IndexWriter concurrently, then wait here until a
 * commit covers their sequence number. One thread commits (fsync) and refreshes the searcher, so every
 * writer that arrived during the previous commit shares the next one. A write is acknowledged only
 * after that: an acknowledged write survives kill -9 and is visible to the next read.
 */
final class GroupCommitter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GroupCommitter.class);

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Thread thread;
    private long requestedSeqNo = -1;
    private long durableSeqNo = -1;
    private long commits;
    private Throwable failure;
    private boolean closed;

    GroupCommitter(IndexWriter writer, SearcherManager searchers) {
        this.writer = writer;
        this.searchers = searchers;
        this.thread = Thread.ofPlatform().name("techmatch-group-commit").daemon().start(this::run);
    }

    /** Blocks until the operation with this sequence number is committed to disk and searchable. */
    void awaitDurable(long seqNo) {
        synchronized (this) {
            if (seqNo > requestedSeqNo) {
                requestedSeqNo = seqNo;
                notifyAll();
            }
            boolean interrupted = false;
            while (durableSeqNo < seqNo && failure == null && !closed) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (durableSeqNo < seqNo) {
                throw new StoreUnavailableException("索引提交失败，写入未确认", failure);
            }
        }
    }

    synchronized long commitCount() {
        return commits;
    }

    private void run() {
        while (true) {
            synchronized (this) {
                while (requestedSeqNo <= durableSeqNo && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
            }
            try {
                long committed = writer.commit();
                searchers.maybeRefreshBlocking();
                synchronized (this) {
                    durableSeqNo = Math.max(durableSeqNo, committed);
                    commits++;
                    notifyAll();
                }
            } catch (IOException | RuntimeException | Error e) {
                log.error("Commit failed; the store refuses further writes", e);
                synchronized (this) {
                    failure = e;
                    notifyAll();
                }
                return;
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
