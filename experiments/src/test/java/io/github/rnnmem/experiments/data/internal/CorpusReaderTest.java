package io.github.rnnmem.experiments.data.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsAPlainFile() throws IOException {
        Path file = write("plain.txt", "The Cat sat.\n");

        assertThat(read(file, 0)).isEqualTo("the cat sat");
    }

    @Test
    void gunzipsGzFiles() throws IOException {
        Path file = dir.resolve("text.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("Gzipped Text 7".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(read(file, 0)).isEqualTo("gzipped text seven");
    }

    @Test
    void readsTheTextEntriesOfAZipInNameOrderSkippingBinaryAndHiddenOnes() throws IOException {
        Path file = dir.resolve("corpus.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "b.txt", "second".getBytes(StandardCharsets.UTF_8));
            entry(zip, "image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
            entry(zip, "__MACOSX/._a.txt", "resource fork".getBytes(StandardCharsets.UTF_8));
            entry(zip, "a.txt", "first".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(read(file, 0)).isEqualTo("first second");
    }

    @Test
    void readsADownloadedText8ZipAsItIs() throws IOException {
        Path file = dir.resolve("text8.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "text8", " anarchism originated as a term of abuse".getBytes(StandardCharsets.US_ASCII));
        }

        assertThat(read(file, 0)).isEqualTo("anarchism originated as a term of abuse");
    }

    @Test
    void readsEveryFileOfADirectoryRecursivelyByRelativePathSkippingHiddenOnes() throws IOException {
        Path corpus = dir.resolve("corpus");
        write("corpus/b/one.txt", "three");
        write("corpus/a.txt", "one");
        write("corpus/b.txt", "two");
        write("corpus/.hidden.txt", "hidden");
        write("corpus/.git/config", "hidden");

        assertThat(CorpusFiles.list(corpus, "corpus.path"))
                .extracting(CorpusFile::relativeName)
                .containsExactly("a.txt", "b.txt", "b/one.txt");
        assertThat(read(corpus, 0)).isEqualTo("one two three");
    }

    @Test
    void stopsAtTheLimitOnAWordBoundary() throws IOException {
        Path file = write("long.txt", "alpha beta gamma delta epsilon");

        assertThat(read(file, 13)).isEqualTo("alpha beta");
        assertThat(read(file, 16)).isEqualTo("alpha beta gamma");
    }

    @Test
    void refusesAMissingPath() {
        Path missing = dir.resolve("nowhere");

        assertThatThrownBy(() -> CorpusFiles.list(missing, "corpus.path"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("corpus.path: " + missing + " does not exist");
    }

    @Test
    void refusesADirectoryWithoutFiles() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        assertThatThrownBy(() -> CorpusFiles.list(empty, "corpus.path"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(empty.toString())
                .hasMessageContaining("holds no file");
    }

    @Test
    void refusesACorpusWithoutWords() throws IOException {
        Path file = write("punctuation.txt", "... !!! ---\n");

        assertThatThrownBy(() -> read(file, 0))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("empty");
    }

    @Test
    void refusesABinaryFile() throws IOException {
        Path file = dir.resolve("data.bin");
        Files.write(file, new byte[] {'a', 'b', 0, 'c'});

        assertThatThrownBy(() -> read(file, 0))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("binary")
                .hasMessageContaining("offset 2");
    }

    @Test
    void refusesTextThatIsNotUtf8NamingTheByteOffset() throws IOException {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> read(file, 0))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not valid UTF-8 at byte offset 3");
    }

    @Test
    void refusesAZipWithoutATextEntry() throws IOException {
        Path file = dir.resolve("images.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "a.png", new byte[] {1, 0, 2});
        }

        assertThatThrownBy(() -> read(file, 0))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + ": the zip archive holds no text entry");
    }

    @Test
    void refusesAFileThatIsNotTheGzipItsNameSays() throws IOException {
        Path file = write("fake.gz", "plain text");

        assertThatThrownBy(() -> read(file, 0))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not a valid gzip file");
    }

    private String read(Path path, long limit) {
        NormalisedBytes text = CorpusReader.read(path.toString(), CorpusFiles.list(path, "corpus.path"), limit, ProgressReporter.silent());
        return new String(text.bytes(), 0, text.length(), StandardCharsets.US_ASCII);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
