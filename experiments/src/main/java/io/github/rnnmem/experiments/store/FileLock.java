package io.github.rnnmem.experiments.store;

import io.github.rnnmem.experiments.io.FileProblems;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A lock held on a file by this process, between processes: POSIX record locks, which the
 * operating system releases when the process ends, however it ends, and which NFS carries between
 * machines (a shared file system mounted without lock support makes every lock succeed). A lock
 * is exclusive, or shared with other holders of shared locks.
 */
public final class FileLock implements AutoCloseable {

    private final FileChannel channel;
    private final java.nio.channels.FileLock lock;

    private FileLock(FileChannel channel, java.nio.channels.FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes a lock if no other process holds one that excludes it.
     *
     * @param file the lock file, created with its directory when missing
     * @param shared whether the lock is shared
     * @return the lock, or empty when another process (or this one) holds the file
     * @throws IOException if the file cannot be created or opened
     */
    public static Optional<FileLock> tryTake(Path file, boolean shared) throws IOException {
        FileChannel channel = open(file);
        java.nio.channels.FileLock lock;
        try {
            lock = channel.tryLock(0, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        return Optional.of(new FileLock(channel, lock));
    }

    /**
     * Takes an exclusive lock, waiting for other holders to release theirs.
     *
     * @param file the lock file, created with its directory when missing
     * @return the lock
     * @throws IOException if the file cannot be created or locked
     */
    public static FileLock take(Path file) throws IOException {
        FileChannel channel = open(file);
        try {
            return new FileLock(channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Whether another process holds a lock on a file now, without keeping one.
     *
     * @param file the lock file; a missing file is not held
     * @return true when an exclusive lock cannot be had
     * @throws IOException if the file cannot be opened
     */
    public static boolean heldElsewhere(Path file) throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        Optional<FileLock> probe = tryTake(file, false);
        probe.ifPresent(FileLock::close);
        return probe.isEmpty();
    }

    private static FileChannel open(Path file) throws IOException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw FileProblems.at(file, e);
        }
    }

    /** Releases the lock and closes its file. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel releases the lock in any case
        }
    }
}
