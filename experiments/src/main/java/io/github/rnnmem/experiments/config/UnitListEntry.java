package io.github.rnnmem.experiments.config;

import io.github.rnnmem.api.HyperparameterProblem;
import io.github.rnnmem.api.HyperparameterSpec;
import io.github.rnnmem.api.Hyperparameters;
import io.github.rnnmem.api.registry.DiscoveredUnit;
import io.github.rnnmem.experiments.config.internal.Binding;
import io.github.rnnmem.experiments.config.internal.ConfigPaths;
import io.github.rnnmem.experiments.config.internal.Entry;
import io.github.rnnmem.experiments.config.internal.Fallback;
import io.github.rnnmem.experiments.config.internal.Fields;
import io.github.rnnmem.experiments.config.internal.YamlList;
import io.github.rnnmem.experiments.config.internal.YamlMap;
import io.github.rnnmem.experiments.config.internal.YamlNode;
import io.github.rnnmem.experiments.config.internal.YamlWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code units} key: a non-empty list of {@link UnitConfig} items. Binding an item looks its
 * unit up in the registry, checks the item's keys against {@link UnitConfig#TABLE} and the unit's
 * {@link HyperparameterSpec}, and resolves the hyperparameters with that spec; default labels are
 * numbered across the list.
 */
final class UnitListEntry implements Entry<List<UnitConfig>> {

    private static final String ITEM = "a mapping such as {unit: gru, layers: 2, hidden: 600}";

    /** An item bound on its own, before labels are numbered across the list. */
    private record BoundItem(Fields fields, boolean labelGiven, Hyperparameters hyperparameters) {}

    @Override
    public String key() {
        return "units";
    }

    @Override
    public String description() {
        return "the recurrent units trained and compared, each with its own layers and hyperparameters";
    }

    @Override
    public Fallback<List<UnitConfig>> fallback() {
        return Fallback.required();
    }

    @Override
    public Optional<List<UnitConfig>> accept(Object value) {
        if (!(value instanceof List<?> items)
                || items.isEmpty()
                || !items.stream().allMatch(UnitConfig.class::isInstance)) {
            return Optional.empty();
        }
        return Optional.of(items.stream().map(UnitConfig.class::cast).toList());
    }

    @Override
    public String expected() {
        return "a non-empty list of units, each " + ITEM;
    }

    @Override
    public Optional<List<UnitConfig>> bind(YamlNode node, String path, Binding binding) {
        if (!(node instanceof YamlList list) || list.items().isEmpty()) {
            binding.invalid(node, path, expected());
            return Optional.empty();
        }
        List<BoundItem> items = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            bindItem(list.items().get(i), ConfigPaths.item(path, i), binding).ifPresent(items::add);
        }
        return items.size() == list.items().size() ? Optional.of(label(items)) : Optional.empty();
    }

    @Override
    public void write(List<UnitConfig> units, YamlWriter out) {
        out.beginMapping(key());
        for (UnitConfig unit : units) {
            out.beginItem();
            UnitConfig.TABLE.write(unit.fields(), out);
            unit.hyperparameters().asMap().forEach(out::value);
            out.end();
        }
        out.end();
    }

    @Override
    public void describe(String path, List<SchemaRow> rows) {
        rows.add(new SchemaRow(path, "list", "non-empty", "required", description()));
        UnitConfig.TABLE.describe(path + "[]", rows);
        rows.add(new SchemaRow(
                path + "[].<hyperparameter>",
                "per unit",
                "see rnnmem units",
                "per unit",
                "every other key is a hyperparameter of the unit, checked and completed by the unit's specification"));
    }

    private static Optional<BoundItem> bindItem(YamlNode node, String path, Binding binding) {
        if (!(node instanceof YamlMap map)) {
            binding.invalid(node, path, ITEM);
            return Optional.empty();
        }
        Optional<Fields> fields = UnitConfig.TABLE.bind(map, path, binding);
        Optional<YamlNode> unitNode = map.get(UnitConfig.UNIT.key());
        Optional<String> name = unitNode.flatMap(n -> UnitConfig.UNIT.accept(n.raw()));
        Optional<DiscoveredUnit> unit = name.flatMap(binding.units()::find);
        if (name.isPresent() && unit.isEmpty()) {
            binding.report(
                    unitNode.get(),
                    ConfigPaths.child(path, UnitConfig.UNIT.key()),
                    binding.units().unknownUnitMessage(name.get()));
        }
        Optional<Hyperparameters> hyperparameters =
                unit.flatMap(u -> bindHyperparameters(map, path, u.provider().hyperparameters(), binding));
        if (fields.isEmpty() || hyperparameters.isEmpty()) {
            return Optional.empty();
        }
        boolean labelGiven = map.get(UnitConfig.LABEL.key()).isPresent();
        return Optional.of(new BoundItem(fields.get(), labelGiven, hyperparameters.get()));
    }

    /** Checks the item's keys and its hyperparameters against the unit's spec, at their lines. */
    private static Optional<Hyperparameters> bindHyperparameters(
            YamlMap map, String path, HyperparameterSpec spec, Binding binding) {
        List<String> known = new ArrayList<>(UnitConfig.TABLE.keys());
        spec.entries().forEach(entry -> known.add(entry.key()));
        binding.checkKeys(map, path, known);
        Map<String, Object> raw = new LinkedHashMap<>();
        for (YamlMap.Member member : map.members()) {
            if (spec.find(member.key()).isPresent()) {
                raw.put(member.key(), member.value().raw());
            }
        }
        List<HyperparameterProblem> problems = spec.check(raw);
        for (HyperparameterProblem problem : problems) {
            String where = ConfigPaths.child(path, problem.key());
            Optional<YamlNode> value = map.get(problem.key());
            if (value.isPresent()) {
                String rule = new HyperparameterProblem(
                                problem.key(), problem.expected(), value.get().found(), problem.suggestion())
                        .rule();
                binding.report(value.get(), where, rule);
            } else {
                binding.report(map.location(), where, problem.rule());
            }
        }
        return problems.isEmpty() ? Optional.of(spec.resolve(raw)) : Optional.empty();
    }

    /** Makes the units, numbering repeated units that have no label: gru, gru-2, gru-3. */
    private static List<UnitConfig> label(List<BoundItem> items) {
        Map<String, Integer> repeats = new HashMap<>();
        List<UnitConfig> units = new ArrayList<>();
        for (BoundItem item : items) {
            String unit = item.fields().get(UnitConfig.UNIT);
            String label = item.fields().get(UnitConfig.LABEL);
            if (!item.labelGiven()) {
                int occurrence = repeats.merge(unit, 1, Integer::sum);
                label = occurrence == 1 ? unit : unit + "-" + occurrence;
            }
            units.add(new UnitConfig(unit, label, item.fields().get(UnitConfig.LAYERS), item.hyperparameters()));
        }
        return units;
    }
}
