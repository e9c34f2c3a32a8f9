using System.Collections.Generic;
using System.Linq;

namespace CodeExecGen.GeneratorBenchmarks;

/// <summary>The figure a mode reports from its rounds: the median, which a shared machine's bursts move less than the mean.</summary>
internal static class Median
{
    public static double Of(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
