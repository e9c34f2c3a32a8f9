using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CodeExecGen.Generator.Emit;

/// <summary>
/// Writes a method body that maps a UTF-8 span to a result: a switch on the byte length, then
/// ordinal comparisons against u8 literals (through one non-generic helper, cheap to bind). No allocation, no hashing of the input.
/// </summary>
internal static class Utf8Matcher
{
    /// <param name="cases">Each UTF-8 text and the statement to run when it matches (it must return).</param>
    public static void Write(SourceWriter writer, string spanName, IEnumerable<(string Text, string OnMatch)> cases)
    {
        writer.OpenBlock("switch (" + spanName + ".Length)");
        foreach (var group in cases.GroupBy(c => WireNames.Utf8Length(c.Text)).OrderBy(g => g.Key))
        {
            writer.Line("case " + group.Key.ToString(CultureInfo.InvariantCulture) + ":");
            writer.Indent();
            foreach (var (text, onMatch) in group.OrderBy(c => c.Text, System.StringComparer.Ordinal))
            {
                writer.Line("if (" + JsonRuntime.Utf8Equals + "(" + spanName + ", " + ModelEmitter.Literal(text) + "u8)) " + onMatch);
            }

            writer.Line("break;");
            writer.Outdent();
        }

        writer.CloseBlock();
    }
}
