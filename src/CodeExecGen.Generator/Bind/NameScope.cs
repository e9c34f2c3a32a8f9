using System.Collections.Generic;
using System.Globalization;

namespace CodeExecGen.Generator.Bind;

/// <summary>
/// The names already taken in one scope (a namespace, or the members of one type). A name that is
/// taken gets the first free numeric suffix: Foo, Foo2, Foo3. Callers claim in a fixed order, so the
/// result is the same on every run.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken;

    public NameScope(params string[] reserved)
        : this(System.StringComparer.Ordinal, reserved)
    {
    }

    private NameScope(System.StringComparer comparer, string[] reserved)
    {
        _taken = new HashSet<string>(comparer);
        foreach (var name in reserved)
        {
            _taken.Add(name);
        }
    }

    /// <summary>
    /// A scope of type names: they become hint names, which must be unique ignoring case (Compute
    /// Engine has both HTTPHealthCheck and HttpHealthCheck), and files on case-insensitive disks.
    /// </summary>
    public static NameScope IgnoringCase(params string[] reserved) => new(System.StringComparer.OrdinalIgnoreCase, reserved);

    public bool IsTaken(string name) => _taken.Contains(name);

    /// <summary>Claims <paramref name="name"/>, or the first free suffixed form of it, and returns what was claimed.</summary>
    public string Claim(string name)
    {
        if (_taken.Add(name))
        {
            return name;
        }

        for (var suffix = 2; ; suffix++)
        {
            var candidate = name + suffix.ToString(CultureInfo.InvariantCulture);
            if (_taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
