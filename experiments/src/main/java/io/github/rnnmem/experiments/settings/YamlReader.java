package io.github.rnnmem.experiments.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML text into a {@link YamlNode} tree that keeps every value's location.
 *
 * <p>The text is composed with SnakeYAML's node API: nothing is ever constructed from a tag, so
 * reading is safe. Plain scalars resolve to strings, integers, floats, booleans and nulls only (no
 * timestamps, no merge keys). Problems are reported to the {@link Binding} rather than thrown:
 * a syntax error (with its line and column), a tag other than those of plain values, lists and
 * mappings, a duplicate key (naming the line of its first occurrence), a key that is not a plain
 * scalar, and an alias to a value that contains it. Anchors and other aliases are allowed.
 */
public final class YamlReader {

    /**
     * The most characters (and bytes) an experiment's YAML may have: experiment files are a few
     * kilobytes, and refusing a larger text before parsing it keeps a wrong file from taking
     * minutes to be refused.
     */
    public static final int MAX_LENGTH = 1 << 20;

    private static final Resolver RESOLVER = new PlainResolver();
    private static final Set<Tag> SCALAR_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL);

    private YamlReader() {}

    /**
     * Reads one YAML document.
     *
     * @param text the YAML text
     * @param source where the text comes from, for locations
     * @param binding where problems are reported
     * @return the tree, with a null scalar for an empty document; empty after a syntax error or
     *     when the text is longer than {@link #MAX_LENGTH}, which is not parsed
     */
    public static Optional<YamlNode> read(String text, Source source, Binding binding) {
        if (text.length() > MAX_LENGTH) {
            binding.reportSyntax(Location.start(source), tooLong(text.length() + " characters"));
            return Optional.empty();
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_LENGTH);
        // Tags are checked below, with a located message and without stopping at the first one.
        options.setTagInspector(tag -> true);
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            Composer composer =
                    new Composer(new ParserImpl(new StreamReader(content), options), RESOLVER, options);
            Node root = composer.getSingleNode();
            if (root == null) {
                return Optional.of(YamlScalar.empty(Location.start(source)));
            }
            return Optional.of(new Converter(source, binding, options).convert(root, ""));
        } catch (MarkedYAMLException e) {
            Location at = e.getProblemMark() == null ? Location.start(source) : location(source, e.getProblemMark());
            binding.reportSyntax(at, describe(e, source));
            return Optional.empty();
        } catch (YAMLException e) {
            binding.reportSyntax(Location.start(source), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Reads a short YAML value written in code, such as a setting's declared default.
     *
     * @param text the YAML text
     * @return the value as plain data, see {@link YamlNode#raw()}
     * @throws IllegalArgumentException when the text is not valid YAML
     */
    public static Object plain(String text) {
        Binding binding = new Binding();
        Optional<YamlNode> node = read(text, Source.argument("a declared default", Path.of(""), 0), binding);
        if (node.isEmpty() || binding.hasProblems()) {
            throw new IllegalArgumentException("not a YAML value: " + text);
        }
        return node.get().raw();
    }

    /**
     * The problem of a text over {@link #MAX_LENGTH}.
     *
     * @param size its size, such as {@code "52,428,800 bytes"}
     * @return the rule and what was found
     */
    public static String tooLong(String size) {
        return String.format(Locale.ROOT, "an experiment file may have at most %,d bytes (1 MiB), this one has %s;"
                + " is it the right file?", MAX_LENGTH, size);
    }

    /**
     * Whether text written as a plain (unquoted) scalar reads back as a string.
     *
     * @param text the text
     * @return false when YAML would read it as a number, boolean or null
     */
    public static boolean readsAsString(String text) {
        return RESOLVER.resolve(NodeId.scalar, text, true).equals(Tag.STR);
    }

    private static Location location(Source source, Mark mark) {
        return new Location(source, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String describe(MarkedYAMLException e, Source source) {
        String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
        if (e.getContext() == null) {
            return problem;
        }
        String context = e.getContext();
        if (source.isFile() && e.getContextMark() != null) {
            context += " at line " + (e.getContextMark().getLine() + 1);
        }
        return problem + " (" + context + ")";
    }

    private static String show(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
    }

    /** Resolves plain scalars to strings, integers, floats, booleans and nulls only. */
    private static final class PlainResolver extends Resolver {

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO", 10);
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
        }
    }

    /** Gives the plain value of a scalar whose tag is one of {@link #SCALAR_TAGS}. */
    private static final class ScalarValues extends SafeConstructor {

        ScalarValues(LoaderOptions options) {
            super(options);
        }

        Object value(ScalarNode node) {
            return constructObject(node);
        }
    }

    /** Turns SnakeYAML nodes into {@link YamlNode}s, reporting what it refuses. */
    private static final class Converter {

        private final Source source;
        private final Binding binding;
        private final ScalarValues values;
        private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());

        Converter(Source source, Binding binding, LoaderOptions options) {
            this.source = source;
            this.binding = binding;
            this.values = new ScalarValues(options);
        }

        YamlNode convert(Node node, String path) {
            Location at = location(source, node.getStartMark());
            if (!open.add(node)) {
                binding.report(at, path, "an alias here refers to a value that contains it; recursive values are not supported");
                return new YamlRejected(at);
            }
            try {
                return convertChecked(node, path, at);
            } finally {
                open.remove(node);
            }
        }

        private YamlNode convertChecked(Node node, String path, Location at) {
            Tag tag = node.getTag();
            if (node instanceof ScalarNode scalar && SCALAR_TAGS.contains(tag)) {
                return new YamlScalar(values.value(scalar), scalar.getValue(), tag.equals(Tag.STR), at);
            }
            if (node instanceof SequenceNode sequence && tag.equals(Tag.SEQ)) {
                List<YamlNode> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    items.add(convert(item, ConfigPaths.item(path, items.size())));
                }
                return new YamlList(items, at);
            }
            if (node instanceof MappingNode mapping && tag.equals(Tag.MAP)) {
                return convertMapping(mapping, path, at);
            }
            binding.report(
                    at,
                    path,
                    "tag " + show(tag) + " is not allowed: only plain values, lists and mappings are read");
            return new YamlRejected(at);
        }

        private YamlMap convertMapping(MappingNode mapping, String path, Location at) {
            List<YamlMap.Member> members = new ArrayList<>();
            Map<String, Location> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                Location keyAt = location(source, keyNode.getStartMark());
                if (!(keyNode instanceof ScalarNode scalar) || !SCALAR_TAGS.contains(keyNode.getTag())) {
                    binding.report(keyAt, path, "a key must be a plain word, such as epochs");
                    continue;
                }
                String key = scalar.getValue();
                String keyPath = ConfigPaths.child(path, key);
                Location first = seen.putIfAbsent(key, keyAt);
                if (first != null) {
                    binding.report(keyAt, keyPath, "duplicate key, first given at " + first.where());
                    continue;
                }
                members.add(new YamlMap.Member(key, keyAt, convert(tuple.getValueNode(), keyPath)));
            }
            return new YamlMap(members, at);
        }
    }
}
