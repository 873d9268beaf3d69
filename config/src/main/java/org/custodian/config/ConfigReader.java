package org.custodian.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.custodian.engine.Detector;
import org.custodian.engine.InfoType;
import org.custodian.engine.detectors.BuiltInDetectors;

/**
 * YAML text to a validated {@link CustodianConfig}, in three stages, each reporting every problem
 * it finds as {@code path: problem}: YAML syntax (with line and column, duplicate keys included),
 * the JSON Schema (shape, unknown keys, enums), then meaning (regexes compile, detector and
 * infoType names exist).
 */
final class ConfigReader {
    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Schema SCHEMA = loadSchema();

    private ConfigReader() {
    }

    static CustodianConfig read(String yaml, String source) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(yaml);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new ConfigException(source, List.of(where + "not valid YAML: " + e.getOriginalMessage()));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) tree = JsonNodeFactory.instance.objectNode();
        dropEmptyKeys(tree);

        List<String> problems = schemaProblems(tree);
        if (!problems.isEmpty()) throw new ConfigException(source, problems);
        CustodianConfig config;
        try {
            config = MAPPER.treeToValue(tree, CustodianConfig.class);
        } catch (JsonProcessingException e) {
            // the schema admits only what the records read; this is a bug, not a user error
            throw new IllegalStateException("schema and configuration classes disagree: " + e.getOriginalMessage(), e);
        }
        problems = meaningProblems(config.detection());
        if (!problems.isEmpty()) throw new ConfigException(source, problems);
        return config;
    }

    /**
     * A key with nothing after it ({@code disable:} with every entry commented out) means "not
     * set", as a YAML reader expects, rather than a type error.
     */
    private static void dropEmptyKeys(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(e -> e.getValue().isNull());
            object.forEach(ConfigReader::dropEmptyKeys);
        } else if (node.isArray()) {
            node.forEach(ConfigReader::dropEmptyKeys);
        }
    }

    static List<String> schemaProblems(JsonNode tree) {
        List<String> out = new ArrayList<>();
        // "one of these keys is needed" comes back as one 'required' per alternative: say it once
        Map<String, List<String>> alternatives = new LinkedHashMap<>();
        for (Error e : SCHEMA.validate(tree)) {
            if ("required".equals(e.getKeyword()) && e.getEvaluationPath().contains("anyOf")) {
                alternatives.computeIfAbsent(dotted(e.getInstanceLocation()), k -> new ArrayList<>()).add(e.getProperty());
            } else {
                out.add(describe(e));
            }
        }
        alternatives.forEach((path, keys) ->
                out.add((path.isEmpty() ? "(top level)" : path) + ": needs at least one of " + String.join(", ", keys)));
        return out;
    }

    /** {@code detection.custom[0].pattern: required} rather than the validator's own wording. */
    private static String describe(Error e) {
        String path = dotted(e.getInstanceLocation());
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        String property = e.getProperty();
        String problem;
        switch (keyword) {
            case "required" -> {
                path = join(path, property);
                problem = "required";
            }
            case "additionalProperties" -> {
                path = join(path, property);
                problem = "unknown key (see docs/configuration.md for the keys allowed here)";
            }
            case "enum" -> problem = "must be one of " + e.getSchemaNode();
            case "const" -> problem = "must be " + e.getSchemaNode();
            default -> {
                String message = e.getMessage();
                int colon = message.indexOf(": ");
                problem = colon >= 0 && message.startsWith("$") ? message.substring(colon + 2) : message;
            }
        }
        return (path.isEmpty() ? "(top level)" : path) + ": " + problem;
    }

    /** detection.custom[0] — the path as a user reads it in the YAML file. */
    private static String dotted(NodePath at) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < at.getNameCount(); i++) {
            Object element = at.getElement(i);
            if (element instanceof Integer index) b.append('[').append(index).append(']');
            else b.append(b.length() == 0 ? "" : ".").append(element);
        }
        return b.toString();
    }

    private static String join(String path, String property) {
        if (property == null) return path;
        return path.isEmpty() ? property : path + "." + property;
    }

    private static List<String> meaningProblems(DetectionConfig d) {
        List<String> out = new ArrayList<>();
        Set<String> detectorNames = new HashSet<>();
        Set<String> infoTypes = new HashSet<>();
        for (Detector b : BuiltInDetectors.all()) {
            detectorNames.add(b.id());
            for (InfoType t : b.infoTypes()) infoTypes.add(t.name());
        }
        Set<String> customNames = new HashSet<>();
        for (int i = 0; i < d.custom().size(); i++) {
            CustomDetectorConfig c = d.custom().get(i);
            String at = "detection.custom[" + i + "]";
            if (!customNames.add(c.name())) out.add(at + ".name: " + c.name() + " is defined twice");
            compile(c.pattern(), at + ".pattern", out);
            infoTypes.add(c.name());
        }
        detectorNames.addAll(infoTypes);
        for (int i = 0; i < d.disable().size(); i++) {
            String name = d.disable().get(i);
            if (!detectorNames.contains(name)) {
                out.add("detection.disable[" + i + "]: no detector or infoType is called " + name);
            }
        }
        for (int i = 0; i < d.exclusions().size(); i++) {
            ExclusionConfig x = d.exclusions().get(i);
            String at = "detection.exclusions[" + i + "]";
            for (int j = 0; j < x.infoTypes().size(); j++) {
                if (!infoTypes.contains(x.infoTypes().get(j))) {
                    out.add(at + ".infoTypes[" + j + "]: no detector reports " + x.infoTypes().get(j));
                }
            }
            if (x.valuePattern() != null) compile(x.valuePattern(), at + ".valuePattern", out);
        }
        return out;
    }

    private static void compile(String regex, String at, List<String> out) {
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            out.add(at + ": not a valid Java regular expression: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""));
        }
    }

    private static Schema loadSchema() {
        try (InputStream in = ConfigReader.class.getResourceAsStream(CustodianConfig.SCHEMA_RESOURCE)) {
            if (in == null) throw new IllegalStateException("schema missing from the classpath: " + CustodianConfig.SCHEMA_RESOURCE);
            JsonNode schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
