/** The Nested LSTM unit of any depth, as the article trained it. */
module io.github.rnnmem.units.nestedlstm {
    requires io.github.rnnmem.api;

    provides io.github.rnnmem.api.RecurrentUnitProvider with
            io.github.rnnmem.units.nestedlstm.NestedLstmProvider;
}
