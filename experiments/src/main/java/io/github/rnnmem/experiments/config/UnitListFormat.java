package io.github.rnnmem.experiments.config;

import io.github.rnnmem.api.HyperparameterProblem;
import io.github.rnnmem.api.HyperparameterSpec;
import io.github.rnnmem.api.Hyperparameters;
import io.github.rnnmem.api.registry.DiscoveredUnit;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.settings.Binding;
import io.github.rnnmem.experiments.settings.ConfigPaths;
import io.github.rnnmem.experiments.settings.Format;
import io.github.rnnmem.experiments.settings.RecordSettings;
import io.github.rnnmem.experiments.settings.SchemaRow;
import io.github.rnnmem.experiments.settings.Values;
import io.github.rnnmem.experiments.settings.YamlList;
import io.github.rnnmem.experiments.settings.YamlMap;
import io.github.rnnmem.experiments.settings.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code units} key: a non-empty list of {@link UnitConfig} items. Binding an item checks its
 * own settings ({@code unit}, {@code label}, {@code layers}), looks its unit up in the registry of
 * the binding, and checks and resolves the item's other keys against the unit's {@link
 * HyperparameterSpec}; default labels are numbered across the list.
 */
final class UnitListFormat implements Format<List<UnitConfig>> {

    private static final String ITEM = "a mapping such as {unit: gru, layers: 2, hidden: 600}";
    private static final RecordSettings<UnitConfig> ITEM_SETTINGS = RecordSettings.of(UnitConfig.class);

    /** An item bound on its own, before labels are numbered across the list. */
    private record BoundItem(Values values, boolean labelGiven, Hyperparameters hyperparameters) {}

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
    public Optional<List<UnitConfig>> accept(Object value) {
        if (!(value instanceof List<?> items) || items.isEmpty() || !items.stream().allMatch(UnitConfig.class::isInstance)) {
            return Optional.empty();
        }
        return Optional.of(items.stream().map(UnitConfig.class::cast).toList());
    }

    @Override
    public String expected() {
        return "a non-empty list of units, each " + ITEM;
    }

    /** Each unit as its own settings followed by its hyperparameters. */
    @Override
    public Object plain(List<UnitConfig> units) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (UnitConfig unit : units) {
            Map<String, Object> item = new LinkedHashMap<>(ITEM_SETTINGS.plain(unit));
            item.putAll(unit.hyperparameters().asMap());
            items.add(item);
        }
        return items;
    }

    @Override
    public void describe(String path, String fallback, String meaning, List<SchemaRow> rows) {
        rows.add(new SchemaRow(path, "list", "non-empty", fallback, meaning));
        ITEM_SETTINGS.describe(path + "[]", rows);
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
        UnitRegistry units = binding.context(UnitRegistry.class);
        Optional<Values> values = ITEM_SETTINGS.bindValues(map, path, binding);
        Optional<YamlNode> unitNode = map.get("unit");
        Optional<String> name = unitNode.flatMap(n -> new ValueFormats.UnitName().domain().accept(n.raw()))
                .map(String.class::cast);
        Optional<DiscoveredUnit> unit = name.flatMap(units::find);
        if (name.isPresent() && unit.isEmpty()) {
            binding.report(unitNode.get(), ConfigPaths.child(path, "unit"), units.unknownUnitMessage(name.get()));
        }
        Optional<Hyperparameters> hyperparameters =
                unit.flatMap(u -> bindHyperparameters(map, path, u.provider().hyperparameters(), binding));
        if (values.isEmpty() || hyperparameters.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BoundItem(values.get(), map.get("label").isPresent(), hyperparameters.get()));
    }

    /** Checks the item's keys and its hyperparameters against the unit's spec, at their lines. */
    private static Optional<Hyperparameters> bindHyperparameters(
            YamlMap map, String path, HyperparameterSpec spec, Binding binding) {
        List<String> known = new ArrayList<>(ITEM_SETTINGS.keys());
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
            String unit = item.values().get("unit");
            String label = item.values().get("label");
            if (!item.labelGiven()) {
                int occurrence = repeats.merge(unit, 1, Integer::sum);
                label = occurrence == 1 ? unit : unit + "-" + occurrence;
            }
            units.add(new UnitConfig(unit, label, item.values().get("layers"), item.hyperparameters()));
        }
        return units;
    }
}
