/** The LSTM unit: the article's TensorFlow 1 BasicLSTMCell, and DJL's fused LSTM kernel as an option. */
module io.github.rnnmem.units.lstm {
    requires io.github.rnnmem.api;

    provides io.github.rnnmem.api.RecurrentUnitProvider with
            io.github.rnnmem.units.lstm.LstmProvider;
}
