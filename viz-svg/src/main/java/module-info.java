/**
 * rnnmem's figures: plain data records in, SVG text and one self-contained HTML report out. No
 * deep-learning library is needed here.
 */
module io.github.rnnmem.viz {}
