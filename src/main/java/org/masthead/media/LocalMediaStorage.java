package org.masthead.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The media files in a folder of the data directory ({@code DATA/media/NAME}, attachments in {@code
 * DATA/media/files/NAME}): the default, and what Masthead has always done.
 */
public final class LocalMediaStorage implements MediaStorage {
    private final Path dir;

    public LocalMediaStorage(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    @Override
    public void put(String name, byte[] content) {
        Path target = file(name);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a media file in " + target.getParent(), e);
        }
    }

    @Override
    public boolean putNew(String name, byte[] content) {
        Path target = file(name);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, content, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
            return true;
        } catch (java.nio.file.FileAlreadyExistsException taken) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a media file in " + target.getParent(), e);
        }
    }

    @Override
    public void putFile(String name, Path file) {
        Path target = file(name);
        try {
            Files.createDirectories(target.getParent());
            // CASE: a restore stages its files inside this folder, so the move is atomic and a reader never sees half a file.
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move a media file into " + target.getParent(), e);
        }
    }

    @Override
    public Optional<Stored> open(String name) {
        Path file = file(name);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Optional.of(new Stored(Files.newInputStream(file), Files.size(file),
                    Files.getLastModifiedTime(file).toInstant()));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the media file " + file, e);
        }
    }

    @Override
    public boolean exists(String name) {
        return Files.isRegularFile(file(name));
    }

    @Override
    public java.util.OptionalLong size(String name) {
        try {
            Path file = file(name);
            return Files.isRegularFile(file) ? java.util.OptionalLong.of(Files.size(file)) : java.util.OptionalLong.empty();
        } catch (NoSuchFileException gone) {
            return java.util.OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the media file " + name, e);
        }
    }

    @Override
    public void delete(String name) {
        try {
            Files.deleteIfExists(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove a media file from " + dir, e);
        }
    }

    @Override
    public List<Listed> list(Consumer<String> others) {
        List<Listed> found = new ArrayList<>();
        collect(dir, "", found, others);
        collect(dir.resolve("files"), FILES, found, others);
        return found;
    }

    private static void collect(Path folder, String prefix, List<Listed> found, Consumer<String> others) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path path : files.sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = path.getFileName().toString();
                if (Files.isRegularFile(path)) {
                    found.add(new Listed(prefix + name, Files.size(path)));
                } else if (!(prefix.isEmpty() && name.equals("files")) && !name.startsWith(".restore-")) {
                    others.accept(prefix + name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the media files in " + folder, e);
        }
    }

    @Override
    public String describe() {
        return "the media folder " + dir;
    }

    /** The folder, where a restore stages its files so they move into place at once. */
    public Path dir() {
        return dir;
    }

    private Path file(String name) {
        Path file = dir.resolve(name).normalize();
        if (!file.startsWith(dir) || file.equals(dir)) {
            throw new IllegalArgumentException("not a media file name: " + name);
        }
        return file;
    }
}
